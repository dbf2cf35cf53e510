import { readFile } from 'node:fs/promises';

/**
 * Reads the parameter values each leave-one-verifier-out fold fitted from the report's JSON table
 * (data/calibration-lovo.json, written by scripts/calibrate-sim.ts --lovo: a `values` column
 * holding the fold's parameters as JSON).
 *
 * @param file path of the JSON table
 * @returns the values per held-out verifier (verifiers without a `values` cell are left out)
 * @throws {Error} `loadLovoValues: <file>: <problem>` when the file cannot be read or a `values` cell is not a JSON object of finite numbers
 * @example
 * (await loadLovoValues('data/calibration-lovo.json'))['Qwen3-32B'].gemmPadTokens;
 */
export async function loadLovoValues(file: string): Promise<Record<string, Record<string, number>>> {
  const fn = 'loadLovoValues';
  let doc: { rows?: unknown };
  try {
    doc = JSON.parse(await readFile(file, 'utf8')) as { rows?: unknown };
  } catch (err) {
    throw new Error(`${fn}: ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.rows)) throw new Error(`${fn}: ${file}: rows: missing (not a table)`);
  const out: Record<string, Record<string, number>> = {};
  doc.rows.forEach((r: { verifier?: unknown; values?: unknown }, i: number) => {
    if (typeof r?.verifier !== 'string' || typeof r.values !== 'string') return;
    let values: unknown;
    try {
      values = JSON.parse(r.values);
    } catch {
      throw new Error(`${fn}: ${file}: rows[${i}].values: not JSON`);
    }
    if (values === null || typeof values !== 'object' || !Object.values(values).every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new Error(`${fn}: ${file}: rows[${i}].values: not an object of finite numbers`);
    }
    out[r.verifier] = values as Record<string, number>;
  });
  return out;
}
