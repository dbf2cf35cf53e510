import { parseArgs } from 'node:util';
import { LOAD_ARG_OPTIONS, LOAD_ARG_USAGE, loadOptionsFromArgs } from './load-options-from-args.js';
import { EXCLUSION_ARG_OPTIONS, EXCLUSION_ARG_USAGE, exclusionOptionsFromArgs } from './exclusion-options-from-args.js';
import { joinNegativeValues } from './join-negative-values.js';
import { loadRowsForCommand } from './load-rows-for-command.js';
import { formatGroupLengths, sortGroupsNaturally } from './group-fit-output.js';
import { parseCliNumber } from './parse-cli-number.js';
import { CONFIG_KEYS, SYSTEM_KEYS } from '../data/tidy-schema.js';
import type { Eq1Fit } from '../fit/fit-eq1.js';
import type { GroupFit } from '../fit/fit-groups.js';
import { fitGroups } from '../fit/fit-groups.js';
import type { FitLoss } from '../fit/fit-loss.js';
import { DEFAULT_FIT_LOSS } from '../fit/fit-loss.js';
import type { MoeFit, TokensPerRequest } from '../fit/fit-moe.js';
import type { SdFit } from '../fit/fit-sd.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import { MOE_COEFFICIENT_NAMES } from '../model/moe-coefficients.js';
import type { CliCommand } from './cli-io.js';

const USAGE = `usage: speclat fit FILE|DIR... [--model eq1|sd|moe] [options]

Fits the latency model to measurement files (any format speclat load reads), one fit per
group (one sweep: the configuration columns, with the runs of a sweep given one nominal
workload length, and metadata columns that separate sweeps such as meta_framework), and prints
the coefficients with their fit quality. Points at or past saturation are left out (throughput
runs, in flight at the client's cap, growing backlog, the rate at the measured throughput, a
server falling behind the arrivals, a queue building in the TTFT, latency jumps); --json lists
each with its reason, for failed groups too.

model:
  --model eq1          (default) Eq. 1, L = C1 / (1 - RPS C2), per configuration
  --model sd           Eq. 3, six coefficients pooled over every (alpha, k) of a system;
                       baseline rows (k = 0) join their verifier's SD group
  --model moe          Eq. 4 (expert coverage) per configuration; needs --experts and --active
  --group-by COLS      comma-separated tidy columns defining the groups (default eq1, moe:
                       ${CONFIG_KEYS.join(',')}; sd: ${SYSTEM_KEYS.join(',')}; both
                       followed by the metadata columns that separate sweeps)
  --experts M          MoE experts per layer (e.g. 32 for gpt-oss-20b, 128 for Qwen3-30B-A3B)
  --active m           MoE experts per token (e.g. 4 for gpt-oss-20b, 8 for Qwen3-30B-A3B)
  --tokens-per-request k+1|k|N   routed tokens per in-flight request with SD (default k+1)
  --loss relative|absolute       the error model (default relative): residuals (pred - obs) / obs,
                       for the multiplicative noise of latencies; absolute: seconds, as SciPy's
                       curve_fit (the paper). R2 and MAPE are reported either way
  --diagnostics        (sd) also fit every (alpha, k) setting alone and regress the per-setting
                       coefficients on Eq. 3: --json gains regression_r2_c1, regression_r2_c2
${EXCLUSION_ARG_USAGE}output:
  (default)            aligned text table; columns constant over all groups are printed once above it
  --json               a JSON array, one object per group: its key columns, the loss, the
                       coefficients (null when the data cannot identify one, with the reason in
                       unidentified [{coefficients, reason}]), r2, mape (fraction), n_points,
                       excluded [{source, reason}], saturation_rps,
                       prompt_tokens/output_tokens {mean, min, max} (the measured lengths)
configuration the files lack (as in speclat load):
  --verifier NAME  --drafter NAME  --hardware LABEL  --k K  --alpha A  --prefill N  --decode N
${LOAD_ARG_USAGE}`;

type AnyFit = Eq1Fit | SdFit | MoeFit;

/**
 * `speclat fit FILE... [--model eq1|sd|moe] [--json]`: fits the model per group and prints
 * coefficients, R^2, MAPE, points used and excluded.
 *
 * @param argv arguments after `fit`
 * @param io where output goes
 * @returns 0 when at least one group was fitted, 1 when none could be, 2 on bad usage
 * @throws {Error} a one-line message for bad option values or unreadable files (main prints it, exit 1)
 * @example
 * await fitCommand(['data/speculators-scaling', '--model', 'sd', '--json'], io);
 */
export const fitCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    const options = {
      model: { type: 'string' },
      'group-by': { type: 'string' },
      experts: { type: 'string' },
      active: { type: 'string' },
      'tokens-per-request': { type: 'string' },
      ...EXCLUSION_ARG_OPTIONS,
      loss: { type: 'string' },
      diagnostics: { type: 'boolean' },
      json: { type: 'boolean' },
      ...LOAD_ARG_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    } as const;
    parsed = parseArgs({ args: joinNegativeValues(argv, options), allowPositionals: true, options });
  } catch (err) {
    io.stderr(`speclat fit: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`speclat fit: no FILE given\n${USAGE}`);
    return 2;
  }
  const model = values.model ?? 'eq1';
  if (model !== 'eq1' && model !== 'sd' && model !== 'moe') throw new Error(`fit requires --model eq1, sd or moe, got ${JSON.stringify(model)}`);
  const loss = (values.loss ?? DEFAULT_FIT_LOSS) as FitLoss;
  if (loss !== 'relative' && loss !== 'absolute') throw new Error(`fit requires --loss relative or absolute, got ${JSON.stringify(values.loss)}`);
  if (values.diagnostics && model !== 'sd') throw new Error('fit requires --model sd for --diagnostics');
  const groupBy = values['group-by'] === undefined ? undefined : values['group-by'].split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (groupBy !== undefined && groupBy.length === 0) throw new Error('fit requires --group-by to name at least one column');

  const exclusion = exclusionOptionsFromArgs('fit', values);
  let routing: { experts: number; active: number; tokensPerRequest: TokensPerRequest } | null = null;
  if (model === 'moe') {
    if (values.experts === undefined || values.active === undefined) throw new Error('fit requires --experts and --active with --model moe');
    const experts = parseNumber('--experts', values.experts, (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1');
    const active = parseNumber('--active', values.active, (n) => Number.isInteger(n) && n >= 1 && n <= experts, `an integer in [1, ${experts}]`);
    const tpr = values['tokens-per-request'] ?? 'k+1';
    const tokensPerRequest: TokensPerRequest =
      tpr === 'k+1' || tpr === 'k' ? tpr : parseNumber('--tokens-per-request', tpr, (n) => n > 0, "'k+1', 'k' or a positive number");
    routing = { experts, active, tokensPerRequest };
  } else if (values.experts !== undefined || values.active !== undefined || values['tokens-per-request'] !== undefined) {
    throw new Error('fit requires --model moe for --experts, --active and --tokens-per-request');
  }

  const rows = await loadRowsForCommand('fit', positionals, loadOptionsFromArgs('fit', values, []), io);
  if (rows.length === 0) throw new Error('fit requires at least one measurement row');
  const common = { groupBy, exclusion, requireConvergence: false, loss };
  const fits: GroupFit<AnyFit>[] = sortGroupsNaturally<AnyFit>(
    (model === 'eq1'
      ? fitGroups(rows, { model, ...common })
      : model === 'sd'
        ? fitGroups(rows, { model, ...common })
        : fitGroups(rows, { model, ...common, ...(routing as NonNullable<typeof routing>) })) as GroupFit<AnyFit>[],
  );

  if (values.json) io.stdout(`${JSON.stringify(fits.map((g) => jsonEntry(g, model, loss, values.diagnostics === true)), null, 2)}\n`);
  else io.stdout(formatFitTable(fits, model, loss));
  const failed = fits.filter((g) => g.fit === null).length;
  const unconverged = fits.filter((g) => g.fit !== null && !g.fit.converged).length;
  if (unconverged > 0) io.stderr(`speclat fit: warning: ${unconverged} fit(s) did not pass the convergence test\n`);
  if (failed === fits.length) {
    io.stderr(`speclat fit: no group could be fitted (first error: ${fits[0].error})\n`);
    return 1;
  }
  return 0;
};

function parseNumber(flag: string, text: string, ok: (n: number) => boolean, what: string): number {
  return parseCliNumber('fit', flag, text, ok, what);
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

function coefficientNames(model: string): readonly string[] {
  return model === 'eq1' ? ['c1', 'c2'] : model === 'sd' ? SD_COEFFICIENT_NAMES : MOE_COEFFICIENT_NAMES;
}

function saturation(fit: AnyFit, model: string): number | null {
  if (model === 'eq1') return finiteOrNull((fit as Eq1Fit).saturationRps);
  if (model === 'moe') {
    const m = fit as MoeFit;
    if (m.c2_u === null || m.c2_s === null) return null;
    return m.c2_u + m.c2_s > 0 ? 1 / (m.c2_u + m.c2_s) : null;
  }
  return null;
}

/** One group as JSON: key columns, loss, coefficients, quality, exclusions. */
function jsonEntry(g: GroupFit<AnyFit>, model: string, loss: FitLoss, diagnostics: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...g.key, model, loss };
  const lengths = { prompt_tokens: g.lengths?.prompt ?? null, output_tokens: g.lengths?.output ?? null };
  const excluded = (g.excluded ?? []).map((e) => ({ source: e.source, reason: e.reason }));
  if (g.fit === null) return { ...out, n_rows: g.nRows, error: g.error, excluded, ...lengths };
  const fit = g.fit as unknown as Record<string, number | null>;
  for (const name of coefficientNames(model)) out[name] = fit[name];
  if (model !== 'eq1') {
    const unidentified = (g.fit as SdFit | MoeFit).unidentified;
    out.unidentified = unidentified.map((u) => ({ coefficients: u.names, reason: u.reason }));
  }
  Object.assign(out, {
    r2: finiteOrNull(g.fit.r2),
    mape: g.fit.mape,
    rmse_s: g.fit.rmseS,
    n_points: g.fit.nPoints,
    excluded,
    saturation_rps: saturation(g.fit, model),
    converged: g.fit.converged,
    warnings: g.fit.warnings,
    ...lengths,
  });
  if (model === 'sd') {
    const sd = g.fit as SdFit;
    out.n_settings = sd.nSettings;
    // Reading `regression` fits every setting alone: only when asked for.
    if (diagnostics) Object.assign(out, { regression_r2_c1: finiteOrNull(sd.regression?.r2C1 ?? NaN), regression_r2_c2: finiteOrNull(sd.regression?.r2C2 ?? NaN) });
  }
  if (model === 'moe') {
    const m = g.fit as MoeFit;
    Object.assign(out, { tokens_per_request: m.tokensPerRequest, plain_eq1_r2: finiteOrNull(m.plainEq1.r2), plain_eq1_mape: m.plainEq1.mape });
  }
  return out;
}

/** The fits as an aligned text table; key columns constant over all groups go in a header line. */
function formatFitTable(fits: GroupFit<AnyFit>[], model: string, loss: FitLoss): string {
  if (fits.length === 0) return '(no groups)\n';
  const keyNames = Object.keys(fits[0].key);
  const varying = keyNames.filter((k) => new Set(fits.map((g) => JSON.stringify(g.key[k]))).size > 1);
  const constant = keyNames.filter((k) => !varying.includes(k));
  const coefHeaders =
    model === 'eq1'
      ? ['C1 (s)', 'C2 (s/req)']
      : model === 'sd'
        ? ['c1_p (s)', 'c1_v (s)', 'c1_d (s)', 'c2_p (s/req)', 'c2_v (s/req)', 'c2_d (s/req)']
        : ['c1_u (s)', 'c1_s (s)', 'c2_u (s/req)', 'c2_s (s/req)'];
  const headers = [
    ...varying,
    ...coefHeaders,
    ...(model === 'moe' ? ['R2', 'R2 Eq.1'] : ['R2']),
    'MAPE %',
    'n',
    'excluded',
    ...(model === 'sd' ? [] : ['sat (rps)']),
  ];
  // The measured lengths behind nominal ones taken from the runs' means (the files stated none).
  const showLengths = fits.some((g) => g.lengths?.fromMeans);
  if (showLengths) headers.push('measured lengths (mean [range])');
  const unidentifiedOf = (fit: AnyFit): string[] => (model === 'eq1' ? [] : (fit as SdFit | MoeFit).unidentified.map((u) => `unidentified: ${u.reason}`));
  const anyError = fits.some((g) => g.fit === null || g.fit.warnings.length > 0 || !g.fit.converged || unidentifiedOf(g.fit).length > 0);
  if (anyError) headers.push('note');
  const num = (v: number | null, digits = 4): string => (v === null || !Number.isFinite(v) ? '-' : String(Number(v.toPrecision(digits))));
  const rows = fits.map((g) => {
    const keys = varying.map((k) => cellText(g.key[k]));
    if (g.fit === null) {
      const blanks = headers.length - keys.length - 1 - (showLengths ? 1 : 0);
      return [...keys, ...new Array<string>(blanks).fill('-'), ...(showLengths ? [formatGroupLengths(g)] : []), g.error ?? ''];
    }
    const fit = g.fit as unknown as Record<string, number | null>;
    const cells = [
      ...keys,
      ...coefficientNames(model).map((n) => num(fit[n])),
      num(g.fit.r2),
      ...(model === 'moe' ? [num((g.fit as MoeFit).plainEq1.r2)] : []),
      num(100 * g.fit.mape, 3),
      String(g.fit.nPoints),
      String(g.fit.excluded.length),
      ...(model === 'sd' ? [] : [num(saturation(g.fit, model))]),
      ...(showLengths ? [formatGroupLengths(g)] : []),
    ];
    if (anyError) cells.push([...(g.fit.converged ? [] : ['not converged']), ...unidentifiedOf(g.fit), ...g.fit.warnings].join('; '));
    return cells;
  });
  const numeric = headers.map((h, j) => (j < varying.length ? fits.every((g) => typeof g.key[h] === 'number') : h !== 'note' && !h.startsWith('measured lengths')));
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((r) => (h === 'note' ? 0 : r[j].length))));
  const line = (cells: string[]) =>
    cells
      .map((v, j) => (headers[j] === 'note' ? v : numeric[j] ? v.padStart(widths[j]) : v.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  const lossLine = `# loss: ${loss} (${loss === 'relative' ? 'residuals (pred - obs) / obs' : 'residuals pred - obs in seconds'})\n`;
  const head = `${lossLine}${constant.length > 0 ? `# ${constant.map((k) => `${k}=${cellText(fits[0].key[k])}`).join(' ')}\n` : ''}`;
  return `${head}${[line(headers), ...rows.map(line)].join('\n')}\n`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (v === '') return "''";
  return String(v);
}
