/**
 * The constant rates of a GuideLLM sweep: after the synchronous and the throughput benchmark,
 * GuideLLM runs sweepSize - 2 constant-rate benchmarks at
 * linspace(synchronousRps, throughputRps, sweepSize - 1)[1:], i.e. evenly spaced from one step
 * above the synchronous rate up to the throughput rate itself. (Checked against the real
 * speculators-scaling sweeps: Qwen3-8B, alpha 0.8, k 3 measured 1.126 and 14.513 req/s and then
 * ran constant rates whose measured rps were 2.79, 4.46, 6.13, ... ; the step (14.513 - 1.126) / 8
 * = 1.673 matches.)
 *
 * @param synchronousRps measured rps of the synchronous benchmark, > 0
 * @param throughputRps measured rps of the throughput benchmark, > 0
 * @param sweepSize total benchmarks of the sweep (>= 3): synchronous + throughput + sweepSize - 2 rates
 * @returns sweepSize - 2 rates (requests/s), increasing when throughputRps > synchronousRps
 * @throws {Error} `sweepRates requires ...` for a sweepSize below 3 or rates that are not finite and positive
 * @example
 * sweepRates(1, 9, 10); // [2, 3, 4, 5, 6, 7, 8, 9]
 */
export function sweepRates(synchronousRps: number, throughputRps: number, sweepSize: number): number[] {
  if (!Number.isInteger(sweepSize) || sweepSize < 3) throw new Error(`sweepRates requires an integer sweepSize >= 3, got ${sweepSize}`);
  for (const [name, v] of [['synchronousRps', synchronousRps], ['throughputRps', throughputRps]] as const) {
    if (!Number.isFinite(v) || v <= 0) throw new Error(`sweepRates requires a finite ${name} > 0, got ${v}`);
  }
  const n = sweepSize - 1; // linspace points
  const out: number[] = [];
  for (let i = 1; i < n; i++) out.push(synchronousRps + ((throughputRps - synchronousRps) * i) / (n - 1));
  return out;
}
