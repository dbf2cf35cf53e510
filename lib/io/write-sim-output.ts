import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MeasurementConfig } from '../data/measurement-config.js';
import { buildSimGuidellmReport } from '../sim/build-sim-guidellm-report.js';
import { buildSimTidyRows } from '../sim/build-sim-tidy-rows.js';
import type { SimRunResult } from '../sim/sim-run-types.js';
import { writeSimTidy } from './write-sim-tidy.js';

/** Options of {@link writeSimOutput}. */
export interface WriteSimOutputOptions {
  /** Output folder (created if missing). Default 'out/sim'. */
  outDir?: string;
  /** 'tidy' (one CSV of all benchmarks), 'guidellm' (one benchmarks.json per run, with a .meta.json sidecar) or 'both' (default). */
  format?: 'tidy' | 'guidellm' | 'both';
  /** File name of the tidy CSV (default 'sim-tidy.csv'). */
  tidyFileName?: string;
  /** Per-request records kept per status in the GuideLLM reports (default 10; null = all). */
  sampleRequests?: number | null;
}

/**
 * Writes simulation results: the tidy table as CSV (formatTidyCsv; benchmarks without a
 * successful request have no row) and/or one GuideLLM 0.5-shaped report per run
 * (`<system>_p<P>_g<G>_k<K>_<acceptance>_seed<S>.benchmarks.json`, see buildSimGuidellmReport), each
 * with a sidecar `<file>.meta.json` holding what GuideLLM files lack (drafter, hardware, k,
 * alpha), so that `speclat load` reads the same configuration back.
 *
 * @param runs one run or several (sweeps or rate lists)
 * @param options outDir ('out/sim'), format ('both'), tidyFileName, sampleRequests
 * @returns the absolute paths written, in order
 * @throws {Error} `writeSimOutput requires ...` for no runs or a bad format; file-system errors
 * @example
 * writeSimOutput(simulateSweep(system, workload, { seed: 1 }), { outDir: 'out/sim', format: 'guidellm' });
 */
export function writeSimOutput(runs: SimRunResult | SimRunResult[], options: WriteSimOutputOptions = {}): string[] {
  const list = Array.isArray(runs) ? runs : [runs];
  if (list.length === 0) throw new Error('writeSimOutput requires at least one run');
  const format = options.format ?? 'both';
  if (format !== 'tidy' && format !== 'guidellm' && format !== 'both') {
    throw new Error(`writeSimOutput requires format 'tidy', 'guidellm' or 'both', got ${String(format)}`);
  }
  const outDir = path.resolve(options.outDir ?? 'out/sim');
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  if (format !== 'guidellm') {
    written.push(writeSimTidy(list.flatMap((r) => buildSimTidyRows(r)), path.join(outDir, options.tidyFileName ?? 'sim-tidy.csv')));
  }
  if (format !== 'tidy') {
    const used = new Set<string>();
    for (const run of list) {
      let stem = reportStem(run);
      for (let n = 2; used.has(stem); n++) stem = `${reportStem(run)}_${n}`;
      used.add(stem);
      const file = path.join(outDir, `${stem}.benchmarks.json`);
      fs.writeFileSync(file, JSON.stringify(buildSimGuidellmReport(run, { sampleRequests: options.sampleRequests })) + '\n');
      fs.writeFileSync(`${file}.meta.json`, JSON.stringify(sidecar(run), null, 1) + '\n');
      written.push(file, `${file}.meta.json`);
    }
  }
  return written;
}

function reportStem(run: SimRunResult): string {
  const b = run.benchmarks[0];
  const w = b.workload;
  const acc = w.k === 0 ? 'base' : w.acceptanceRates ? 'rates' : `a${w.alpha}`;
  const safe = b.system.name.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${safe}_p${w.prefillTokens}_g${w.decodeTokens}_k${w.k}_${acc}_seed${run.seed === null ? 'rng' : run.seed}`;
}

function sidecar(run: SimRunResult): MeasurementConfig {
  const b = run.benchmarks[0];
  const w = b.workload;
  return {
    verifier: b.system.verifier,
    drafter: w.k > 0 ? b.system.drafter : '',
    hardware: b.system.hardware,
    prefill_tokens: w.prefillTokens,
    decode_tokens: w.decodeTokens,
    k: w.k,
    alpha: w.k > 0 && w.alpha !== undefined && w.alpha !== null ? w.alpha : null,
  };
}
