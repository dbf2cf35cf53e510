import { formatNumber } from '../../util/format-number.js';
import type { ThroughputFractions } from './throughput-fractions.js';

/**
 * Reads the throughput fractions (measured throughput × C2, throughputFractions): in how many
 * groups every configuration tops out before the pole 1/C2 of its Eq. 1 fit (where the pole is
 * an extrapolation, not a measured capacity), and which group reaches the smallest fraction
 * against the range of the others.
 *
 * @param fractions throughputFractions output
 * @param groupBy the noun of the groups (e.g. 'verifier')
 * @returns one or two sentences
 * @throws {Error} `throughputReading requires throughputFractions output`
 * @example
 * throughputReading(throughputFractions(rows, fits), 'verifier');
 * // 'In 5 of 5 verifier groups every configuration's measured throughput stays below ... Smallest: Qwen3-32B, ...'
 */
export function throughputReading(fractions: ThroughputFractions, groupBy: string): string {
  if (!fractions || !Array.isArray(fractions.groups)) throw new Error('throughputReading requires throughputFractions output');
  const groups = fractions.groups;
  if (groups.length === 0) return 'No configuration has a throughput benchmark, so the pole 1/C2 cannot be compared with a measured capacity.';
  const below = groups.filter((g) => g.max < 1);
  const largest = Math.max(...groups.map((g) => g.max));
  let text =
    `In ${below.length} of ${groups.length} ${groupBy} group(s) every configuration's measured throughput stays below the pole 1/C2 of its fit ` +
    `(largest fraction over all: ${formatNumber(largest, 2)})` +
    (below.length === groups.length
      ? ': the pole is where Eq. 1 would diverge, an extrapolation beyond what the server sustained, not a measured capacity.'
      : `; in ${groups.filter((g) => g.max >= 1).map((g) => g.group).join(', ')} some configurations reach or pass it.`);
  if (groups.length >= 2) {
    const sorted = [...groups].sort((a, b) => a.median - b.median);
    const others = sorted.slice(1);
    text +=
      ` Smallest median fraction: ${sorted[0].group}, ${formatNumber(sorted[0].median, 2)} of 1/C2, against ` +
      `${formatNumber(Math.min(...others.map((g) => g.median)), 2)}–${formatNumber(Math.max(...others.map((g) => g.median)), 2)} for the others.`;
  }
  return text;
}
