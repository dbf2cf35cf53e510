import { MODEL_SPECS } from './model-specs.js';
import type { DrafterSpec, ModelSpec } from './spec-types.js';

const SPECULATORS_RESEARCH =
  'https://github.com/vllm-project/speculators/tree/5ebcf4359bf602d7e5859b327a5d80eb27ff6ef9/research/scaling';
const EAGLE3_PAPER = 'https://arxiv.org/abs/2503.01840';
/** Draft vocabulary of EAGLE-3 heads (the EAGLE-3 reference heads and the speculators library default). */
const EAGLE3_DRAFT_VOCAB = 32000;

/**
 * An EAGLE head of the verifier's width: fc projection, one decoder layer, LM head.
 * - 'eagle1' (EAGLE-1 / HASS, vLLM method "eagle"): fc 2h -> h, a plain decoder layer, and the
 *   verifier's own LM head over the full vocabulary (vLLM shares it, so it is not stored twice).
 * - 'eagle3' (vLLM method "eagle3"): fc 3h -> h fusing three verifier layers, q/k/v take 2h
 *   (embedding and hidden state concatenated), own LM head over a 32k draft vocabulary.
 * The head's FFN is dense with the verifier's config intermediate_size (for gpt-oss, whose
 * config has no dense FFN, the expert FFN size).
 */
function eagleHead(key: string, style: 'eagle1' | 'eagle3', source: string, notes: string): DrafterSpec {
  const v: ModelSpec = MODEL_SPECS[key];
  const h = v.hiddenSize;
  const ffn = v.ffnSize > 0 ? v.ffnSize : v.moe !== null ? v.moe.expertFfnSize : 4 * h;
  const eagle3 = style === 'eagle3';
  return {
    kind: 'eagle',
    name: `${eagle3 ? 'EAGLE3' : 'EAGLE'}(${v.name})`,
    source,
    model: {
      name: `${eagle3 ? 'EAGLE3' : 'EAGLE'} head of ${v.name}`,
      source: v.source,
      layers: 1,
      hiddenSize: h,
      numHeads: v.numHeads,
      numKvHeads: v.numKvHeads,
      headDim: v.headDim,
      ffnSize: ffn,
      vocabSize: eagle3 ? EAGLE3_DRAFT_VOCAB : v.vocabSize,
      tiedEmbeddings: false,
      dtypeBytes: v.dtypeBytes,
      slidingWindow: null,
      slidingLayers: [],
      moe: null,
    },
    eagle: {
      fcInputSize: (eagle3 ? 3 : 2) * h,
      attentionInputSize: (eagle3 ? 2 : 1) * h,
      sharesVerifierLmHead: !eagle3,
      sharesVerifierEmbedding: true,
    },
    notes,
  };
}

function draftModel(key: string): DrafterSpec {
  const m = MODEL_SPECS[key];
  return {
    kind: 'draft_model',
    name: m.name,
    source: m.source,
    model: m,
    eagle: null,
    notes: 'A separate draft model (vLLM method "draft_model"), same tokenizer as the verifier, same tensor parallelism.',
  };
}

const RESEARCH_NOTE =
  'The speculators-scaling runs configured vLLM with "method": "eagle": an EAGLE-1-style speculator head per ' +
  'verifier that reuses the verifier embedding and full-vocabulary LM head (assumed; the heads themselves are not ' +
  'published with the data). With the full 151936-token LM head, the LM head dominates the head\'s weight traffic.';
const EAGLE3_NOTE =
  'EAGLE-3-style head (paper: "EAGLE-3-style lightweight heads"): one decoder layer, fc over three verifier layers, ' +
  `its own LM head over a ${EAGLE3_DRAFT_VOCAB}-token draft vocabulary (assumed: the exact heads of the paper are unpublished).`;

/**
 * Drafters the simulator knows, keyed by registry slug: EAGLE heads ('eagle-<verifier>' for
 * the EAGLE-1-style heads of the speculators-scaling runs, 'eagle3-<verifier>' for EAGLE-3
 * heads) and separate draft models ('draft-<model>').
 *
 * @example
 * DRAFTER_SPECS['eagle-qwen3-8b'].model.layers; // 1
 * DRAFTER_SPECS['draft-llama-3.1-8b'].kind; // 'draft_model'
 */
export const DRAFTER_SPECS: Readonly<Record<string, DrafterSpec>> = {
  'eagle-qwen3-0.6b': eagleHead('qwen3-0.6b', 'eagle1', SPECULATORS_RESEARCH, RESEARCH_NOTE),
  'eagle-qwen3-1.7b': eagleHead('qwen3-1.7b', 'eagle1', SPECULATORS_RESEARCH, RESEARCH_NOTE),
  'eagle-qwen3-8b': eagleHead('qwen3-8b', 'eagle1', SPECULATORS_RESEARCH, RESEARCH_NOTE),
  'eagle-qwen3-14b': eagleHead('qwen3-14b', 'eagle1', SPECULATORS_RESEARCH, RESEARCH_NOTE),
  'eagle-qwen3-32b': eagleHead('qwen3-32b', 'eagle1', SPECULATORS_RESEARCH, RESEARCH_NOTE),
  'eagle3-llama-3.1-8b': eagleHead(
    'llama-3.1-8b',
    'eagle3',
    'https://huggingface.co/yuhuili/EAGLE3-LLaMA3.1-Instruct-8B',
    EAGLE3_NOTE,
  ),
  'eagle3-llama-3.1-70b': eagleHead(
    'llama-3.1-70b',
    'eagle3',
    'https://huggingface.co/yuhuili/EAGLE3-LLaMA3.3-Instruct-70B (same shape as a Llama-3.1-70B head)',
    EAGLE3_NOTE,
  ),
  'eagle3-gpt-oss-20b': eagleHead('gpt-oss-20b', 'eagle3', EAGLE3_PAPER, EAGLE3_NOTE),
  'eagle3-qwen3-30b-a3b': eagleHead('qwen3-30b-a3b', 'eagle3', EAGLE3_PAPER, EAGLE3_NOTE),
  'eagle3-qwen3-235b-a22b': eagleHead('qwen3-235b-a22b', 'eagle3', EAGLE3_PAPER, EAGLE3_NOTE),
  'draft-llama-3.1-8b': draftModel('llama-3.1-8b'),
  'draft-qwen3-1.7b': draftModel('qwen3-1.7b'),
  'draft-tinyllama-1.1b': draftModel('tinyllama-1.1b'),
};
