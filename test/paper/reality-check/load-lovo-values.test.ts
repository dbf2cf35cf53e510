import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLovoValues } from '../../../lib/paper/reality-check/load-lovo-values.js';

const write = (doc: unknown): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lovo-')), 'lovo.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
};

describe('loadLovoValues', () => {
  it("reads each fold's parameter values, skipping rows without them", async () => {
    const file = write({ rows: [{ verifier: 'A', values: '{"computeEff":0.6,"seqCpuS":8e-5}' }, { verifier: 'all' }] });
    expect(await loadLovoValues(file)).toEqual({ A: { computeEff: 0.6, seqCpuS: 8e-5 } });
  });

  it('names a missing file, a non-table and bad values', async () => {
    await expect(loadLovoValues('/nonexistent/lovo.json')).rejects.toThrow('loadLovoValues: /nonexistent/lovo.json: ENOENT');
    await expect(loadLovoValues(write({ x: 1 }))).rejects.toThrow('rows: missing (not a table)');
    await expect(loadLovoValues(write({ rows: [{ verifier: 'A', values: '{' }] }))).rejects.toThrow('rows[0].values: not JSON');
    await expect(loadLovoValues(write({ rows: [{ verifier: 'A', values: '{"a":"x"}' }] }))).rejects.toThrow('rows[0].values: not an object of finite numbers');
  });
});
