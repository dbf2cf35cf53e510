/** parseArgs option definitions, as far as this helper needs them. */
type OptionTypes = Readonly<Record<string, { type: 'string' | 'boolean' }>>;

const NUMBER_LIKE = /^-(\d|\.\d|inf)/i;

/**
 * Joins a string option with a value that starts with '-' and looks like a number (`--k -1`
 * becomes `--k=-1`), so that node's parseArgs hands the value to the option's own check, which
 * rejects it with the usual one-line message (`fit requires --k to be an integer >= 0, got "-1"`),
 * instead of failing with a message about an "ambiguous" argument. Anything after `--` is left alone.
 *
 * @param argv the command's arguments
 * @param options the parseArgs option definitions
 * @returns the arguments with such pairs joined
 * @example
 * joinNegativeValues(['--k', '-1', 'runs/'], { k: { type: 'string' } }); // ['--k=-1', 'runs/']
 */
export function joinNegativeValues(argv: readonly string[], options: OptionTypes): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : null;
    const next = argv[i + 1];
    if (name !== null && options[name]?.type === 'string' && next !== undefined && NUMBER_LIKE.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
