import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimCheck } from '../../lib/io/claim-check.js';
import { writeClaimCheck } from '../../lib/io/write-claim-check.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-claims-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const good: ClaimCheck = { claim: 'fig7-held-out', data: 'simulated', verdict: 'partly', evidence: '3 of 8 systems ≥ 0.97', figure: 'tab05-held-out-r2', notebook: '05-generalisation' };

describe('writeClaimCheck', () => {
  it('writes <claim>.<data>.json, replacing an earlier check of the same claim and data', () => {
    const file = writeClaimCheck(good, { outDir: dir });
    expect(path.basename(file)).toBe('fig7-held-out.simulated.json');
    writeClaimCheck({ ...good, verdict: 'holds' }, { outDir: dir });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ ...good, verdict: 'holds' });
    expect(fs.readdirSync(dir)).toEqual(['fig7-held-out.simulated.json']);
  });

  it('names the first bad field', () => {
    expect(() => writeClaimCheck({ ...good, verdict: 'maybe' as ClaimCheck['verdict'] }, { outDir: dir })).toThrow(
      'writeClaimCheck requires verdict among holds, partly, fails, untestable, got "maybe"',
    );
    expect(() => writeClaimCheck({ ...good, data: 'made-up' as ClaimCheck['data'] }, { outDir: dir })).toThrow('writeClaimCheck requires data among real, simulated, public');
    expect(() => writeClaimCheck({ ...good, evidence: ' ' }, { outDir: dir })).toThrow('writeClaimCheck requires a non-empty evidence');
    expect(() => writeClaimCheck({ ...good, claim: '../x' }, { outDir: dir })).toThrow('writeClaimCheck requires a claim id of letters');
    expect(() => writeClaimCheck({ ...good, figure: '' }, { outDir: dir })).toThrow('writeClaimCheck requires figure to be an id or null');
  });
});
