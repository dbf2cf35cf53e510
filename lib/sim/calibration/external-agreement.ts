import type { ForwardPass } from '../sim-types.js';
import { rooflinePassTerms } from '../cost/roofline-pass-terms.js';
import type { SystemSpec } from '../specs/spec-types.js';
import { vllmCudaGraphSizes } from '../specs/vllm-cuda-graph-sizes.js';

/** One comparison of a simulated pass time with a public measurement. */
export interface AgreementRow {
  /** 'vllm-pr5691' or 'specdecode-bench'. */
  source: string;
  /** 'verify', 'decode' or 'eagle_draft'. */
  pass: string;
  /** Sequences in the pass. */
  batch: number;
  /** Context tokens of every sequence before the pass. */
  context_tokens: number;
  /** Draft length (verify passes process k+1 tokens per sequence); 0 otherwise. */
  k: number;
  /** The public number (ms). */
  measured_ms: number;
  /** The roofline forward-pass time alone (ms): the pass without the calibrated stack's per-sequence CPU terms. */
  roofline_ms: number;
  /** The source's software offset added to the roofline (ms, >= 0), see buildExternalAgreement. */
  offset_ms: number;
  /** roofline_ms + offset_ms. */
  simulated_ms: number;
  /** simulated_ms / measured_ms. */
  ratio: number;
  /** roofline_ms / measured_ms (before the offset). */
  roofline_ratio: number;
}

/** The parsed public files (rows as parseExternalCsv returns them). */
export interface ExternalMeasurements {
  /** vllm-verify-step-a100.csv: batch_size, k, scoring_ms_mqa_scorer, scoring_ms_batch_expansion. */
  verifyStep: ReadonlyArray<Record<string, string | number | null>>;
  /** specdecode-bench-step-model.csv: component, kv_coef_s_per_token, tok_coef_s_per_token, const_s. */
  stepModel: ReadonlyArray<Record<string, string | number | null>>;
}

/** Choices of the comparison (documented defaults). */
export interface ExternalAgreementOptions {
  /** System of vLLM PR #5691: Llama-2-7B on one A100 (from getSystemSpec('llama-2-7b@a100-80gb')). */
  pr5691System: SystemSpec;
  /** System of the specdecode-bench model: Llama-3.1-8B + EAGLE head on one H100. */
  specdecodeSystem: SystemSpec;
  /** Context per sequence for PR #5691, which does not state it (default 256 tokens: a short benchmark prompt). */
  pr5691ContextTokens?: number;
  /** Contexts for the specdecode-bench comparison (default [256, 1024, 2048]: InstructCoder prompts, hundreds to ~2k tokens). */
  specdecodeContexts?: number[];
  /** Batches for the specdecode-bench comparison (default 1, 2, 4, ..., 64: its fitted range). */
  specdecodeBatches?: number[];
  /** Draft lengths of the verification rows (default [1, 3, 5]). */
  specdecodeKs?: number[];
}

/**
 * Builds the table comparing the roofline step cost with two public step-time measurements:
 *
 * - vLLM PR #5691: verification ("scoring") step of Llama-2-7B on one A100, k = 5 (6 query
 *   tokens per sequence), the MQA scorer. In vLLM v0 multi-token queries ran outside CUDA graphs,
 *   so passes are priced unpadded. Context lengths are not stated: pr5691ContextTokens.
 * - specdecode-bench: the linear step model fitted to vLLM 0.10.1 on one H100 (Llama-3.1-8B,
 *   EAGLE): measured = kv_coef x (batch x context) + tok_coef x (tokens of the pass) + const, for
 *   plain decode (1 token per sequence), verification (k+1) and the EAGLE draft pass (1 per
 *   sequence; component eagle_draft_step). Passes padded to vLLM's CUDA-graph sizes.
 *
 * What is priced: the forward pass (timeS - cpuPrepS). The per-sequence and per-sampled-token
 * CPU terms are the calibrated serving stack's engine-side bookkeeping (vLLM V1 scheduler, sampler
 * and output processing of the speculators-scaling runs); specdecode-bench's components time the
 * forward pass, and PR #5691's scorer ran in vLLM v0, whose own CPU cost the offset carries.
 *
 * Software offset: a GPU roofline cannot know the CPU-side cost that one vLLM version adds to a
 * pass (v0's scorer bookkeeping and sampler, v0.10.1's EAGLE proposer loop). For each
 * (source, pass) ONE constant, offset = max(0, measured - roofline) at the smallest batch and
 * context, is added to all that source's rows of that pass: CPU time is only ever added (where
 * the roofline is already slower than the measurement, there is no offset). It is reported
 * (offset_ms) with the raw roofline (roofline_ms, roofline_ratio), and the remaining rows test
 * how the roofline scales with batch, tokens and context. No other adjustment is made.
 *
 * @param data the parsed public files
 * @param options the systems and the documented choices
 * @returns one row per compared point
 * @throws {Error} when a needed column or component is missing
 * @example
 * const rows = buildExternalAgreement(data, {
 *   pr5691System: getSystemSpec('llama-2-7b@a100-80gb'),
 *   specdecodeSystem: getSystemSpec('llama-3.1-8b@h100-80gb'),
 * });
 * rows.every((r) => Math.abs(r.ratio - 1) <= 0.25);
 */
export function buildExternalAgreement(data: ExternalMeasurements, options: ExternalAgreementOptions): AgreementRow[] {
  const rows: AgreementRow[] = [];
  rows.push(...pr5691Rows(data, options));
  rows.push(...specdecodeRows(data, options));
  return rows;
}

function num(row: Record<string, string | number | null>, key: string, file: string): number {
  const v = row[key];
  if (typeof v !== 'number') throw new Error(`buildExternalAgreement: ${file}: ${key}: missing or not a number`);
  return v;
}

function pass(role: 'verifier' | 'drafter', batch: number, q: number, ctx: number, graphs: number[] | null): ForwardPass {
  const seqs = Array.from({ length: batch }, () => ({ queryTokens: q, contextTokens: ctx }));
  const tokens = batch * q;
  const padded = graphs !== null ? (graphs.find((g) => g >= tokens) ?? tokens) : tokens;
  return { role, seqs, paddedTokens: padded };
}

function withOffsets(rows: Omit<AgreementRow, 'offset_ms' | 'simulated_ms' | 'ratio' | 'roofline_ratio'>[]): AgreementRow[] {
  const offsets = new Map<string, number>();
  const firsts = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.source}|${r.pass}`;
    const f = firsts.get(key);
    if (f === undefined || r.batch < f.batch || (r.batch === f.batch && r.context_tokens < f.context_tokens)) firsts.set(key, r);
  }
  for (const [key, r] of firsts) offsets.set(key, Math.max(0, r.measured_ms - r.roofline_ms));
  return rows.map((r) => {
    const offset = offsets.get(`${r.source}|${r.pass}`)!;
    const simulated = r.roofline_ms + offset;
    return {
      ...r,
      offset_ms: offset,
      simulated_ms: simulated,
      ratio: simulated / r.measured_ms,
      roofline_ratio: r.roofline_ms / r.measured_ms,
    };
  });
}

function pr5691Rows(data: ExternalMeasurements, o: ExternalAgreementOptions): AgreementRow[] {
  const file = 'vllm-verify-step-a100.csv';
  const ctx = o.pr5691ContextTokens ?? 256;
  const raw = data.verifyStep.map((r) => {
    const batch = num(r, 'batch_size', file);
    const k = num(r, 'k', file);
    const t = rooflinePassTerms(o.pr5691System, pass('verifier', batch, k + 1, ctx, null));
    return {
      source: 'vllm-pr5691',
      pass: 'verify',
      batch,
      context_tokens: ctx,
      k,
      measured_ms: num(r, 'scoring_ms_mqa_scorer', file),
      roofline_ms: (t.timeS - t.cpuPrepS) * 1e3,
    };
  });
  return withOffsets(raw);
}

function specdecodeRows(data: ExternalMeasurements, o: ExternalAgreementOptions): AgreementRow[] {
  const file = 'specdecode-bench-step-model.csv';
  const comp = (name: string) => {
    const r = data.stepModel.find((x) => x.component === name);
    if (r === undefined) throw new Error(`buildExternalAgreement: ${file}: component ${name}: missing`);
    return { kv: num(r, 'kv_coef_s_per_token', file), tok: num(r, 'tok_coef_s_per_token', file), c: num(r, 'const_s', file) };
  };
  const verify = comp('verify_step');
  const draft = comp('eagle_draft_step');
  const e = o.specdecodeSystem.engine;
  const graphs = e.cudaGraphSizes ?? vllmCudaGraphSizes(Math.min(e.maxCudaGraphTokens, e.maxNumBatchedTokens));
  const contexts = o.specdecodeContexts ?? [256, 1024, 2048];
  const batches = o.specdecodeBatches ?? [1, 2, 4, 8, 16, 32, 64];
  const ks = o.specdecodeKs ?? [1, 3, 5];
  const raw: Omit<AgreementRow, 'offset_ms' | 'simulated_ms' | 'ratio' | 'roofline_ratio'>[] = [];
  for (const ctx of contexts) {
    for (const batch of batches) {
      const add = (kind: string, k: number, role: 'verifier' | 'drafter', q: number, m: { kv: number; tok: number; c: number }) => {
        const t = rooflinePassTerms(o.specdecodeSystem, pass(role, batch, q, ctx, graphs));
        raw.push({
          source: 'specdecode-bench',
          pass: kind,
          batch,
          context_tokens: ctx,
          k,
          measured_ms: (m.kv * batch * ctx + m.tok * batch * q + m.c) * 1e3,
          roofline_ms: (t.timeS - t.cpuPrepS) * 1e3,
        });
      };
      add('decode', 0, 'verifier', 1, verify);
      for (const k of ks) add('verify', k, 'verifier', k + 1, verify);
      add('eagle_draft', 0, 'drafter', 1, draft);
    }
  }
  return withOffsets(raw);
}
