import { rooflineModelShape } from '../../sim/cost/roofline-model-shape.js';
import { rooflinePassTerms } from '../../sim/cost/roofline-pass-terms.js';
import type { SystemSpec } from '../../sim/specs/spec-types.js';
import { getSystemSpec } from '../../sim/system-registry.js';

/** The simulator's MoE verifier step at one batch of decode tokens. */
export interface MoeStepShare {
  system: string;
  /** Sequences in the step, one token each (T routed tokens). */
  tokens: number;
  /** Expected fraction of routed experts hit (the simulator's coverage at T tokens). */
  coverage: number;
  /** Routed-expert weights as a share of all weight bytes a fully covered step reads. */
  expertWeightShare: number;
  /** Step time (ms) at the expected coverage and with every expert read (full coverage). */
  stepMs: number;
  fullCoverageStepMs: number;
  /** 1 − stepMs / fullCoverageStepMs: how much faster the step is than a dense read of the same weights. */
  savingVsFull: number;
  /** The simulator's routing skew (Zipf exponent of expert popularity; 0 = uniform i.i.d. routing, the paper's assumption). */
  routingZipfS: number;
}

/** Options of {@link moeStepShares}. */
export interface MoeStepSharesOptions {
  /** Token counts T (one decode token per sequence), e.g. [1, 4, 16, 64]. */
  tokens: readonly number[];
  /** KV context per sequence (tokens), default 512. */
  contextTokens?: number;
}

/**
 * Explains the simulated MoE behaviour from the simulator's own step cost (rooflinePassTerms):
 * for each MoE system and token count T (a decode step of T sequences), the expected expert
 * coverage, the share of routed-expert weights among the weight bytes of a fully covered step,
 * and the step time at that coverage against the same step with every expert read. Passes are
 * priced unpadded (CUDA-graph padding aside), so the numbers isolate the expert traffic.
 *
 * @param systems registry names or system specs (getSystemSpec), each with an MoE verifier
 * @param options token counts, context per sequence
 * @returns one row per (system, T), systems in input order
 * @throws {Error} `moeStepShares requires ...` for no systems, a dense verifier, or token counts that are not positive integers
 * @example
 * moeStepShares(['gpt-oss-20b@a100-80gb'], { tokens: [1] })[0].coverage; // 4/32 = 0.125
 */
export function moeStepShares(systems: ReadonlyArray<string | SystemSpec>, options: MoeStepSharesOptions): MoeStepShare[] {
  const fn = 'moeStepShares';
  if (!Array.isArray(systems) || systems.length === 0) throw new Error(`${fn} requires at least one system spec`);
  const tokens = options?.tokens;
  if (!Array.isArray(tokens) || tokens.length === 0 || !tokens.every((t) => Number.isInteger(t) && t >= 1)) {
    throw new Error(`${fn} requires options.tokens: positive integers`);
  }
  const context = options.contextTokens ?? 512;
  if (!(Number.isInteger(context) && context >= 0)) throw new Error(`${fn} requires options.contextTokens to be an integer >= 0`);
  const out: MoeStepShare[] = [];
  for (const given of systems) {
    const spec = typeof given === 'string' ? getSystemSpec(given) : given;
    if (!spec?.verifier?.moe) throw new Error(`${fn} requires MoE verifiers, ${String(spec?.name)} is dense`);
    const shape = rooflineModelShape(spec.verifier, spec.gpuCount, null);
    const allExperts = shape.moeLayers * shape.numExperts;
    for (const t of tokens) {
      const pass = { role: 'verifier' as const, seqs: Array.from({ length: t }, () => ({ queryTokens: 1, contextTokens: context })), paddedTokens: t };
      const expected = rooflinePassTerms(spec, pass);
      const full = rooflinePassTerms(spec, pass, allExperts);
      const none = rooflinePassTerms(spec, pass, 0);
      out.push({
        system: spec.name,
        tokens: t,
        coverage: expected.expertFraction,
        expertWeightShare: (full.weightBytes - none.weightBytes) / full.weightBytes,
        stepMs: expected.timeS * 1e3,
        fullCoverageStepMs: full.timeS * 1e3,
        savingVsFull: 1 - expected.timeS / full.timeS,
        routingZipfS: spec.routingZipfS,
      });
    }
  }
  return out;
}
