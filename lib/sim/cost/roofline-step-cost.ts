import type { Rng } from '../../random/create-rng.js';
import type { ForwardPass, PassCost, StepCostModel } from '../sim-types.js';
import { expertHitSampler } from './roofline-expert-hits.js';
import { checkPass } from './check-pass.js';
import { rooflineContext, rooflinePassTermsCore, rooflinePassTimeCore, type RooflineContext } from './roofline-pass-terms.js';
import type { SystemSpec } from '../specs/spec-types.js';
import { validateSystemSpec } from '../specs/validate-system-spec.js';

/** The roofline step-cost model: the engine's StepCostModel, plus the roofline terms of a pass (tests, tools). */
export interface RooflineStepCost extends StepCostModel {
  /** Roofline terms of one checked forward pass; timeS equals passTimeS for that pass with the same draws. */
  passCost(pass: ForwardPass, rng: Rng): PassCost;
}

/**
 * Creates the roofline step-cost model of a system: each forward pass is priced from the
 * architecture and the hardware (see rooflinePassTerms for the mechanism). For MoE models the
 * distinct experts hit in each layer are sampled with the rng from the routing of the pass's
 * real tokens (uniform, or Zipf-skewed by spec.routingZipfS).
 *
 * @param spec a complete system spec (e.g. from getSystemSpec, or a parsed JSON file)
 * @returns the cost model: passTimeS (the engine's seam) prices a pass without checking it or
 *   allocating; passCost checks a pass and returns its roofline terms, with the same time
 * @throws {Error} when the spec is invalid; passCost throws on a malformed pass; both throw on a
 *   drafter pass for a system without drafter
 * @example
 * const cost = createRooflineStepCost(getSystemSpec('qwen3-8b@a100-80gb'));
 * cost.passCost({ role: 'verifier', seqs: [{ queryTokens: 4, contextTokens: 600 }], paddedTokens: 4 }, createRng(1)).timeS;
 */
export function createRooflineStepCost(spec: SystemSpec): RooflineStepCost {
  const checked = validateSystemSpec('createRooflineStepCost', spec);
  const verifier = rooflineContext(checked, 'verifier');
  const drafter = checked.drafter !== null ? rooflineContext(checked, 'drafter') : null;
  const samplerOf = (ctx: RooflineContext | null): ((tokens: number, rng: Rng) => number) | null =>
    ctx !== null && ctx.shape.moeLayers > 0 ? expertHitSampler(ctx.inclusion, ctx.shape.activeExperts, ctx.shape.moeLayers) : null;
  const verifierHits = samplerOf(verifier);
  const drafterHits = samplerOf(drafter);
  /** Distinct experts hit over the MoE layers, sampled from the pass's real tokens (0 for dense). */
  const expertsHit = (ctx: RooflineContext, n: number, query: Float64Array, rng: Rng): number => {
    const sample = ctx === verifier ? verifierHits : drafterHits;
    if (sample === null) return 0;
    let tokens = 0;
    for (let i = 0; i < n; i++) tokens += query[i];
    return sample(tokens, rng);
  };
  const contextOf = (fn: string, role: ForwardPass['role']): RooflineContext => {
    if (role === 'verifier') return verifier;
    if (role === 'drafter') {
      if (drafter === null) throw new Error(`${fn} requires a drafter: system ${checked.name} has none`);
      return drafter;
    }
    throw new Error(`${fn} requires role 'verifier' or 'drafter', got ${String(role)}`);
  };
  return {
    passCost(pass: ForwardPass, rng: Rng): PassCost {
      checkPass('passCost', pass);
      const ctx = contextOf('passCost', pass.role);
      const n = pass.seqs.length;
      const query = new Float64Array(n);
      for (let i = 0; i < n; i++) query[i] = pass.seqs[i].queryTokens;
      const t = rooflinePassTermsCore(ctx, pass, expertsHit(ctx, n, query, rng));
      return {
        timeS: t.timeS,
        computeS: t.computeS,
        memoryS: t.memoryS,
        commS: t.commS,
        flops: t.flops,
        weightBytes: t.weightBytes,
        kvBytes: t.kvBytes,
        expertFraction: t.expertFraction,
      };
    },
    passTimeS(
      role: 'verifier' | 'drafter',
      n: number,
      queryTokens: Float64Array,
      contextTokens: Float64Array,
      paddedTokens: number,
      rng: Rng,
    ): number {
      const ctx = contextOf('passTimeS', role);
      return rooflinePassTimeCore(ctx, n, queryTokens, contextTokens, paddedTokens, expertsHit(ctx, n, queryTokens, rng), null);
    },
  };
}
