import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { AgreementRow } from '../../sim/calibration/external-agreement.js';

/** Agreement of one (source, pass, k) with its public measurements. */
export interface ExternalAgreementGroup {
  source: string;
  pass: string;
  k: number;
  /** Rows compared, and how many lie within the tolerance (|simulated / measured − 1| <= tolerance). */
  n: number;
  nWithin: number;
  /** Smallest and largest simulated / measured ratio. */
  minRatio: number;
  maxRatio: number;
  /** The same for the unadjusted roofline (before the source's offset). */
  minRooflineRatio: number;
  maxRooflineRatio: number;
  /** The source's software offset of this pass (ms). */
  offsetMs: number;
  /** Smallest and largest batch of the group, and the median ratio at each (over contexts). */
  firstBatch: number;
  lastBatch: number;
  firstBatchRatio: number;
  lastBatchRatio: number;
}

/** Result of {@link externalAgreementSummary}. */
export interface ExternalAgreementSummary {
  tolerance: number;
  groups: ExternalAgreementGroup[];
  /** Rows compared in all, and how many of them lie within the tolerance. */
  n: number;
  nWithin: number;
  /** Anchor rows: the one row per (source, pass) with a positive offset whose measurement set it (ratio 1 by construction). */
  nAnchors: number;
  /** Rows within the tolerance among the n − nAnchors that test the model. */
  nWithinTested: number;
  /** The row farthest from agreement. */
  worst: { source: string; pass: string; k: number; batch: number; contextTokens: number; ratio: number };
  /** Markdown: one sentence overall, then one bullet per (source, pass, k). */
  text: string;
}

/**
 * Summarises the simulator's agreement with public step timings (buildExternalAgreement rows)
 * against a tolerance, e.g. the issue's ±25%. A (source, pass) with a positive software offset has
 * one anchor row, the one at its smallest batch (then context), whose measurement set the
 * offset: its ratio is 1 by construction, so the summary also counts agreement over the other
 * rows alone. A (source, pass) without an offset has no anchor; without any offset the text says
 * that every row is a check. Per (source, pass, k) it also gives the median ratio at the smallest
 * and at the largest batch, which shows how the simulated cost grows with batch against the source.
 *
 * @param rows buildExternalAgreement output
 * @param options tolerance as a fraction (default 0.25)
 * @returns per-group counts and ratio ranges, overall counts, the worst row and sentences
 * @throws {Error} `externalAgreementSummary requires ...` for no rows, non-finite ratios or a tolerance outside (0, 1)
 * @example
 * externalAgreementSummary(rows).nWithinTested; // rows within ±25%, anchors excluded
 */
export function externalAgreementSummary(rows: readonly AgreementRow[], options: { tolerance?: number } = {}): ExternalAgreementSummary {
  const fn = 'externalAgreementSummary';
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of agreement rows`);
  const tolerance = options.tolerance ?? 0.25;
  if (!(tolerance > 0 && tolerance < 1)) throw new Error(`${fn} requires options.tolerance in (0, 1), got ${String(tolerance)}`);
  rows.forEach((r, i) => {
    for (const key of ['ratio', 'roofline_ratio', 'offset_ms', 'batch', 'context_tokens'] as const) {
      if (typeof r?.[key] !== 'number' || !Number.isFinite(r[key])) throw new Error(`${fn} requires rows[${i}].${key} to be a finite number`);
    }
  });
  const within = (r: AgreementRow): boolean => Math.abs(r.ratio - 1) <= tolerance + 1e-12;
  const anchors = new Map<string, AgreementRow>();
  for (const r of rows) {
    const key = `${r.source}|${r.pass}`;
    const a = anchors.get(key);
    if (a === undefined || r.batch < a.batch || (r.batch === a.batch && r.context_tokens < a.context_tokens)) anchors.set(key, r);
  }
  // Only a positive offset was set from its anchor row (buildExternalAgreement: offset = max(0, measured - roofline)).
  const anchorSet = new Set([...anchors.values()].filter((r) => r.offset_ms > 0));
  const groups = new Map<string, AgreementRow[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.source, r.pass, r.k]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const summaries: ExternalAgreementGroup[] = [...groups.values()].map((g) => ({
    source: g[0].source,
    pass: g[0].pass,
    k: g[0].k,
    n: g.length,
    nWithin: g.filter(within).length,
    minRatio: Math.min(...g.map((r) => r.ratio)),
    maxRatio: Math.max(...g.map((r) => r.ratio)),
    minRooflineRatio: Math.min(...g.map((r) => r.roofline_ratio)),
    maxRooflineRatio: Math.max(...g.map((r) => r.roofline_ratio)),
    offsetMs: g[0].offset_ms,
    ...batchEnds(g),
  }));
  const worstRow = rows.reduce((a, b) => (Math.abs(b.ratio - 1) > Math.abs(a.ratio - 1) ? b : a));
  const tested = rows.filter((r) => !anchorSet.has(r));
  const nWithin = rows.filter(within).length;
  const nWithinTested = tested.filter(within).length;
  const pct = `±${formatNumber(tolerance * 100)}%`;
  const verdict = nWithin === rows.length ? 'all of them agree' : `${rows.length - nWithin} do not`;
  const passName = (r: { pass: string; k: number }): string => `${r.pass}${r.pass === 'verify' || r.pass === 'sd_step' ? ` k = ${r.k}` : ''}`;
  const lines = [
    `${nWithin} of ${rows.length} simulated step times lie within ${pct} of the public measurements (${verdict}); ` +
      (anchorSet.size > 0
        ? `${anchorSet.size} (source, pass) group(s) carry a software offset set at their smallest batch and context; leaving out their anchor rows, which agree by construction, ${nWithinTested} of ${tested.length}. `
        : 'no software offset is fitted to these timings, so every row is a check. ') +
      `Farthest: ${worstRow.source} ${passName(worstRow)} at batch ${worstRow.batch}, context ${worstRow.context_tokens}: ratio ${formatNumber(worstRow.ratio)}.`,
    '',
    ...summaries.map(
      (g) =>
        `- ${g.source} ${passName(g)}: ${g.nWithin}/${g.n} within ${pct}, ratio ${formatNumber(g.minRatio)} to ${formatNumber(g.maxRatio)}` +
        (g.lastBatch > g.firstBatch ? `; median ratio ${formatNumber(g.firstBatchRatio)} at batch ${g.firstBatch}, ${formatNumber(g.lastBatchRatio)} at batch ${g.lastBatch}` : '') +
        (g.offsetMs > 0
          ? ` (unadjusted roofline ${formatNumber(g.minRooflineRatio)} to ${formatNumber(g.maxRooflineRatio)}, offset ${formatNumber(g.offsetMs)} ms)`
          : ' (no offset)'),
    ),
  ];
  return {
    tolerance,
    groups: summaries,
    n: rows.length,
    nWithin,
    nAnchors: anchorSet.size,
    nWithinTested,
    worst: { source: worstRow.source, pass: worstRow.pass, k: worstRow.k, batch: worstRow.batch, contextTokens: worstRow.context_tokens, ratio: worstRow.ratio },
    text: lines.join('\n'),
  };
}

/** The smallest and largest batch of a group and the median ratio at each. */
function batchEnds(g: readonly AgreementRow[]): Pick<ExternalAgreementGroup, 'firstBatch' | 'lastBatch' | 'firstBatchRatio' | 'lastBatchRatio'> {
  const batches = g.map((r) => r.batch);
  const firstBatch = Math.min(...batches);
  const lastBatch = Math.max(...batches);
  const at = (b: number): number => median(g.filter((r) => r.batch === b).map((r) => r.ratio));
  return { firstBatch, lastBatch, firstBatchRatio: at(firstBatch), lastBatchRatio: at(lastBatch) };
}
