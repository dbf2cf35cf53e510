import { DRAFTER_SPECS } from '../../sim/specs/drafter-specs.js';
import { MODEL_SPECS } from '../../sim/specs/model-specs.js';
import type { DrafterSpec, ModelSpec } from '../../sim/specs/spec-types.js';

/** Which size of a model {@link parameterCountB} returns. */
export type ParameterRole = 'verifier' | 'drafter';

/**
 * Parameter count, in billions, of a verifier or drafter named as in tidy rows, computed from
 * the public architecture tables of lib/sim/specs (config.json values; nothing fitted):
 * - verifier: every weight of the model (embedding, decoder layers, LM head unless tied), the
 *   size on the model card (Qwen3-8B 8.19, Llama-3.1-70B 70.6); MoE models count all experts;
 * - drafter, separate draft model: the same total (Qwen3-1.7B 1.72);
 * - drafter, EAGLE head: the weights one drafting step reads, i.e. the fc projection, the head's
 *   decoder layer(s) and the LM head it scores with, shared with the verifier (EAGLE-1) or its
 *   own (EAGLE-3); the input embedding is left out (a row lookup, not a matrix product).
 *   For EAGLE(Qwen3-8B): 0.227 B in fc + layer + 0.622 B of shared LM head = 0.849 B.
 *   This is a choice of this project: the drafting cost c*_d is a step's weight traffic, and
 *   with a 151936-token vocabulary the LM head dominates it.
 * Names are matched case-insensitively against the specs' names ('Qwen3-8B', 'EAGLE(Qwen3-8B)').
 *
 * @param name model or drafter name, e.g. 'Qwen3-8B', 'EAGLE(Qwen3-8B)', 'Qwen3-1.7B'
 * @param role 'verifier' (model tables) or 'drafter' (drafter tables, then model tables)
 * @returns parameters in billions (> 0)
 * @throws {Error} `parameterCountB requires ...` for a bad role or a name the specs do not know
 * @example
 * parameterCountB('Qwen3-8B', 'verifier'); // 8.19
 * parameterCountB('EAGLE(Qwen3-8B)', 'drafter'); // 0.849
 */
export function parameterCountB(name: string, role: ParameterRole): number {
  const fn = 'parameterCountB';
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${fn} requires a model name`);
  if (role !== 'verifier' && role !== 'drafter') throw new Error(`${fn} requires role 'verifier' or 'drafter', got ${String(role)}`);
  const want = name.trim().toLowerCase();
  if (role === 'drafter') {
    const drafter = Object.values(DRAFTER_SPECS).find((d) => d.name.toLowerCase() === want);
    if (drafter) return drafterParameters(drafter) / 1e9;
  }
  const model = Object.values(MODEL_SPECS).find((m) => m.name.toLowerCase() === want);
  if (!model) throw new Error(`${fn} requires a model the specs know (lib/sim/specs), got '${name}' as ${role}`);
  return modelParameters(model) / 1e9;
}

/** Weights of one decoder layer's attention and FFN (all experts of an MoE layer, plus its router). */
function layerParameters(m: ModelSpec, layer: number, attentionInput: number): number {
  const h = m.hiddenSize;
  const attention = attentionInput * (m.numHeads + 2 * m.numKvHeads) * m.headDim + m.numHeads * m.headDim * h;
  const isMoe = m.moe !== null && (m.moe.moeLayers === 'all' || m.moe.moeLayers.includes(layer));
  if (!isMoe) return attention + 3 * h * m.ffnSize;
  const moe = m.moe!;
  return attention + moe.numExperts * 3 * h * moe.expertFfnSize + moe.sharedExperts * 3 * h * moe.sharedExpertFfnSize + h * moe.numExperts;
}

function modelParameters(m: ModelSpec): number {
  let total = m.vocabSize * m.hiddenSize * (m.tiedEmbeddings ? 1 : 2);
  for (let l = 0; l < m.layers; l++) total += layerParameters(m, l, m.hiddenSize);
  return total;
}

function drafterParameters(d: DrafterSpec): number {
  if (d.eagle === null) return modelParameters(d.model);
  const m = d.model;
  let total = d.eagle.fcInputSize * m.hiddenSize + m.vocabSize * m.hiddenSize;
  for (let l = 0; l < m.layers; l++) total += layerParameters(m, l, d.eagle.attentionInputSize);
  return total;
}
