import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulateCommand } from '../../lib/cli/simulate-command.js';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import { parseMeasurements } from '../../lib/data/parse-measurements.js';
import { getSystemSpec, listSystems } from '../../lib/sim/system-registry.js';
import { captureIo } from './capture-io.js';


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-sim-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const SYS = 'qwen3-0.6b@a100-80gb';

describe('speclat simulate', () => {
  it('--list and --print-spec show the registry', async () => {
    const io = captureIo();
    expect(await simulateCommand(['--list'], io)).toBe(0);
    expect(io.out.trim().split('\n')).toEqual(listSystems());
    const spec = captureIo();
    expect(await simulateCommand(['--print-spec', SYS], spec)).toBe(0);
    expect(JSON.parse(spec.out)).toEqual(getSystemSpec(SYS));
  });

  it('prints the tidy CSV of a sweep, deterministic for a seed', async () => {
    const args = ['--system', SYS, '--k', '2', '--alpha', '0.7', '--prefill', '256', '--decode', '64', '--sweep', '4', '--duration', '3', '--seed', '5'];
    const a = captureIo();
    expect(await simulateCommand(args, a)).toBe(0);
    const rows = parseTidyCsv(a.out, { fileName: 'sim.csv' });
    expect(rows.map((r) => r.strategy)).toEqual(['synchronous', 'throughput', 'constant', 'constant']);
    expect(rows[0]).toMatchObject({ verifier: 'Qwen3-0.6B', k: 2, alpha: 0.7, prefill_tokens: 256, decode_tokens: 64, source: `sim:${SYS}:seed=${rows[0].source.split('=')[1]}` });
    expect(a.err).toMatch(/1 configuration\(s\), 4 tidy row\(s\)/);
    const b = captureIo();
    await simulateCommand(args, b);
    expect(b.out).toBe(a.out);
  });

  it('writes GuideLLM reports for given rates, from a spec file, readable by the loader', async () => {
    const specFile = path.join(dir, 'spec.json');
    fs.writeFileSync(specFile, JSON.stringify(getSystemSpec(SYS)));
    const io = captureIo();
    const out = path.join(dir, 'g');
    expect(await simulateCommand(['--system', specFile, '--rates', '2,4', '--duration', '3', '--format', 'guidellm', '--out', out], io)).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^qwen3-0\.6b-a100-80gb_p512_g128_k0_base_seed\d+\.benchmarks\.json$/);
    expect(files[1]).toBe(`${files[0]}.meta.json`);
    const rows = parseMeasurements(fs.readFileSync(path.join(out, files[0]), 'utf8'), { fileName: files[0] });
    expect(rows.map((r) => r.rate_rps)).toEqual([2, 4]);
  });

  it('rejects bad usage with a one-line reason', async () => {
    const io = captureIo();
    expect(await simulateCommand([], io)).toBe(2);
    expect(io.err).toMatch(/--system is required/);
    await expect(simulateCommand(['--system', SYS, '--k', '2'], captureIo())).rejects.toThrow(/--alpha or --acceptance-rates when --k > 0/);
    await expect(simulateCommand(['--system', SYS, '--sweep', '2'], captureIo())).rejects.toThrow(/--sweep to be an integer >= 3/);
    await expect(simulateCommand(['--system', SYS, '--rates', '1,x'], captureIo())).rejects.toThrow(/--rates to be a comma-separated list/);
    await expect(simulateCommand(['--system', SYS, '--grid', 'paper', '--k', '1'], captureIo())).rejects.toThrow(/no --k with --grid/);
    await expect(simulateCommand(['--system', SYS, '--format', 'xml'], captureIo())).rejects.toThrow(/--format tidy or guidellm/);
    await expect(simulateCommand(['--system', 'no-such-system'], captureIo())).rejects.toThrow(/known system name/);
    expect(await simulateCommand(['--bogus'], captureIo())).toBe(2);
  });
});
