import * as fs from 'node:fs';

/**
 * Reads the plotly.js bundle shipped in node_modules (plotly.js-dist-min, about 4.8 MB),
 * for inlining into offline HTML and for loading into the headless browser.
 *
 * @returns the source text of plotly.min.js
 * @throws {Error} `readPlotlyJs requires the npm package plotly.js-dist-min` when it is not installed
 * @example
 * const js = readPlotlyJs(); // '/**\n* plotly.js v3.7.0 ...'
 */
export function readPlotlyJs(): string {
  let file: string;
  try {
    file = require.resolve('plotly.js-dist-min/plotly.min.js');
  } catch {
    throw new Error('readPlotlyJs requires the npm package plotly.js-dist-min (run npm ci)');
  }
  return fs.readFileSync(file, 'utf8');
}
