import { formatNumber } from '../../util/format-number.js';
import type { LatencyCurveFit, LatencyCurvePoint } from './latency-curves-figure.js';

/** How the longest draft's Eq. 1 curve lies against the shortest draft's in one panel. */
export interface CurveOrderFacet {
  facet: string;
  /** Series labels of the shortest and longest draft shown, e.g. 'k = 1', 'k = 10'. */
  short: string;
  long: string;
  /** 'above' or 'below' at every rate from 0 to the panel's highest measured rate, or 'crosses'. */
  relation: 'above' | 'below' | 'crosses';
  /** First crossing (requests/s), when the curves cross. */
  crossRps: number | null;
}

const SAMPLES = 200;

/**
 * Fig. 2a read along the panels: in each panel (α), does the longest draft's fitted curve
 * L = C1/(1 − RPS·C2) lie above the shortest draft's at every rate from 0 to the highest rate
 * measured in the panel, below it, or do they cross (and where)? Rates where either curve is
 * past its pole are not compared.
 *
 * @param curves latencyCurveData output with series 'k = <n>'
 * @returns per panel the relation, and one sentence over all panels
 * @throws {Error} `curveOrder requires ...` for series that are not draft lengths or fewer than two per panel
 * @example
 * curveOrder(latencyCurveData(rows, fits, { ks: [1, 10], alphas: [0.5, 0.9] })).text;
 * // 'Longest against shortest draft shown, from 0 to each panel's highest measured rate: α = 0.50: k = 10 above k = 1 at every rate; ...'
 */
export function curveOrder(curves: { points: readonly LatencyCurvePoint[]; fits: readonly LatencyCurveFit[] }): { facets: CurveOrderFacet[]; text: string } {
  const fn = 'curveOrder';
  const kOf = (series: string): number => {
    const m = /^k = (\d+)$/.exec(series);
    if (!m) throw new Error(`${fn} requires series named 'k = <n>', got ${JSON.stringify(series)}`);
    return Number(m[1]);
  };
  const facetNames = [...new Set(curves.fits.map((f) => f.facet ?? ''))];
  const facets: CurveOrderFacet[] = facetNames.map((facet) => {
    const own = curves.fits.filter((f) => (f.facet ?? '') === facet).sort((a, b) => kOf(a.series) - kOf(b.series));
    if (own.length < 2) throw new Error(`${fn} requires at least two draft lengths per panel, ${facet || 'the panel'} has ${own.length}`);
    const short = own[0];
    const long = own[own.length - 1];
    const rates = curves.points.filter((p) => (p.facet ?? '') === facet && (p.series === short.series || p.series === long.series)).map((p) => p.rps);
    const top = Math.max(...rates);
    let sign = 0;
    let relation: CurveOrderFacet['relation'] | null = null;
    let crossRps: number | null = null;
    let previous: { r: number; d: number } | null = null;
    for (let i = 0; i <= SAMPLES; i++) {
      const r = (top * i) / SAMPLES;
      if (r * short.c2 >= 1 || r * long.c2 >= 1) break;
      const d = long.c1 / (1 - r * long.c2) - short.c1 / (1 - r * short.c2);
      const s = Math.sign(d);
      if (sign === 0) sign = s;
      else if (s !== 0 && s !== sign && relation === null) {
        relation = 'crosses';
        crossRps = previous ? previous.r + ((r - previous.r) * previous.d) / (previous.d - d) : r;
      }
      previous = { r, d };
    }
    return { facet, short: short.series, long: long.series, relation: relation ?? (sign >= 0 ? 'above' : 'below'), crossRps };
  });
  const sentence = (f: CurveOrderFacet): string =>
    `${f.facet ? `${f.facet}: ` : ''}${f.long} ` +
    (f.relation === 'crosses' ? `crosses ${f.short} at RPS ≈ ${formatNumber(f.crossRps as number, 3)}` : `${f.relation} ${f.short} at every rate`);
  return { facets, text: `Longest against shortest draft shown, from 0 to each panel's highest measured rate: ${facets.map(sentence).join('; ')}.` };
}
