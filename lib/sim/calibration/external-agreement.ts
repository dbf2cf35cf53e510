import type { ForwardPass } from '../sim-types.js';
import { rooflinePassTerms } from '../cost/roofline-pass-terms.js';
import type { SystemSpec } from '../specs/spec-types.js';
import { defaultCalibration } from '../specs/default-calibration.js';
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
  /**
   * CPU time the calibrated engine adds once per speculative step (engine.specOverheadS, fitted to
   * the real speculators-scaling sweeps), in the sd_step rows (ms); 0 in the per-pass rows. Absent in
   * tables written before it existed (read as 0).
   */
  engine_ms?: number;
  /** Always 0: no software offset is fitted to the public timings any more (kept for readers of the former tables). */
  offset_ms: number;
  /** roofline_ms + engine_ms: what the calibrated simulator charges for these passes. */
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
  /** The calibrated engine's CPU time per speculative step (s), charged once per step in the sd_step rows (default: the committed calibration's engine.specOverheadS). */
  specOverheadS?: number;
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
 * What is priced: the forward pass as the calibrated simulator prices it (roofline_ms =
 * timeS - cpuPrepS of rooflinePassTerms: the GPU roofline, never below the calibrated CPU floor
 * per pass). The per-sequence and per-sampled-token CPU terms (cpuPrepS) are the calibrated
 * serving stack's engine-side bookkeeping (vLLM V1 scheduler, sampler and output processing of the
 * speculators-scaling runs), outside the timed forward pass of both sources, and are left out.
 * Every parameter comes from the calibration on the REAL speculators-scaling sweeps
 * (scripts/calibrate-sim.ts) or from the architectures and GPU datasheets; nothing is fitted to
 * these public timings, so every row is a check. (Formerly each (source, pass) got a software
 * offset read off its own smallest row, which then agreed by construction.) Caveat: attentionEff
 * (KV-read efficiency) was set from specdecode-bench's kv_coef, so the specdecode-bench rows'
 * growth with context is not an independent check; their level and growth with batch are.
 *
 * The EAGLE drafter pass alone ('eagle_draft') is the GPU pass with the CPU floor: the engine
 * books the proposer's CPU work once per speculative step (engine.specOverheadS), not per
 * drafter pass. The 'sd_step' rows therefore compare a whole speculative step's passes,
 * verification of k + 1 tokens per sequence plus k drafter passes (+ specOverheadS in the
 * simulator: engine_ms), with the same passes of the step model (verify_step + k x
 * eagle_draft_step; its per-step fixed_overhead, which the simulator's stepOverheadS copies, is
 * left out on both sides).
 *
 * @param data the parsed public files
 * @param options the systems and the documented choices
 * @returns one row per compared point
 * @throws {Error} when a needed column or component is missing, or specOverheadS is not a finite number >= 0
 * @example
 * const rows = buildExternalAgreement(data, {
 *   pr5691System: getSystemSpec('llama-2-7b@a100-80gb'),
 *   specdecodeSystem: getSystemSpec('llama-3.1-8b@h100-80gb'),
 * });
 * rows.every((r) => Math.abs(r.ratio - 1) <= 0.25);
 */
export function buildExternalAgreement(data: ExternalMeasurements, options: ExternalAgreementOptions): AgreementRow[] {
  const specOverheadS = options?.specOverheadS ?? defaultCalibration().engine.specOverheadS;
  if (!(Number.isFinite(specOverheadS) && specOverheadS >= 0)) {
    throw new Error(`buildExternalAgreement requires options.specOverheadS to be a finite number >= 0 (s), got ${String(specOverheadS)}`);
  }
  const rows: AgreementRow[] = [];
  rows.push(...pr5691Rows(data, options));
  rows.push(...specdecodeRows(data, { ...options, specOverheadS }));
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

type RawRow = Omit<AgreementRow, 'offset_ms' | 'simulated_ms' | 'ratio' | 'roofline_ratio'>;

function finish(r: RawRow): AgreementRow {
  const simulated = r.roofline_ms + (r.engine_ms ?? 0);
  return { ...r, offset_ms: 0, simulated_ms: simulated, ratio: simulated / r.measured_ms, roofline_ratio: r.roofline_ms / r.measured_ms };
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
      engine_ms: 0,
    };
  });
  return raw.map(finish);
}

function specdecodeRows(data: ExternalMeasurements, o: ExternalAgreementOptions & { specOverheadS: number }): AgreementRow[] {
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
  const specOverheadMs = o.specOverheadS * 1e3;
  const raw: RawRow[] = [];
  for (const ctx of contexts) {
    for (const batch of batches) {
      const priced = (role: 'verifier' | 'drafter', q: number, m: { kv: number; tok: number; c: number }) => {
        const t = rooflinePassTerms(o.specdecodeSystem, pass(role, batch, q, ctx, graphs));
        return { measured: (m.kv * batch * ctx + m.tok * batch * q + m.c) * 1e3, roofline: (t.timeS - t.cpuPrepS) * 1e3, engine: 0 };
      };
      const row = (kind: string, k: number, p: { measured: number; roofline: number; engine: number }): RawRow => ({
        source: 'specdecode-bench',
        pass: kind,
        batch,
        context_tokens: ctx,
        k,
        measured_ms: p.measured,
        roofline_ms: p.roofline,
        engine_ms: p.engine,
      });
      const drafterPass = priced('drafter', 1, draft);
      raw.push(row('decode', 0, priced('verifier', 1, verify)));
      for (const k of ks) raw.push(row('verify', k, priced('verifier', k + 1, verify)));
      raw.push(row('eagle_draft', 0, drafterPass));
      for (const k of ks) {
        const v = priced('verifier', k + 1, verify);
        // A speculative step's passes: verification plus k drafter passes; the simulator's proposer overhead is per step.
        raw.push(row('sd_step', k, { measured: v.measured + k * drafterPass.measured, roofline: v.roofline + k * drafterPass.roofline, engine: specOverheadMs }));
      }
    }
  }
  return raw.map(finish);
}
