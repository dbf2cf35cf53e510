import { readFile } from 'node:fs/promises';
import { parseCliNumber } from './parse-cli-number.js';
import { parseArgs } from 'node:util';
import { joinNegativeValues } from './join-negative-values.js';
import { breakEvenLoad } from '../model/break-even-load.js';
import { effectiveCoefficients } from '../model/effective-coefficients.js';
import { eq1Latency } from '../model/eq1-latency.js';
import type { Eq1Coefficients } from '../model/latency-prediction.js';
import { saturationRps } from '../model/saturation-rps.js';
import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import { speedup } from '../model/speedup.js';
import type { CliCommand } from './cli-io.js';

const USAGE = `usage: speclat predict --c1 S --c2 S --rps R[,R...] [--baseline-c1 S --baseline-c2 S] [--json]
       speclat predict --coeffs SIX.json --k K (--alpha A | --expected-tokens E) --decode G --rps R[,R...] [--json]

Mean latency by Eq. 1, L = C1 / (1 - RPS C2), at each request rate, with the batch B = RPS L
(Little's Law). With a baseline (no speculation), also the speedup L_baseline / L (Eq. 2) and
the break-even load where it equals 1.

  --c1 S               load-independent demand C1 (s)
  --c2 S               load-dependent demand C2 (s per concurrent request)
  --rps R[,R...]       request rates (requests/s), comma-separated
  --baseline-c1 S, --baseline-c2 S   the plain-decoding baseline's coefficients
  --coeffs FILE        six pooled coefficients (c1_p, c1_v, c1_d, c2_p, c2_v, c2_d) as a JSON object,
                       or the output of 'speclat fit --model sd --json' holding exactly one group;
                       C1, C2 then come from Eq. 3 with:
  --k K --alpha A --decode G    draft length, acceptance probability, output tokens per request
  --expected-tokens E  measured tokens per cycle instead of --alpha
                       (the baseline defaults to k = 0 of the same six coefficients)
  --json               a JSON object instead of the table
`;

/**
 * `speclat predict`: latency (and speedup against a baseline) per request rate from given
 * coefficients, or from six pooled SD coefficients through Eq. 3.
 *
 * @param argv arguments after `predict`
 * @param io where output goes
 * @returns 0 on success, 2 on bad usage
 * @throws {Error} a one-line `predict requires ...` message for bad values (main prints it, exit 1)
 * @example
 * await predictCommand(['--c1', '1', '--c2', '0.1', '--rps', '0,5'], io); // latencies 1 and 2 s
 */
export const predictCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    const options = {
      c1: { type: 'string' },
      c2: { type: 'string' },
      rps: { type: 'string' },
      'baseline-c1': { type: 'string' },
      'baseline-c2': { type: 'string' },
      coeffs: { type: 'string' },
      k: { type: 'string' },
      alpha: { type: 'string' },
      'expected-tokens': { type: 'string' },
      decode: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    } as const;
    parsed = parseArgs({ args: joinNegativeValues(argv, options), allowPositionals: false, options });
  } catch (err) {
    io.stderr(`speclat predict: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (v.rps === undefined) throw new Error('predict requires --rps');
  const rates = v.rps.split(',').map((t) => parseNumber('--rps', t, (n) => n >= 0, 'comma-separated numbers >= 0'));

  let coefficients: Eq1Coefficients;
  let baseline: Eq1Coefficients | null = null;
  let setting: Record<string, number> | null = null;
  if (v.coeffs !== undefined) {
    if (v.c1 !== undefined || v.c2 !== undefined) throw new Error('predict requires either --coeffs or --c1/--c2, not both');
    if (v.k === undefined || v.decode === undefined) throw new Error('predict requires --k and --decode with --coeffs');
    const six = await readSix(v.coeffs);
    const k = parseNumber('--k', v.k, (n) => Number.isInteger(n) && n >= 0, 'an integer >= 0');
    const decodeTokens = parseNumber('--decode', v.decode, (n) => n > 0, 'a number > 0');
    if (v.alpha !== undefined && v['expected-tokens'] !== undefined) throw new Error('predict requires at most one of --alpha and --expected-tokens');
    const alpha = v.alpha === undefined ? undefined : parseNumber('--alpha', v.alpha, (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
    const expectedTokens =
      v['expected-tokens'] === undefined ? undefined : parseNumber('--expected-tokens', v['expected-tokens'], (n) => n >= 1, 'a number >= 1');
    if (k > 0 && alpha === undefined && expectedTokens === undefined) throw new Error('predict requires --alpha or --expected-tokens when --k > 0');
    coefficients = effectiveCoefficients(six, { k, alpha, expectedTokens, decodeTokens });
    baseline = effectiveCoefficients(six, { k: 0, decodeTokens });
    setting = { k, decode_tokens: decodeTokens, ...(alpha !== undefined ? { alpha } : {}), ...(expectedTokens !== undefined ? { expected_tokens: expectedTokens } : {}) };
  } else {
    if (v.c1 === undefined || v.c2 === undefined) throw new Error('predict requires --c1 and --c2 (or --coeffs)');
    coefficients = {
      c1: parseNumber('--c1', v.c1, (n) => n > 0, 'a number > 0'),
      c2: parseNumber('--c2', v.c2, (n) => n >= 0, 'a number >= 0'),
    };
  }
  if (v['baseline-c1'] !== undefined || v['baseline-c2'] !== undefined) {
    if (v['baseline-c1'] === undefined || v['baseline-c2'] === undefined) throw new Error('predict requires both --baseline-c1 and --baseline-c2');
    baseline = {
      c1: parseNumber('--baseline-c1', v['baseline-c1'], (n) => n > 0, 'a number > 0'),
      c2: parseNumber('--baseline-c2', v['baseline-c2'], (n) => n > 0, 'a number > 0'),
    };
  }
  if (baseline !== null && !(baseline.c2 > 0)) baseline = null; // Eq. 2 needs C2_D > 0

  const points = rates.map((rps) => {
    const p = eq1Latency(rps, coefficients);
    const b = baseline ? eq1Latency(rps, baseline) : null;
    return {
      rps,
      latency_s: p.saturated ? null : p.latencyS,
      saturated: p.saturated,
      utilisation: p.utilisation,
      batch: p.saturated ? null : rps * p.latencyS,
      ...(baseline && b
        ? { baseline_latency_s: b.saturated ? null : b.latencyS, speedup: nullIfInfinite(speedup(rps, baseline, coefficients)) }
        : {}),
    };
  });
  const be = baseline ? breakEvenLoad(baseline, coefficients) : null;
  const result = {
    coefficients,
    ...(setting ? { setting } : {}),
    baseline,
    saturation_rps: nullIfInfinite(saturationRps(coefficients.c2)),
    break_even: be ? { r: be.r, rps: be.rps, sd_faster_below: be.sdFasterBelow } : null,
    points,
  };
  if (v.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const n = (x: number | null | undefined): string => (x === null || x === undefined ? 'saturated' : String(Number(x.toPrecision(4))));
  const lines = [
    `# C1 ${n(coefficients.c1)} s, C2 ${n(coefficients.c2)} s/req, saturation ${result.saturation_rps === null ? 'none' : `${n(result.saturation_rps)} rps`}` +
      (baseline ? `; baseline C1 ${n(baseline.c1)} s, C2 ${n(baseline.c2)} s/req` : ''),
  ];
  if (baseline) lines.push(be ? `# break-even at ${n(be.rps)} rps (SD ${be.sdFasterBelow ? 'faster below' : 'slower below'})` : '# no break-even within the stable range');
  const header = ['rps', 'latency (s)', 'batch', ...(baseline ? ['baseline (s)', 'speedup'] : [])];
  const cells = points.map((p) => [
    n(p.rps),
    n(p.latency_s),
    p.batch === null ? '-' : n(p.batch),
    ...(baseline ? [n((p as { baseline_latency_s: number | null }).baseline_latency_s), speedupText((p as { speedup: number | null }).speedup)] : []),
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...cells.map((c) => c[j].length)));
  const line = (c: string[]) => c.map((t, j) => t.padStart(widths[j])).join('  ');
  io.stdout(`${[...lines, line(header), ...cells.map(line)].join('\n')}\n`);
  return 0;
};

function speedupText(s: number | null): string {
  if (s === null) return 'both saturated';
  if (s === 0) return '0 (SD saturated)';
  return String(Number(s.toPrecision(4)));
}

function nullIfInfinite(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : x;
}

function parseNumber(flag: string, text: string, ok: (n: number) => boolean, what: string): number {
  return parseCliNumber('predict', flag, text, ok, what);
}

async function readSix(file: string): Promise<SdCoefficients> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`predict: ${file}: (document): ${(err as Error).message}`);
  }
  if (Array.isArray(doc)) {
    if (doc.length !== 1) throw new Error(`predict: ${file}: (document): holds ${doc.length} groups, need exactly one`);
    doc = doc[0];
  }
  if (typeof doc !== 'object' || doc === null) throw new Error(`predict: ${file}: (document): not a JSON object`);
  const record = doc as Record<string, unknown>;
  const six = {} as Record<string, number>;
  for (const name of SD_COEFFICIENT_NAMES) {
    const value = record[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`predict: ${file}: ${name}: not a number >= 0 (got ${JSON.stringify(value)})`);
    }
    six[name] = value;
  }
  return six as unknown as SdCoefficients;
}
