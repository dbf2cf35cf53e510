/**
 * Parses a number given on the command line and checks it.
 *
 * @param command the subcommand, for the message (e.g. 'fit')
 * @param flag the option, for the message (e.g. '--k')
 * @param text the option's text
 * @param ok the check the number must pass
 * @param what what the check demands, for the message (e.g. 'an integer >= 0')
 * @returns the number
 * @throws {Error} `<command> requires <flag> to be <what>, got "<text>"` when the text is empty,
 *   not a finite number, or fails the check
 * @example
 * parseCliNumber('fit', '--k', '3', (n) => Number.isInteger(n) && n >= 0, 'an integer >= 0'); // 3
 */
export function parseCliNumber(command: string, flag: string, text: string, ok: (n: number) => boolean, what: string): number {
  const n = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(n) || !ok(n)) throw new Error(`${command} requires ${flag} to be ${what}, got ${JSON.stringify(text)}`);
  return n;
}
