import type { TidyRow } from '../../data/tidy-schema.js';
import { fitGroups } from '../../fit/fit-groups.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { MoeFit, TokensPerRequest } from '../../fit/fit-moe.js';
import { lowerLoadRows } from './lower-load-rows.js';

/** Routing facts of one MoE verifier (public model card). */
export interface MoeRoutingFacts {
  /** Routed experts per MoE layer (M). */
  experts: number;
  /** Experts per token (m). */
  active: number;
}

/** Options of {@link moeFits}. */
export interface MoeFitsOptions {
  /** Routing per verifier name (as in the tidy rows), e.g. { 'gpt-oss-20b': { experts: 32, active: 4 } }. */
  routing: Readonly<Record<string, MoeRoutingFacts>>;
  /** Routed tokens per in-flight request and step: 'k+1' (verifier tokens), 'k', or a number; k = 0 always uses 1. */
  tokensPerRequest: TokensPerRequest;
  /** Share of each sweep's steady points fitted, lowest load first (default 1: all; 0.5: the paper's lower-load half). */
  share?: number;
  /** Fit at least this many points of a sweep when it has them (default 5, the Eq. 4 minimum). */
  minPoints?: number;
  /** Saturation rules that decide the steady points (excludeSaturated's options; default its defaults). */
  exclusion?: ExclusionOptions;
  /** Loss of the Eq. 4 fit and of the plain Eq. 1 fit of the same points (default fitMoe's, 'relative'). */
  loss?: FitLoss;
  /**
   * Configurations to fit (default all): lengths, the SD sweeps' alpha (baselines, k = 0, have none
   * and are kept whatever it is) and the draft lengths (0 = the baseline).
   */
  select?: { prefillTokens?: number; decodeTokens?: number; alpha?: number; ks?: readonly number[] };
}

/** The plain Eq. 1 and the Eq. 4 fit of one MoE configuration. */
export interface MoeConfigFit {
  verifier: string;
  prefillTokens: number;
  decodeTokens: number;
  k: number;
  alpha: number | null;
  /** Routed experts per layer (M) and experts per token (m) used by the fit. */
  experts: number;
  active: number;
  /** The assumption as given ('k+1', 'k' or a number). */
  assumption: TokensPerRequest;
  /** The rows fitted (steady, lowest load first). */
  rows: TidyRow[];
  /** The fit (its plainEq1 is Eq. 1 on the same points), or null with the error. */
  fit: MoeFit | null;
  error: string | null;
}

/**
 * Fits the coverage-corrected Eq. 4 (fitMoe, with the plain Eq. 1 fit of the same points) to
 * every configuration of the rows whose verifier has routing facts: the steady points of each
 * sweep (lowerLoadRows with the given share), one fit per (lengths, k, alpha). A configuration
 * that cannot be fitted keeps its error instead of stopping the run; fits that miss the strict
 * convergence test are kept (their `converged` flag says so).
 *
 * @param rows tidy rows (other verifiers are ignored)
 * @param options routing per verifier, tokens per request, share, minPoints, exclusion, loss, select
 * @returns one entry per configuration, verifiers in routing order, then first-seen order
 * @throws {Error} `moeFits requires ...` for a non-array, no routing, or bad routing facts
 * @example
 * moeFits(rows, { routing: { 'gpt-oss-20b': { experts: 32, active: 4 } }, tokensPerRequest: 'k+1', share: 0.5 })[0].fit?.r2;
 */
export function moeFits(rows: readonly TidyRow[], options: MoeFitsOptions): MoeConfigFit[] {
  const fn = 'moeFits';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  const routing = options?.routing;
  if (routing === null || typeof routing !== 'object' || Object.keys(routing).length === 0) {
    throw new Error(`${fn} requires options.routing with at least one verifier`);
  }
  const out: MoeConfigFit[] = [];
  for (const [verifier, facts] of Object.entries(routing)) {
    if (!(Number.isInteger(facts?.experts) && Number.isInteger(facts?.active) && facts.active >= 1 && facts.active <= facts.experts)) {
      throw new Error(`${fn} requires integer routing facts 1 <= active <= experts for ${verifier}`);
    }
    const sel = options.select ?? {};
    const mine = lowerLoadRows(
      rows.filter(
        (r) =>
          r.verifier === verifier &&
          (sel.prefillTokens === undefined || r.prefill_tokens === sel.prefillTokens) &&
          (sel.decodeTokens === undefined || r.decode_tokens === sel.decodeTokens) &&
          (sel.ks === undefined || sel.ks.includes(r.k)) &&
          (sel.alpha === undefined || r.k === 0 || r.alpha === sel.alpha),
      ),
      { share: options.share ?? 1, minPoints: options.minPoints, exclusion: options.exclusion },
    );
    const groups = fitGroups(mine, {
      model: 'moe',
      experts: facts.experts,
      active: facts.active,
      tokensPerRequest: options.tokensPerRequest,
      exclusion: false,
      requireConvergence: false,
      loss: options.loss,
    });
    for (const g of groups) {
      const used = g.fit !== null ? g.fit.points.map((p) => mine[p.index]) : [];
      out.push({
        verifier,
        prefillTokens: g.key.prefill_tokens as number,
        decodeTokens: g.key.decode_tokens as number,
        k: g.key.k as number,
        alpha: (g.key.alpha as number | null) ?? null,
        experts: facts.experts,
        active: facts.active,
        assumption: options.tokensPerRequest,
        rows: used,
        fit: g.fit,
        error: g.error,
      });
    }
  }
  return out;
}
