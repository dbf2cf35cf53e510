import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
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

  it('--skip-invalid that leaves no row is an error naming what was skipped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'speclat-none-'));
    writeFileSync(path.join(dir, 'a.json'), '{"truncated": ');
    const io = captureIo();
    expect(await main(['load', dir, '--skip-invalid'], io)).toBe(1);
    expect(io.err).toMatch(/^speclat load: warning: skipped file: parseMeasurements: .*a\.json: \(document\): not valid JSON/);
    expect(io.err).toMatch(/\nspeclat load: loadMeasurements: .*: \(rows\): none left: skipInvalid skipped every benchmark \(1 skipped; first: parseMeasurements: .*a\.json: \(document\): not valid JSON.*\)\n$/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names files in natural order, maps CSV columns, and notes a near-zero acceptance on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'speclat-order-'));
    const sd = JSON.parse(readFileSync(fixturePath('vllm/bench-serve-sd.json'), 'utf8'));
    for (const c of [128, 2, 16]) writeFileSync(path.join(dir, `conc${c}.json`), JSON.stringify({ ...sd, spec_decode_accepted_tokens: 52, spec_decode_draft_tokens: 744390 }));
    let io = captureIo();
    // A shell expands conc*.json in text order: conc128, conc16, conc2.
    expect(await main(['load', ...['conc128.json', 'conc16.json', 'conc2.json'].map((f) => path.join(dir, f)), '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).map((r: TidyRow) => path.basename(r.source))).toEqual(['conc2.json', 'conc16.json', 'conc128.json']);
    expect(io.err.trimEnd().split('\n')).toHaveLength(3);
    expect(io.err).toMatch(/^speclat load: warning: .*conc2\.json: near-zero speculative acceptance: 52 of 744390 drafted tokens accepted/);
    io = captureIo();
    const columns = 'verifier=model,mean_prompt_tokens=input_len,mean_output_tokens=output_len,rate_rps=request_rate,duration_s=duration,measured_rps=req_per_s,mean_latency_s=mean_e2e_latency_s';
    expect(await main(['load', fixturePath('csv/user-summary-llama33-70b.csv'), '--columns', columns, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).map((r: TidyRow) => r.decode_tokens)).toEqual([213, 213, 213, 213]);
    io = captureIo();
    expect(await main(['load', fixturePath('csv/user-summary-llama33-70b.csv')], io)).toBe(1);
    expect(io.err).toMatch(/^speclat load: parseTidyCsv: .*user-summary-llama33-70b\.csv: header: missing columns verifier, /);
    rmSync(dir, { recursive: true, force: true });
  });
});
