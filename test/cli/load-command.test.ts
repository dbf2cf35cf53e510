import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import { TIDY_COLUMNS } from '../../lib/data/tidy-schema.js';
import { REDUCED_NAME, fixturePath } from '../data/fixtures.js';
import { captureIo } from './capture-io.js';


const summary = fixturePath('vllm/sweep-summary.json');
const reduced = fixturePath(`reduced/${REDUCED_NAME}`);

describe('speclat load', () => {
  it('prints an aligned text table by default', async () => {
    const io = captureIo();
    expect(await main(['load', summary], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(/\s+/)).toEqual([...TIDY_COLUMNS]);
    // measured_rps 5.859229976904171 to 4 significant digits, right-aligned under its header.
    const col = lines[0].indexOf('measured_rps') + 'measured_rps'.length;
    expect(lines[1].slice(0, col).trimEnd().endsWith('5.859')).toBe(true);
    expect(lines[2].slice(0, col).trimEnd().endsWith('12.46')).toBe(true);
    expect(lines[1]).toContain('facebook/opt-125m');
    expect(io.err).toBe('');
  });

  it('--csv prints the tidy CSV; --json an array of rows', async () => {
    const csv = captureIo();
    expect(await main(['load', reduced, '--csv'], csv)).toBe(0);
    const rows = parseTidyCsv(csv.out, { fileName: 'out.csv' });
    expect(rows.map((r) => r.strategy)).toEqual(['synchronous', 'throughput', 'constant', 'constant']);
    expect(rows[1].measured_rps).toBe(13.513320714184953);
    const json = captureIo();
    expect(await main(['load', reduced, summary, '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed).toHaveLength(6);
    expect(parsed[0]).toMatchObject({ verifier: 'Qwen3-8B', k: 3, alpha: 0.7, hardware: 'A100-80GB' });
  });

  it('applies --verifier --drafter --hardware --k --alpha --prefill --decode', async () => {
    const io = captureIo();
    const args = ['load', summary, '--json', '--verifier', 'OPT-125M', '--drafter', 'ngram', '--hardware', 'RTX3090', '--k', '4', '--alpha', '0.6', '--prefill', '30', '--decode', '20'];
    expect(await main(args, io)).toBe(0);
    const [r] = JSON.parse(io.out);
    expect(r).toMatchObject({ verifier: 'OPT-125M', drafter: 'ngram', hardware: 'RTX3090', k: 4, alpha: 0.6, prefill_tokens: 30, decode_tokens: 20 });
  });

  it('reports bad input in one line with exit 1, bad usage with exit 2', async () => {
    let io = captureIo();
    expect(await main(['load', summary, '--k', '1.5'], io)).toBe(1);
    expect(io.err).toBe('speclat load: load requires --k to be an integer >= 0, got "1.5"\n');
    io = captureIo();
    expect(await main(['load', '/no/such/file.json'], io)).toBe(1);
    expect(io.err).toBe('speclat load: loadMeasurements: /no/such/file.json: (path): not found\n');
    io = captureIo();
    expect(await main(['load', summary, '--csv', '--json'], io)).toBe(1);
    io = captureIo();
    expect(await main(['load'], io)).toBe(2);
    expect(io.err).toMatch(/^speclat load: no FILE given\nusage: speclat load/);
    io = captureIo();
    expect(await main(['load', '--bogus', summary], io)).toBe(2);
    io = captureIo();
    expect(await main(['load', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^usage: speclat load FILE\|DIR\.\.\./);
  });

  it('--skip-invalid lists skipped files on stderr', async () => {
    const io = captureIo();
    expect(await main(['load', summary, fixturePath('tidy'), fixturePath('../../data/fixtures.ts'), '--skip-invalid', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toHaveLength(2 + 3);
    expect(io.err).toMatch(/^speclat load: warning: skipped file: parseMeasurements: .*fixtures\.ts: \(document\): /);
  });
});
