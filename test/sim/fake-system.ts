/**
 * A simple step-cost model and system for the engine's tests (the real roofline model is
 * written separately): a pass costs a + b * paddedTokens + c * (attention tokens), where the
 * attention tokens are the sum over sequences of contextTokens + queryTokens.
 */
import type { EngineConfig, ForwardPass, SeqWork, SimSystem, StepCostModel } from '../../lib/sim/sim-types.js';

export interface FakeCost {
  /** Verifier: fixed seconds per pass. */
  a: number;
  /** Verifier: seconds per (padded) token. */
  b: number;
  /** Verifier: seconds per attended token (context + query). */
  c: number;
  /** Drafter: fixed seconds per pass. */
  ad: number;
  /** Drafter: seconds per (padded) token. */
  bd: number;
}

export const DEFAULT_FAKE_COST: FakeCost = { a: 0.005, b: 2e-5, c: 1e-8, ad: 0.0005, bd: 2e-6 };

/** Time of one pass under the fake cost (exported so tests can hand-compute step times). */
export function fakePassTime(cost: FakeCost, pass: ForwardPass): number {
  if (pass.role === 'drafter') return cost.ad + cost.bd * pass.paddedTokens;
  let att = 0;
  for (const s of pass.seqs) att += s.contextTokens + s.queryTokens;
  return cost.a + cost.b * pass.paddedTokens + cost.c * att;
}

/** The fake cost model; `record` collects a copy of every pass priced. */
export function fakeCostModel(cost: FakeCost = DEFAULT_FAKE_COST, record?: ForwardPass[]): StepCostModel {
  return {
    passTimeS(role, n, queryTokens, contextTokens, paddedTokens): number {
      const seqs: SeqWork[] = [];
      for (let i = 0; i < n; i++) seqs.push({ queryTokens: queryTokens[i], contextTokens: contextTokens[i] });
      const pass: ForwardPass = { role, seqs, paddedTokens };
      if (record) record.push(pass);
      return fakePassTime(cost, pass);
    },
  };
}

export const DEFAULT_FAKE_ENGINE: EngineConfig = {
  maxNumSeqs: 256,
  maxNumBatchedTokens: 8192,
  maxModelLen: 4096,
  blockSize: 16,
  kvCacheBlocks: 20000,
  cudaGraphSizes: [1, 2, 4, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 272, 288, 304, 320, 336, 352, 368, 384, 400, 416, 432, 448, 464, 480, 496, 512],
  stepOverheadS: 0.001,
  specOverheadS: 0.0005,
  noiseRel: 0,
};

export interface FakeSystemOptions {
  engine?: Partial<EngineConfig>;
  cost?: Partial<FakeCost>;
  drafterKind?: 'eagle' | 'draft_model' | null;
  drafterKvCacheBlocks?: number | null;
  /** Collects a copy of every pass priced. */
  record?: ForwardPass[];
}

export function fakeSystem(o: FakeSystemOptions = {}): SimSystem {
  const drafterKind = o.drafterKind === undefined ? 'eagle' : o.drafterKind;
  return {
    name: 'fake',
    verifier: 'FakeLM-1B',
    drafter: drafterKind === null ? '' : 'FakeDraft',
    drafterKind,
    hardware: 'FakeGPU',
    engine: { ...DEFAULT_FAKE_ENGINE, ...o.engine },
    cost: fakeCostModel({ ...DEFAULT_FAKE_COST, ...o.cost }, o.record),
    drafterKvCacheBlocks: o.drafterKvCacheBlocks === undefined ? null : o.drafterKvCacheBlocks,
  };
}
