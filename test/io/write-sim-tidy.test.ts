import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSimTidy } from '../../lib/io/write-sim-tidy.js';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { simulateRates } from '../../lib/sim/simulate-rates.js';
import { fakeSystem } from '../sim/fake-system.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-sim-tidy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeSimTidy', () => {
  it('writes rows that read back identically, creating folders', () => {
    const rows = buildSimTidyRows(simulateRates(fakeSystem(), { prefillTokens: 64, decodeTokens: 16, k: 1, alpha: 0.5 }, [5], { durationS: 2, seed: 1 }));
    const file = writeSimTidy(rows, path.join(dir, 'a', 'b.csv'));
    expect(file).toBe(path.join(dir, 'a', 'b.csv'));
    const back = parseTidyCsv(fs.readFileSync(file, 'utf8'), { fileName: 'b.csv' });
    expect(back[0].mean_latency_s).toBe(rows[0].mean_latency_s);
    expect(back[0].preemptions).toBe(rows[0].preemptions);
    expect(() => writeSimTidy(null as unknown as [], file)).toThrow(/array of rows/);
  });
});
