import type { TidyRow } from '../../data/tidy-schema.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { formatNumber } from '../../util/format-number.js';
import { batchLinearity, type BatchLinearity } from '../shared/batch-linearity.js';
import type { CollapseDeviationBin } from './collapse-deviation-bins.js';
import { deviationShapes } from './deviation-shapes.js';

/** The simulated systems of the rows (registry names read from `sim:<system>:seed=<S>` sources the data set plans). */
function simSystems(rows: readonly TidyRow[]): string[] {
  const planned = new Set(simDatasetPlan().files.map((f) => f.system));
  const out = new Set<string>();
  for (const r of rows) {
    const m = /^sim:([^:]+):seed=/.exec(String(r.source ?? ''));
    if (m !== null && planned.has(m[1])) out.add(m[1]);
  }
  return [...out];
}

/** 'a–b' of the smallest and largest value. */
function range(values: readonly number[], digits = 2): string {
  const lo = formatNumber(Math.min(...values), digits);
  const hi = formatNumber(Math.max(...values), digits);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/**
 * Notebook 01's reading of the offered-rate refit: whether the measured rate's window explains the
 * simulated deviations from the collapse curve. Compares each group's run of signs (deviationShapes)
 * with the measured and with the offered rate and counts the bins beyond ±1% in each; when the
 * rows are simulated, adds how the simulator's decode step time grows with the batch for their
 * systems (batchLinearity at each draft length of the rows, plain decoding included, over their
 * range of effective context p + 0.5·g), which a step cost linear in the batch (Eq. 1's L = C1 + B·C2)
 * would not show.
 *
 * @param measured deviation bins of the fits against the measured rate
 * @param offered deviation bins of the fits against the offered rate
 * @param rows the rows fitted (their sources name the simulated systems)
 * @returns Markdown under a bold heading
 * @throws {Error} as batchLinearity
 * @example
 * report.markdown(offeredRatesReading(dev.bins, offeredDev.bins, sim.rows));
 */
export function offeredRatesReading(measured: readonly CollapseDeviationBin[], offered: readonly CollapseDeviationBin[], rows: readonly TidyRow[]): string {
  const before = deviationShapes(measured).shapes.filter((s) => s.runs.length > 0);
  const after = deviationShapes(offered).shapes;
  const kept = before.filter((s) => after.find((a) => a.group === s.group)?.runs.join(' ') === s.runs.join(' '));
  const beyond = (bins: readonly CollapseDeviationBin[]): number => bins.filter((b) => Math.abs(b.medianPct) >= 1).length;
  const bullets: string[] = [];
  if (before.length === 0) {
    bullets.push('- With the measured rate no group shows a run of signs beyond ±1%, so there is no pattern for the window to explain.');
  } else {
    const same = kept.length === before.length;
    bullets.push(
      `- With the offered rate the run of signs stays the same for ${kept.length} of the ${before.length} group(s) that show one` +
        `${kept.length > 0 ? ` (${kept.map((s) => `${s.group}: ${s.runs.join(' ')}`).join('; ')})` : ''}, and ${beyond(offered)} of ${offered.length} bins lie beyond ±1% ` +
        `(${beyond(measured)} of ${measured.length} with the measured rate): ` +
        (same ? 'the window does not make the pattern; it is the simulated server\'s own departure from Eq. 1.' : kept.length === 0 ? 'the pattern came from the measurement window.' : 'the window makes part of the pattern.'),
    );
  }
  const systems = simSystems(rows);
  if (systems.length > 0) {
    const ks = [...new Set(rows.map((r) => r.k))].sort((a, b) => a - b);
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of rows) {
      const c = r.prefill_tokens + 0.5 * r.decode_tokens;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    const contexts: [number, number] = hi > lo ? [lo, hi] : [lo, lo + 1];
    const all: BatchLinearity[] = systems.flatMap((s) => ks.map((k) => batchLinearity(s, { k, contexts })));
    const kneed = all.filter((b) => b.kneeBatch !== null);
    const convex = kept.filter((s) => s.runs.join(' ') === '+ − +').map((s) => s.group);
    if (kneed.length > 0) {
      bullets.push(
        `- The simulator's decode step is not linear in the batch: over its ${systems.length} system(s) here and k ∈ {${ks.join(', ')}}, an added sequence costs ` +
          `${range(all.map((b) => b.lowMsPerSeq))} ms from 1 to 2 sequences and ${range(all.map((b) => b.highMsPerSeq))} ms from 64 to 128; for ${kneed.length} of the ${all.length} (system, k) pairs ` +
          `it turns up by half or more from ${range(kneed.map((b) => b.kneeBatch as number), 3)} sequences on (the GEMMs go from reading the weights to computing). ` +
          (convex.length > 0
            ? `Latency then grows more slowly than linearly in B at light load and faster past the knee; against a straight line L = C1 + B·C2 that curve lies above at both ends and below between, ` +
              `the + − + run that the offered rate leaves in place for ${convex.join(', ')}.`
            : ''),
      );
    }
  }
  return `**Reading the offered-rate refit** (computed):\n\n${bullets.join('\n')}`;
}
