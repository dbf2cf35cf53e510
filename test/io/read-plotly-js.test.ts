import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlotlyJs } from '../../lib/io/read-plotly-js.js';

describe('readPlotlyJs', () => {
  it('returns the installed plotly.js bundle, whose header names the installed version', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../node_modules/plotly.js-dist-min/package.json'), 'utf8'),
    ) as { version: string };
    const js = readPlotlyJs();
    expect(js.slice(0, 200)).toContain(`plotly.js v${pkg.version}`);
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain('window.Plotly');
  });
});
