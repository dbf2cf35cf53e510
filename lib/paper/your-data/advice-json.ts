import type { Advice } from './advise.js';
import type { AdviceConfiguration } from './advice-configurations.js';
import type { VllmSchedule } from './vllm-schedule.js';

const finite = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);
const id = (c: AdviceConfiguration) => ({ drafter: c.drafter, k: c.k, alpha: c.alpha });

/**
 * The advice as the JSON contract scripts read (`speclat advise --json`): `configurations`,
 * `loads`, `break_even`, `capacity`, `vllm_schedule` (keys named in issue 9), plus the system,
 * notes and every drafter's schedule. The load key is `rps` (open loop) or `concurrency`.
 * Non-finite numbers (saturation) become null.
 *
 * @param advice the advice
 * @returns a JSON-serialisable object
 * @example
 * JSON.stringify(adviceJson(advise(rows)));
 */
export function adviceJson(advice: Advice): Record<string, unknown> {
  const key = advice.loadKind;
  return {
    verifier: advice.verifier,
    hardware: advice.hardware,
    prefill_tokens: advice.prefillTokens,
    decode_tokens: advice.decodeTokens,
    load_kind: key,
    loss: advice.loss,
    slo_latency_s: advice.sloLatencyS,
    max_measured_load: advice.maxMeasuredLoad,
    baseline: advice.baseline.source === 'implied-baseline' ? 'implied' : 'measured',
    notes: advice.notes,
    configurations: advice.configurations.map((c) => ({
      ...id(c),
      label: c.label,
      c1: c.c1,
      c2: c.c2,
      r2: c.r2,
      mape: c.mape,
      n_points: c.nPoints,
      source: c.source,
      expected_tokens: c.expectedTokens,
      max_measured_load: c.maxMeasuredLoad,
    })),
    loads: advice.loads.map((l) => ({
      [key]: l.load,
      best: l.best ? { ...id(l.best), label: l.best.label } : null,
      latency_s: finite(l.latencyS),
      speedup: finite(l.speedup),
      extrapolated: l.extrapolated,
      configurations: l.configurations.map((c) => ({ label: c.label, latency_s: finite(c.latencyS), speedup: finite(c.speedup), extrapolated: c.extrapolated })),
    })),
    break_even: advice.breakEven.map((b) => ({ ...id(b.configuration), [key]: finite(b.load), sd_faster_below: b.sdFasterBelow })),
    capacity: advice.capacity.map((c) => ({ ...id(c.configuration), [key]: finite(c.load), basis: c.basis })),
    vllm_schedule: advice.schedule ? scheduleJson(advice.schedule) : null,
    vllm_schedules: advice.schedules.map(scheduleJson),
  };
}

function scheduleJson(s: VllmSchedule): Record<string, unknown> {
  return {
    drafter: s.drafter,
    alpha: s.alpha,
    method: s.method,
    num_speculative_tokens: s.numSpeculativeTokens,
    num_speculative_tokens_per_batch_size: s.ranges,
    speculative_config: s.speculativeConfig,
  };
}
