import { fitLossPhrase } from '../shared/fit-loss-param.js';
import { formatNumber } from '../../util/format-number.js';
import type { Advice } from './advise.js';

const fmt = (v: number | null, d = 3): string => (v === null ? '-' : !Number.isFinite(v) ? 'sat.' : formatNumber(v, d));

/**
 * The advice as plain text: system, notes, configurations, the table per load (best, its latency
 * and speedup, * for extrapolated loads), break-even loads, capacity and the vLLM schedule.
 *
 * @param advice the advice
 * @returns text ending in a newline
 * @example
 * process.stdout.write(adviceText(advise(rows)));
 */
export function adviceText(advice: Advice): string {
  const unit = advice.loadKind === 'rps' ? 'requests/s' : 'concurrent requests';
  const x = advice.loadKind === 'rps' ? 'rps' : 'concurrency';
  const lines: string[] = [];
  lines.push(`# ${advice.verifier} on ${advice.hardware || 'unknown hardware'}, prefill ${advice.prefillTokens} / decode ${advice.decodeTokens} tokens, load in ${unit}`);
  lines.push(`# every fit with the ${fitLossPhrase(advice.loss)}`);
  for (const n of advice.notes) lines.push(`# note: ${n}`);
  lines.push('# configurations (C1 s, C2 s/request, R^2, points, source):');
  for (const c of advice.configurations) {
    lines.push(`#   ${c.label.padEnd(28)} C1 ${fmt(c.c1, 4).padStart(8)}  C2 ${fmt(c.c2, 4).padStart(9)}  R^2 ${fmt(c.r2, 4).padStart(6)}  n ${String(c.nPoints).padStart(3)}  ${c.source}`);
  }
  const width = Math.max(12, ...advice.configurations.map((c) => c.label.length));
  lines.push(`${x.padStart(11)}  ${'best'.padEnd(width)}  latency_s  speedup`);
  for (const l of advice.loads) {
    lines.push(`${(fmt(l.load) + (l.extrapolated ? '*' : '')).padStart(11)}  ${(l.best?.label ?? 'all saturated').padEnd(width)}  ${fmt(l.latencyS).padStart(9)}  ${fmt(l.speedup).padStart(7)}`);
  }
  if (advice.loads.some((l) => l.extrapolated)) lines.push(`# * outside the measured loads (highest ${fmt(advice.maxMeasuredLoad)} ${unit}): extrapolated`);
  lines.push('# break-even load against the baseline:');
  for (const b of advice.breakEven) {
    const t = b.load === null ? 'none (one is faster at every stable load)' : `${fmt(b.load)} ${unit} (SD faster ${b.sdFasterBelow ? 'below' : 'above'})`;
    lines.push(`#   ${b.configuration.label.padEnd(28)} ${t}`);
  }
  lines.push(advice.sloLatencyS === null ? '# capacity (saturation load, no --slo-latency-s):' : `# capacity under the SLO mean latency <= ${fmt(advice.sloLatencyS)} s:`);
  for (const c of advice.capacity) {
    const t = c.load === null ? (c.basis === 'slo' ? 'misses the SLO even at zero load' : 'unbounded') : `${fmt(c.load)} ${unit}`;
    lines.push(`#   ${c.configuration.label.padEnd(28)} ${t}`);
  }
  if (advice.schedule) {
    lines.push(`# vLLM draft-length schedule for ${advice.schedule.drafter} (batch = RPS x L by Little's law):`);
    lines.push(`--speculative-config '${advice.schedule.speculativeConfig}'`);
  } else {
    lines.push(advice.schedules.length === 0 ? '# no vLLM schedule: no drafter is covered at 2 or more draft lengths' : '# no vLLM schedule: speculation does not pay at any load advised');
  }
  return `${lines.join('\n')}\n`;
}
