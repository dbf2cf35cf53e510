import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { MODEL_SPECS } from '../../sim/specs/model-specs.js';
import { formatNumber } from '../../util/format-number.js';
import type { SimFig5 } from './sim-fig5.js';
import type { Params } from './params.js';
import { gpuCount } from './scaling-points.js';
import type { SizeScaling } from './size-scaling.js';
import { parameterCountB } from '../shared/parameter-count-b.js';

const ms = (s: number): string => formatNumber(1000 * s);
const verdictOf = (s: SizeScaling, c: string): string | undefined => s.claims.verdicts.find((v) => v.coefficient === c)?.verdict;

/** The line with an intercept of a coefficient and its share of the smallest model's value. */
function offset(s: SizeScaling, c: string): { text: string; r2p: number; r2l: number } | null {
  const prop = s.proportional.find((f) => f.coefficient === c);
  const lin = s.linear.find((f) => f.coefficient === c);
  const pts = s.points.filter((p) => p.coefficient === c);
  if (!prop || !lin || pts.length === 0) return null;
  const smallest = pts.reduce((a, b) => (b.paramsB < a.paramsB ? b : a));
  const share = smallest.valueS > 0 ? `, ${formatNumber((100 * lin.intercept) / smallest.valueS)}% of the smallest model's ${c}` : '';
  return { text: `the line with an intercept puts ${ms(lin.intercept)} ms at zero size${share}`, r2p: prop.r2, r2l: lin.r2 };
}

/** KV-cache elements per token (layers × KV heads × head size × 2) of a verifier, from the specs; null when unknown. */
function kvPerToken(verifier: string): number | null {
  const m = Object.values(MODEL_SPECS).find((x) => x.name.toLowerCase() === verifier.toLowerCase());
  return m ? 2 * m.layers * m.numKvHeads * m.headDim : null;
}

/**
 * Where Fig. 5 on real data differs from the paper, and the likely reasons, as Markdown bullets
 * shown only when the verdicts call for them, each with its computed evidence: c1_p not linear (the
 * intercept line's share of the smallest model's c1_p); c1_v linear with an offset; c1_d not
 * proportional while it varies less than the drafters' sizes (a fixed step cost); c2_v growing more
 * slowly than the parameters (log–log exponent below 1 − tolerance) while the verifiers' KV cache
 * per token grows less than their parameters (lib/sim/specs).
 *
 * @param s sizeScaling of the real fits
 * @param fits the fits (for the verifiers' names)
 * @param P linearCriteria
 * @returns Markdown bullets, '' when none applies
 * @example
 * realSizeReading(real, data.realFits, P);
 */
export function realSizeReading(s: SizeScaling, fits: readonly GroupFit<SdFit>[], P: Pick<Params, 'linearCriteria'>): string {
  const out: string[] = [];
  const c1p = offset(s, 'c1_p');
  if (verdictOf(s, 'c1_p') === 'not linear' && c1p) {
    out.push(
      `- **c1_p** does not follow the model's size (proportional R² ${formatNumber(c1p.r2p)}, with an intercept ${formatNumber(c1p.r2l)}; ${c1p.text}). ` +
        `The load-independent prefill share collects every per-request cost Eq. 3 has no other place for: the API server, tokenisation, scheduling and the benchmark client's round trip; ` +
        `where the prefill computation itself is short, these model-independent costs decide c1_p.`,
    );
  }
  const c1v = offset(s, 'c1_v');
  if (verdictOf(s, 'c1_v') === 'linear with an offset' && c1v) {
    out.push(
      `- **c1_v** grows linearly with an offset (with an intercept R² ${formatNumber(c1v.r2l, 4)}, proportional ${formatNumber(c1v.r2p)}; ${c1v.text}): ` +
        `part of a verification step (kernel launches, sampling, the CPU side of scheduling) costs the same for every model.` +
        (s.claims.best === 'c1_v' ? ` The paper's "c1_v almost exactly linear" holds in that form.` : ''),
    );
  }
  const d = s.points.filter((p) => p.coefficient === 'c1_d' && p.valueS > 0);
  if (verdictOf(s, 'c1_d') !== 'proportional' && d.length >= 2) {
    const vr = Math.max(...d.map((p) => p.valueS)) / Math.min(...d.map((p) => p.valueS));
    const sr = Math.max(...d.map((p) => p.paramsB)) / Math.min(...d.map((p) => p.paramsB));
    const lin = offset(s, 'c1_d');
    if (vr < sr) {
      out.push(
        `- **c1_d**, one drafting step at batch size 1, varies ×${formatNumber(vr)} across the drafters while their sizes vary ×${formatNumber(sr)}${lin ? ` (${lin.text})` : ''}: ` +
          `the step has a fixed cost (kernel launches, synchronisation, sampling) that is large next to the weight traffic of the smaller drafters, ` +
          `so c1_d is a fixed cost plus a part that grows with size, which a proportional line cannot describe.`,
      );
    }
  }
  const c2v = s.proportional.find((f) => f.coefficient === 'c2_v');
  if (c2v && c2v.exponent < 1 - P.linearCriteria.exponentTolerance) {
    const verifiers = [...new Set(fits.filter((f) => f.fit !== null).map((f) => String(f.key.verifier)))];
    const known = verifiers.map((v) => ({ v, kv: kvPerToken(v), b: parameterCountB(v, 'verifier') })).filter((x) => x.kv !== null);
    if (known.length >= 2) {
      const small = known.reduce((a, b) => (b.b < a.b ? b : a));
      const big = known.reduce((a, b) => (b.b > a.b ? b : a));
      const kr = (big.kv as number) / (small.kv as number);
      const pr = big.b / small.b;
      if (kr < pr) {
        out.push(
          `- **c2_v** grows more slowly than the parameter count (log–log exponent ${formatNumber(c2v.exponent)}): the load-dependent cost of a verification pass is partly per-token compute, ` +
            `which scales with the parameters, and partly KV-cache reads, which scale with layers × KV heads × head size: from ${small.v} to ${big.v} the KV cache per token grows ` +
            `×${formatNumber(kr)}, the parameters ×${formatNumber(pr)}.`,
        );
      }
    }
  }
  return out.join('\n');
}

/**
 * How to read the simulated Fig. 5, as Markdown bullets shown only where they apply: c2_d not
 * linear (it carries the verifier's compute per drafted token); a size axis whose choice changes
 * verdicts (systems on several GPUs); c2_p not linear where every setting runs many verification
 * cycles per request (the intercepts c1_p, c2_p are extrapolations over g / E; fits at the bound 0
 * counted); c1_d not linear where separate draft models share the axis with EAGLE heads.
 *
 * @param sims fig5SimSection's results
 * @returns Markdown bullets, '' when none applies
 * @example
 * simSizeReading(sims);
 */
export function simSizeReading(sims: readonly SimFig5[]): string {
  const out: string[] = [];
  const c2d = sims.filter((s) => verdictOf(s.scaling, 'c2_d') === 'not linear').map((s) => s.lengths);
  if (c2d.length > 0) {
    out.push(
      `- **c2_d** (not linear at ${c2d.join(' and ')}) is the load-dependent cost per drafted token. Besides the drafter's own step it carries the verifier's compute for each extra token it checks ` +
        `(k + 1 tokens per sequence per pass instead of 1), which grows with the verifier, not the drafter; a line in the drafter's size alone need not fit it.`,
    );
  }
  for (const s of sims) {
    if (s.other === null) continue;
    const changed = s.scaling.claims.verdicts.filter((v) => verdictOf(s.other as SizeScaling, v.coefficient) !== v.verdict).map((v) => v.coefficient);
    if (changed.length === 0) continue;
    const multi = [...new Set(s.fits.filter((f) => f.fit !== null && gpuCount(f.key.hardware) > 1).map((f) => String(f.key.verifier)))];
    out.push(
      `- **At ${s.lengths}** the size axis matters: ${multi.join(', ')} run${multi.length === 1 ? 's' : ''} on several GPUs that each read a share of the weights, so its per-step costs sit far from a line ` +
        `through the single-GPU systems on one of the two axes; the verdicts of ${changed.join(', ')} change with the axis (the "other size axis" sentence).`,
    );
  }
  for (const s of sims) {
    if (verdictOf(s.scaling, 'c2_p') !== 'not linear') continue;
    const fitted = s.fits.filter((f) => f.fit !== null && f.key.drafter !== '');
    const maxE = Math.max(...fitted.flatMap((f) => (f.fit as SdFit).settings.map((x) => x.expectedTokens)));
    const cycles = s.workload.decode_tokens / maxE;
    const zero = fitted.filter((f) => (f.fit as SdFit).c2_p === 0).length;
    const c1p = verdictOf(s.scaling, 'c1_p') === 'not linear' ? 'c1_p and c2_p' : 'c2_p';
    out.push(
      `- **${c1p} at ${s.lengths}** (not linear) are the parts of C1_eff and C2_eff that do not scale with the number of verification cycles g/E: intercepts of Eq. 3 against g/E. ` +
        `Every setting there runs at least ${formatNumber(cycles)} cycles per request, so the intercepts are extrapolations over that distance` +
        (zero > 0 ? `; ${zero} of ${fitted.length} fits put c2_p at its bound 0 (left off the log axes, counted in the caption; the coefficient table shows them)` : '') +
        `. Fig. 6 below shows how c2_p follows the lengths.`,
    );
  }
  for (const s of sims) {
    if (verdictOf(s.scaling, 'c1_d') !== 'not linear') continue;
    const models = [...new Set(s.fits.filter((f) => f.fit !== null && f.key.drafter !== '' && !/^eagle\d*\(/i.test(String(f.key.drafter))).map((f) => String(f.key.drafter)))];
    if (models.length === 0) continue;
    out.push(
      `- **c1_d at ${s.lengths}** (not linear): separate draft models (${models.join(', ')}) share the axis with EAGLE heads; a drafting step of dozens of layers and one of a single layer and an LM head ` +
        `do not lie on one line in parameters.`,
    );
  }
  return out.join('\n');
}
