import * as fs from 'node:fs';
import * as path from 'node:path';
import { readPlotlyJs } from './read-plotly-js.js';

/** The file name of the shared plotly.js copy that every written page loads. */
export const PLOTLY_FILE = 'plotly.min.js';

/**
 * Writes the shared copy of plotly.js (`<dir>/plotly.min.js`, about 4.8 MB) that figure pages,
 * out/index.html and the executed notebooks load with a relative `<script src>`, so that the
 * outputs open offline with one copy of the library instead of one per page. A copy that is
 * already there with the same content is left alone.
 *
 * @param dir the folder to write into (created when missing)
 * @param source the plotly.js text (default: the bundle in node_modules, see readPlotlyJs)
 * @returns the absolute path of the file
 * @throws {Error} `writePlotlyJs requires a folder name` for an empty dir; readPlotlyJs's error
 *   when plotly.js-dist-min is not installed
 * @example
 * writePlotlyJs('out/figures'); // '/abs/out/figures/plotly.min.js'
 */
export function writePlotlyJs(dir: string, source?: string): string {
  if (typeof dir !== 'string' || dir === '') throw new Error('writePlotlyJs requires a folder name');
  const text = source ?? readPlotlyJs();
  const file = path.resolve(dir, PLOTLY_FILE);
  const same = fs.existsSync(file) && fs.statSync(file).size === Buffer.byteLength(text) && fs.readFileSync(file, 'utf8') === text;
  if (!same) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.part`, text);
    fs.renameSync(`${file}.part`, file);
  }
  return file;
}
