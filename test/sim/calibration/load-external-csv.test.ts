import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExternalCsv } from '../../../lib/sim/calibration/load-external-csv.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'speclat-external-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadExternalCsv', () => {
  it('reads numbers as numbers, text as text and empty cells as null', async () => {
    const file = path.join(dir, 'speedup.csv');
    writeFileSync(file, 'target,batch_size,best_k_h100\nLlama2-7B,32,3\nLlama2-7B,128,\n');
    expect(await loadExternalCsv(file)).toEqual([
      { target: 'Llama2-7B', batch_size: 32, best_k_h100: 3 },
      { target: 'Llama2-7B', batch_size: 128, best_k_h100: null },
    ]);
  });

  it('reads the shipped MagicDec file exactly as its source states it', async () => {
    const rows = await loadExternalCsv(path.resolve(__dirname, '../../../data/external/magicdec-batch-latency.csv'));
    expect(rows.map((r) => r.batch_size)).toEqual([32, 48, 64, 128]);
    expect(rows[0]).toEqual({ batch_size: 32, ar_latency_ms_per_token: 16.53, ar_throughput_tok_s: 1936, sd_latency_ms_per_token: 12.83, sd_throughput_tok_s: 2493 });
  });

  it('names the file when it cannot be read or parsed', async () => {
    await expect(loadExternalCsv(path.join(dir, 'missing.csv'))).rejects.toThrow(/^loadExternalCsv: .*missing\.csv: ENOENT/);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'a,b\n1\n');
    await expect(loadExternalCsv(bad)).rejects.toThrow('parseExternalCsv: bad.csv: line 2: 1 cells, header has 2');
    await expect(loadExternalCsv('')).rejects.toThrow('loadExternalCsv requires a file path');
  });
});
