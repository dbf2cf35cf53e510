import type { TableSpec } from '../../table/table-spec.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import type { Advice } from './advise.js';

const fin = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);

/**
 * The advice's tables: configurations with their coefficients, the advice per load (best,
 * latency, speedup, extrapolated), and the vLLM schedule (one row per batch range).
 *
 * @param a the advice
 * @param dataLabel which data (for the captions)
 * @returns [configurations, advice per load, schedule] (the schedule table only when there is one)
 * @example
 * adviceTables(advice, 'your measurements').map((t) => t.id);
 */
export function adviceTables(a: Advice, dataLabel: string): TableSpec[] {
  const unit = a.loadKind === 'rps' ? 'requests/s' : 'requests';
  const loadLabel = a.loadKind === 'rps' ? 'RPS' : 'concurrency';
  const be = new Map(a.breakEven.map((b) => [b.configuration.label, b.load]));
  const cap = new Map(a.capacity.map((c) => [c.configuration.label, c.load]));
  const tables: TableSpec[] = [
    {
      id: 'advise-configurations',
      caption: `Configurations in ${dataLabel} (${a.verifier}, ${a.hardware || 'unknown hardware'}, ${a.prefillTokens}/${a.decodeTokens} tokens): Eq. 1 coefficients and fit quality (fits with the ${fitLossPhrase(a.loss)}), break-even load against the baseline and capacity (${a.sloLatencyS === null ? 'saturation load' : `highest load with mean latency ≤ ${a.sloLatencyS} s`}).${a.notes.length > 0 ? ` Notes: ${a.notes.join('; ')}.` : ''}`,
      columns: [
        { key: 'label', label: 'configuration' },
        { key: 'source', label: 'source' },
        { key: 'c1', label: 'C1', unit: 's', digits: 4 },
        { key: 'c2', label: 'C2', unit: 's/request', digits: 5 },
        { key: 'r2', label: 'R²', digits: 4 },
        { key: 'n', label: 'points' },
        { key: 'breakEven', label: 'break-even', unit, digits: 2 },
        { key: 'capacity', label: 'capacity', unit, digits: 2 },
      ],
      rows: a.configurations.map((c) => ({ label: c.label, source: c.source, c1: c.c1, c2: c.c2, r2: c.r2, n: c.nPoints, breakEven: fin(be.get(c.label) ?? null), capacity: fin(cap.get(c.label) ?? null) })),
    },
    {
      id: 'advise-per-load',
      caption: `The fastest configuration at each load in ${dataLabel}, its predicted mean latency and speedup over the baseline; loads beyond the highest measured one (${a.maxMeasuredLoad.toPrecision(3)} ${unit}) are marked extrapolated.`,
      columns: [
        { key: 'load', label: loadLabel, unit, digits: 2 },
        { key: 'best', label: 'best configuration' },
        { key: 'latency', label: 'latency', unit: 's', digits: 3 },
        { key: 'speedup', label: 'speedup', unit: '×', digits: 2 },
        { key: 'extrapolated', label: 'extrapolated' },
      ],
      rows: a.loads.map((l) => ({ load: l.load, best: l.best?.label ?? 'all saturated', latency: fin(l.latencyS), speedup: fin(l.speedup), extrapolated: l.extrapolated ? 'yes' : '' })),
    },
  ];
  if (a.schedule) {
    tables.push({
      id: 'advise-vllm-schedule',
      caption: `vLLM draft length per batch-size range for ${a.schedule.drafter} (batch = RPS × L by Little's law): --speculative-config '${a.schedule.speculativeConfig}'`,
      columns: [
        { key: 'lo', label: 'batch from' },
        { key: 'hi', label: 'batch to' },
        { key: 'k', label: 'k' },
      ],
      rows: a.schedule.ranges.map(([lo, hi, k]) => ({ lo, hi, k })),
    });
  }
  return tables;
}
