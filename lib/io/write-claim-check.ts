import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClaimCheck } from './claim-check.js';
import { checkClaimCheck } from './claim-check.js';

/**
 * Writes one claim check as `<outDir>/<claim>.<data>.json`, from which out/index.html builds its
 * reproduction scorecard. A later check of the same claim on the same data replaces it.
 *
 * @param check the verdict, its evidence and the figure that shows it
 * @param options the output folder (default 'out/claims')
 * @returns the absolute path written
 * @throws {Error} `writeClaimCheck requires ...` for a malformed check
 * @example
 * writeClaimCheck({ claim: 'fig1-collapse', data: 'real', verdict: 'holds', evidence: 'median |dev| 2.1%', figure: 'fig01-collapse', notebook: '01-baseline-collapse' });
 */
export function writeClaimCheck(check: ClaimCheck, options: { outDir?: string } = {}): string {
  checkClaimCheck(check, 'writeClaimCheck');
  const outDir = path.resolve(options.outDir ?? 'out/claims');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${check.claim}.${check.data}.json`);
  const record: ClaimCheck = { claim: check.claim, data: check.data, verdict: check.verdict, evidence: check.evidence, figure: check.figure, notebook: check.notebook };
  fs.writeFileSync(file, JSON.stringify(record, null, 1) + '\n');
  return file;
}
