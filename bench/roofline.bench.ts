/**
 * Roofline step-cost speed (lib/sim/cost): passes per second priced through the engine's seam (passTimeS) for a 64-sequence decode pass
 * of Qwen3-8B, a 2048-token prefill chunk, a 64-sequence MoE pass of Qwen3-30B-A3B (routing
 * sampled per layer) and an EAGLE drafter pass; and milliseconds to resolve a system
 * (spec, KV capacity, cost model). Medians of 5 runs after a warm-up.
 */
import { createRng } from '../lib/random/create-rng.js';
import { resolveSystem } from '../lib/sim/resolve-system.js';
import type { ForwardPass, SimSystem } from '../lib/sim/sim-types.js';
import { median } from './median.js';

function passesPerSecond(sys: SimSystem, pass: ForwardPass, n: number): number {
  const rng = createRng(1);
  // the engine's form: the pass as query and context arrays
  const n1 = pass.seqs.length;
  const query = Float64Array.from(pass.seqs, (s) => s.queryTokens);
  const context = Float64Array.from(pass.seqs, (s) => s.contextTokens);
  const times: number[] = [];
  for (let rep = 0; rep < 6; rep++) {
    const t0 = process.hrtime.bigint();
    let sink = 0;
    for (let i = 0; i < n; i++) sink += sys.cost.passTimeS(pass.role, n1, query, context, pass.paddedTokens, rng);
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (sink < 0) throw new Error('unreachable');
    if (rep > 0) times.push(n / dt);
  }
  return median(times);
}

const seqs = (n: number, q: number, c: number) => Array.from({ length: n }, () => ({ queryTokens: q, contextTokens: c }));

export async function run(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const dense = resolveSystem('qwen3-8b@a100-80gb');
  const moe = resolveSystem('qwen3-30b-a3b@a100-80gb');
  const resolveMs: number[] = [];
  for (let rep = 0; rep < 6; rep++) {
    const t0 = process.hrtime.bigint();
    resolveSystem('qwen3-235b-a22b@a100-80gbx8');
    if (rep > 0) resolveMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return [
    { name: 'roofline: decode pass, 64 seqs (Qwen3-8B)', value: passesPerSecond(dense, { role: 'verifier', seqs: seqs(64, 4, 600), paddedTokens: 256 }, 20000), unit: 'passes/s' },
    { name: 'roofline: prefill chunk 2048 tokens', value: passesPerSecond(dense, { role: 'verifier', seqs: seqs(1, 2048, 0), paddedTokens: 2048 }, 20000), unit: 'passes/s' },
    { name: 'roofline: drafter pass, 64 seqs', value: passesPerSecond(dense, { role: 'drafter', seqs: seqs(64, 1, 600), paddedTokens: 64 }, 20000), unit: 'passes/s' },
    { name: 'roofline: MoE pass, 64 seqs (Qwen3-30B-A3B)', value: passesPerSecond(moe, { role: 'verifier', seqs: seqs(64, 4, 600), paddedTokens: 256 }, 20000), unit: 'passes/s' },
    { name: 'resolveSystem (Qwen3-235B-A22B x8)', value: median(resolveMs), unit: 'ms' },
  ];
}
