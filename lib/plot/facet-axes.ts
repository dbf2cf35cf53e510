import { axisLayout } from './axis-layout.js';
import type { FacetPanel } from './facet-grid.js';

/**
 * The two layout axis entries of one {@link FacetPanel}: placed on the panel's domain and
 * anchored to each other. With `titleAll` false (small multiples of one quantity), only the
 * outer axes carry titles: x on the bottom panel of each column, y on the first column.
 * Spread the result into the layout.
 *
 * @param panel the panel from facetGrid
 * @param xTitle x axis title with units
 * @param yTitle y axis title with units
 * @param xExtra extra x axis keys (type, matches, range ...)
 * @param yExtra extra y axis keys
 * @param titleAll title every panel's axes (default true: panels show different quantities)
 * @returns `{ [panel.xKey]: ..., [panel.yKey]: ... }`
 * @example
 * facetAxes(facetGrid(1).panels[0], 'RPS (requests/s)', 'L (s)'); // { xaxis: {...}, yaxis: {...} }
 */
export function facetAxes(
  panel: FacetPanel,
  xTitle: string,
  yTitle: string,
  xExtra: Record<string, unknown> = {},
  yExtra: Record<string, unknown> = {},
  titleAll = true,
): Record<string, unknown> {
  const x = axisLayout(xTitle, { domain: panel.xDomain, anchor: panel.yaxis, ...xExtra });
  const y = axisLayout(yTitle, { domain: panel.yDomain, anchor: panel.xaxis, ...yExtra });
  if (!titleAll && !panel.bottom) delete x.title;
  if (!titleAll && panel.column !== 0) delete y.title;
  return { [panel.xKey]: x, [panel.yKey]: y };
}
