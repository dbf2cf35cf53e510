import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import { fitGroups } from '../../fit/fit-groups.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import { checkFitLoss } from '../../fit/fit-loss.js';
import type { IdentifiedSdFit } from '../../fit/identified-sd-coefficients.js';
import { requireIdentifiedSdFit } from '../../fit/identified-sd-coefficients.js';
import { fitSd } from '../../fit/fit-sd.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import { median } from '../../util/median.js';
import type { AcceptanceModel } from './acceptance-model.js';
import { acceptanceModel } from './acceptance-model.js';

/** The load axis of an advice: open loop (request rate) or closed loop (concurrency). */
export type LoadKind = 'rps' | 'concurrency';

/** One candidate configuration with its Eq. 1 coefficients. */
export interface AdviceConfiguration {
  /** Drafter ('' for the baseline without speculation). */
  drafter: string;
  /** Draft length (0 for the baseline). */
  k: number;
  /** Forced or stated acceptance probability, null when the files carry none. */
  alpha: number | null;
  /** 'no SD', 'EAGLE3 k=3', 'EAGLE3 k=3 α=0.8'. */
  label: string;
  /** Load-independent demand C1 (s). */
  c1: number;
  /** Load-dependent demand C2 (s per concurrent request). */
  c2: number;
  /** R^2 and MAPE of its own Eq. 1 fit (null for configurations nobody measured). */
  r2: number | null;
  mape: number | null;
  /** Points its fit used (0 when not measured). */
  nPoints: number;
  /** 'measured': its own Eq. 1 fit; 'implied-baseline': k = 0 of a pooled Eq. 3 fit; 'pooled': an unmeasured k from the pooled Eq. 3 fit. */
  source: 'measured' | 'implied-baseline' | 'pooled';
  /** Highest load its fit used (requests/s or concurrency; null when not measured). */
  maxMeasuredLoad: number | null;
  /** E(k) used by Eq. 3 (null for measured configurations). */
  expectedTokens: number | null;
  /** Its own Eq. 1 fit (point indices refer to the rows given to adviceConfigurations). */
  fit: Eq1Fit | null;
  /** The measured points its fit used, on the advice's load axis, by increasing load. */
  measuredPoints: Array<{ load: number; latencyS: number }>;
}

/** A drafter (at one alpha) whose pooled Eq. 3 fit covers draft lengths nobody measured. */
export interface PooledVariant {
  drafter: string;
  alpha: number | null;
  fit: IdentifiedSdFit;
  acceptance: AcceptanceModel;
  /** The draft lengths it covers (measured or not), ascending. */
  ks: number[];
}

/** What {@link adviceConfigurations} finds in the rows. */
export interface AdviceSetup {
  verifier: string;
  hardware: string;
  prefillTokens: number;
  decodeTokens: number;
  loadKind: LoadKind;
  /** The loss of every Eq. 1 and pooled Eq. 3 fit of the advice. */
  loss: FitLoss;
  configurations: AdviceConfiguration[];
  baseline: AdviceConfiguration;
  pooled: PooledVariant[];
  /** Remarks the user must see (implied baseline, drafters not extended and why). */
  notes: string[];
}

/** Options of {@link adviceConfigurations}. */
export interface AdviceConfigurationsOptions {
  /** Load axis; default 'rps' when any row is open loop (constant, poisson), else 'concurrency'. */
  loadKind?: LoadKind;
  /** Longest draft length the advice covers per drafter (default: the longest measured one). */
  maxK?: number;
  /** Relative spread of prefill/decode lengths still counted as one workload (default 0.1). */
  lengthTolerance?: number;
  /** Loss of every Eq. 1 and pooled Eq. 3 fit: 'relative' (default) or 'absolute' (see FitLoss). */
  loss?: FitLoss;
}

/**
 * Finds the configurations in a user's rows (one verifier, hardware and workload; differing in
 * drafter, k and alpha), fits each with Eq. 1, names the baseline (k = 0, or implied by a pooled
 * Eq. 3 fit when no run without speculation exists), and adds every draft length up to maxK for
 * each drafter measured at 2 or more k (pooled Eq. 3 with the drafter's acceptance model).
 *
 * @param rows tidy rows
 * @param options load axis, k limit, length tolerance, loss
 * @returns the setup
 * @throws {Error} a one-line `advise requires ...` for empty rows, several verifiers, hardware or
 *   workloads, a single configuration, no baseline, a configuration that cannot be fitted, or an unknown loss
 * @example
 * adviceConfigurations(rows).configurations.map((c) => [c.label, c.c1, c.c2]);
 */
export function adviceConfigurations(rows: readonly TidyRow[], options: AdviceConfigurationsOptions = {}): AdviceSetup {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error('advise requires measurement rows, got none');
  const loss = checkFitLoss('advise', options.loss);
  const one = (key: 'verifier' | 'hardware', what: string): string => {
    const values = [...new Set(rows.map((r) => String(r[key])))];
    if (values.length > 1) throw new Error(`advise requires one ${what}; the files hold ${values.length}: ${values.map((v) => v || '(unknown)').join(', ')}`);
    return values[0];
  };
  const verifier = one('verifier', 'verifier');
  const hardware = one('hardware', 'hardware');
  const tol = options.lengthTolerance ?? 0.1;
  const length = (key: 'prefill_tokens' | 'decode_tokens', what: string): number => {
    const values = rows.map((r) => r[key]);
    const m = median(values);
    const off = [...new Set(values.filter((v) => Math.abs(v - m) > tol * m))];
    if (off.length > 0) throw new Error(`advise requires one workload; the files hold ${what} lengths ${[...new Set(values)].sort((a, b) => a - b).join(', ')} tokens (more than ${Math.round(tol * 100)}% apart)`);
    return m;
  };
  const prefillTokens = length('prefill_tokens', 'prefill');
  const decodeTokens = length('decode_tokens', 'decode');
  const open = rows.some((r) => r.strategy === 'constant' || r.strategy === 'poisson');
  const loadKind: LoadKind = options.loadKind ?? (open ? 'rps' : 'concurrency');
  return adviceConfigurationsCore(rows, { verifier, hardware, prefillTokens, decodeTokens, loadKind, maxK: options.maxK, loss });
}

interface CoreArgs {
  verifier: string;
  hardware: string;
  prefillTokens: number;
  decodeTokens: number;
  loadKind: LoadKind;
  maxK?: number;
  loss: FitLoss;
}

function adviceConfigurationsCore(rows: readonly TidyRow[], a: CoreArgs): AdviceSetup {
  const notes: string[] = [];
  const groups = fitGroups(rows, { model: 'eq1', groupBy: ['drafter', 'k', 'alpha'], loss: a.loss });
  if (groups.length < 2) {
    const g = groups[0];
    throw new Error(`advise requires at least two configurations (e.g. one without speculation and one with); the files hold one: ${g.label}`);
  }
  const measured: AdviceConfiguration[] = groups.map((g) => {
    if (!g.fit) throw new Error(`advise requires every configuration to fit Eq. 1; ${g.label}: ${g.error}`);
    const drafter = String(g.key.drafter ?? '');
    const k = Number(g.key.k);
    const alpha = typeof g.key.alpha === 'number' ? g.key.alpha : null;
    const loads = g.fit.points.map((p) => (a.loadKind === 'rps' ? loadRps(rows[p.index], p) : p.kind === 'closed' ? p.x : rows[p.index].mean_concurrency ?? p.x * p.latencyS));
    return {
      drafter,
      k,
      alpha,
      label: configurationLabel(drafter, k, alpha),
      c1: g.fit.c1,
      c2: g.fit.c2,
      r2: g.fit.r2,
      mape: g.fit.mape,
      nPoints: g.fit.nPoints,
      source: 'measured',
      maxMeasuredLoad: Math.max(...loads),
      expectedTokens: null,
      fit: g.fit,
      measuredPoints: loads.map((load, i) => ({ load, latencyS: g.fit!.points[i].latencyS })).sort((x, y) => x.load - y.load),
    };
  });
  const baselines = measured.filter((c) => c.k === 0);
  if (baselines.length > 1) throw new Error(`advise requires one baseline without speculation; the files hold ${baselines.length}: ${baselines.map((b) => b.label).join(', ')}`);
  const baseRows = rows.filter((r) => r.k === 0);
  const pooled: PooledVariant[] = [];
  const drafters = [...new Set(rows.filter((r) => r.k > 0).map((r) => r.drafter))];
  for (const drafter of drafters) {
    const mine = rows.filter((r) => r.drafter === drafter && r.k > 0);
    const ks = [...new Set(mine.map((r) => r.k))].sort((x, y) => x - y);
    if (ks.length < 2) {
      notes.push(`${drafter} was measured at one draft length (k = ${ks[0]}): only that k is advised`);
      continue;
    }
    let fit: IdentifiedSdFit;
    try {
      fit = requireIdentifiedSdFit(fitSd([...mine, ...baseRows], { loss: a.loss }), 'advise');
    } catch (err) {
      notes.push(`${drafter}: no pooled Eq. 3 fit (${(err as Error).message}): only its measured k are advised`);
      continue;
    }
    const maxK = a.maxK ?? ks[ks.length - 1];
    const alphas = [...new Set(mine.map((r) => r.alpha))];
    for (const alpha of alphas) {
      const variantRows = mine.filter((r) => r.alpha === alpha);
      const acceptance = acceptanceModel(variantRows);
      if (!acceptance) {
        notes.push(`${drafter}: the files carry neither alpha nor acceptance rates: only its measured k are advised`);
        continue;
      }
      const allKs: number[] = [];
      for (let k = 1; k <= maxK; k++) allKs.push(k);
      for (const k of ks) if (!allKs.includes(k) && measured.some((c) => c.drafter === drafter && c.alpha === alpha && c.k === k)) allKs.push(k);
      allKs.sort((x, y) => x - y);
      pooled.push({ drafter, alpha, fit, acceptance, ks: allKs });
    }
  }
  let baseline = baselines[0];
  const extra: AdviceConfiguration[] = [];
  if (!baseline) {
    const source = [...pooled].sort((x, y) => y.fit.nPoints - x.fit.nPoints)[0];
    if (!source) {
      throw new Error(
        'advise requires a baseline run without speculation (k = 0), or one drafter measured at 2 or more draft lengths with known acceptance so that the pooled Eq. 3 fit implies it' +
          (notes.length > 0 ? ` (${notes.join('; ')})` : ''),
      );
    }
    const c = effectiveCoefficientsCore(source.fit, 0, 1, a.decodeTokens);
    baseline = { ...blank('', 0, null), c1: c.c1, c2: c.c2, source: 'implied-baseline', expectedTokens: 1 };
    notes.push(`no run without speculation in the files: the baseline is k = 0 of ${source.drafter}'s pooled Eq. 3 fit (implied, not measured)`);
    extra.push(baseline);
  }
  for (const v of pooled) {
    for (const k of v.ks) {
      if (measured.some((c) => c.drafter === v.drafter && c.alpha === v.alpha && c.k === k)) continue;
      const e = v.acceptance.expectedTokens(k);
      const c = effectiveCoefficientsCore(v.fit, k, e, a.decodeTokens);
      extra.push({ ...blank(v.drafter, k, v.alpha), c1: c.c1, c2: c.c2, source: 'pooled', expectedTokens: e });
    }
  }
  const configurations = [...measured, ...extra].sort((x, y) => x.drafter.localeCompare(y.drafter) || (x.alpha ?? -1) - (y.alpha ?? -1) || x.k - y.k);
  return { verifier: a.verifier, hardware: a.hardware, prefillTokens: a.prefillTokens, decodeTokens: a.decodeTokens, loadKind: a.loadKind, loss: a.loss, configurations, baseline, pooled, notes };
}

/** The request rate of a used fit point: the measured rate (a synchronous point's too). */
function loadRps(row: TidyRow, p: { kind: string; x: number; latencyS: number }): number {
  if (p.kind === 'open') return p.x;
  return typeof row.measured_rps === 'number' && row.measured_rps > 0 ? row.measured_rps : p.x / p.latencyS;
}

function blank(drafter: string, k: number, alpha: number | null): AdviceConfiguration {
  return { drafter, k, alpha, label: configurationLabel(drafter, k, alpha), c1: 0, c2: 0, r2: null, mape: null, nPoints: 0, source: 'pooled', maxMeasuredLoad: null, expectedTokens: null, fit: null, measuredPoints: [] };
}

/**
 * The label of a configuration.
 *
 * @param drafter drafter ('' for none)
 * @param k draft length
 * @param alpha acceptance or null
 * @returns 'no SD', 'EAGLE3 k=3' or 'EAGLE3 k=3 α=0.8'
 * @example
 * configurationLabel('EAGLE3', 3, 0.8); // 'EAGLE3 k=3 α=0.8'
 */
export function configurationLabel(drafter: string, k: number, alpha: number | null): string {
  if (k === 0) return 'no SD';
  return `${drafter} k=${k}${alpha === null ? '' : ` α=${alpha}`}`;
}
