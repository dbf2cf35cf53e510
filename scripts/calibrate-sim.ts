/**
 * Calibrates the simulator against the real speculators-scaling sweeps (Qwen3 0.6B-32B with
 * EAGLE heads on one A100, vLLM V1, GuideLLM 512/128, 90 s benchmarks, max concurrency 128).
 *
 *   npx tsx scripts/calibrate-sim.ts [--data DIR] [--fit] [--fit-duration 45] [--max-evals N]
 *                                    [--duration 90] [--params a,b,c]
 *                                    [--lovo] [--lovo-evals 150] [--lovo-fit-duration 30] [--lovo-start FILE]
 *
 * Without --fit it only evaluates the committed calibration (lib/sim/specs/calibration.json).
 * With --fit it fits the global parameters (Nelder-Mead, fixed seeds) on a subset of sweeps
 * (alpha in {0.5, 0.7, 0.9, 1.0} x k in {1, 3, 6, 10} for every verifier, shorter benchmarks),
 * writes the fitted calibration.json, then evaluates ALL steady-state points at 90 s.
 * With --lovo it also runs the leave-one-verifier-out check: for each real verifier, the
 * parameters are re-fitted (from --lovo-start, default the committed calibration, at most
 * --lovo-evals evaluations) on the other verifiers' fit subset, and the held-out verifier's
 * every steady-state point is replayed at 90 s (data/calibration-lovo.{csv,md,json}).
 * Writes data/calibration-report.{csv,md,json} (the .md also carries the leave-one-verifier-out
 * table when data/calibration-lovo.json exists) and data/external-agreement.{csv,md,json}.
 * The simulator is tuned only to match real measurements, never the paper's model.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMeasurements } from '../lib/data/load-measurements.js';
import { SPECULATORS_SCALING_DIR } from '../lib/data/load-speculators-scaling.js';
import { writeTable } from '../lib/io/write-table.js';
import { calibrationReportTable } from '../lib/paper/reality-check/calibration-report-table.js';
import { externalAgreementTable } from '../lib/paper/reality-check/external-agreement-table.js';
import { leaveOneVerifierOutTable } from '../lib/paper/reality-check/leave-one-verifier-out-table.js';
import { calibrationErrors } from '../lib/sim/calibration/calibration-report.js';
import { CALIBRATION_PARAMETERS } from '../lib/sim/calibration/calibration-parameters.js';
import { selectCalibrationSweeps } from '../lib/sim/calibration/calibration-sweeps.js';
import { buildExternalAgreement } from '../lib/sim/calibration/external-agreement.js';
import { leaveOneVerifierOut } from '../lib/sim/calibration/leave-one-verifier-out.js';
import type { SimCalibration } from '../lib/sim/specs/default-calibration.js';
import { compareCalibration, fitCalibration } from '../lib/sim/calibration/fit-calibration.js';
import { parseExternalCsv } from '../lib/sim/calibration/parse-external-csv.js';
import { CALIBRATION_PATH, defaultCalibration } from '../lib/sim/specs/default-calibration.js';
import { getSystemSpec } from '../lib/sim/system-registry.js';

const FIT_ALPHAS = [0.5, 0.7, 0.9, 1.0];
const FIT_KS = [1, 3, 6, 10];
/** Caption of data/external-agreement.*: what was compared, and that nothing was fitted to it. */
const EXTERNAL_AGREEMENT_CAPTION =
  'The calibrated simulator\'s forward passes vs public step timings it was not fitted to: vLLM PR #5691 (Llama-2-7B verification ' +
  'step on one A100, k = 5, MQA scorer; context not stated, 256 tokens assumed) and the specdecode-bench step model (arXiv 2601.11580: ' +
  'vLLM 0.10.1, Llama-3.1-8B + EAGLE on one H100). roofline = the pass as the simulator prices it (GPU roofline, at least the calibrated CPU ' +
  'floor per pass); engine = the calibrated per-speculative-step CPU time (sd_step rows: verification plus k drafter passes). Every parameter ' +
  'comes from the calibration on the real speculators-scaling sweeps or from datasheets; no offset is fitted to these timings (offset is 0). ' +
  'attentionEff was set from specdecode-bench\'s kv_coef, so its rows\' growth with context is not an independent check.';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      fit: { type: 'boolean', default: false },
      'fit-duration': { type: 'string', default: '45' },
      'max-evals': { type: 'string' },
      duration: { type: 'string', default: '90' },
      params: { type: 'string' },
      lovo: { type: 'boolean', default: false },
      'lovo-evals': { type: 'string', default: '150' },
      'lovo-fit-duration': { type: 'string', default: '30' },
      'lovo-start': { type: 'string' },
    },
  });
  const root = path.resolve(__dirname, '..');
  const dataDir = values.data ?? SPECULATORS_SCALING_DIR;
  if (!existsSync(dataDir)) throw new Error(`calibrate-sim requires the speculators-scaling data in ${dataDir} (npm run data:fetch)`);
  const rows = await loadMeasurements(dataDir);
  const sweeps = selectCalibrationSweeps(rows);
  const nPoints = sweeps.reduce((a, s) => a + s.points.length, 0);
  process.stderr.write(`calibrate-sim: ${sweeps.length} sweeps, ${nPoints} steady-state points\n`);

  let cal = defaultCalibration();
  if (values.fit) {
    const subset = sweeps.filter((s) => FIT_ALPHAS.includes(s.alpha) && FIT_KS.includes(s.k));
    const names = values.params !== undefined ? values.params.split(',') : CALIBRATION_PARAMETERS.map((p) => p.name);
    const t0 = Date.now();
    process.stderr.write(`fitting ${names.join(', ')} on ${subset.length} sweeps\n`);
    const fit = fitCalibration(subset, cal, {
      parameters: names,
      durationS: Number(values['fit-duration']),
      maxEvaluations: values['max-evals'] !== undefined ? Number(values['max-evals']) : undefined,
      onProgress: (p) =>
        process.stderr.write(
          `  eval ${p.evaluations} objective ${p.objective.toFixed(5)} ${Object.entries(p.values)
            .map(([k, v]) => `${k}=${v.toPrecision(3)}`)
            .join(' ')}\n`,
        ),
    });
    cal = fit.calibration;
    cal.description =
      'Global efficiency and overhead parameters of the roofline step cost, the engine\'s per-step speculative ' +
      'overhead and the per-request latency outside the engine, FITTED by scripts/calibrate-sim.ts to the real ' +
      'speculators-scaling sweeps (Qwen3 0.6B-32B + EAGLE, one A100, vLLM V1). Not fitted: stepOverheadS, the public ' +
      'specdecode-bench value (1.207 ms per step; only its sum with specOverheadS is identifiable without runs lacking ' +
      'speculation); attentionEff 0.85, set from public data (specdecode-bench\'s kv_coef reads the KV cache at about the ' +
      'full H100 bandwidth) because the real sweeps, all at 520-650 tokens of context, cannot tell KV traffic from ' +
      'per-sequence CPU time; passOverheadS 0.2 ms and noiseRel 0.02 (priors).';
    cal.fit = {
      parameters: names,
      objective: 'mean over verifiers of mean ln(simulated/real mean latency)^2 over steady-state points',
      objectiveValue: fit.objective,
      evaluations: fit.evaluations,
      subset: `alpha in {${FIT_ALPHAS.join(', ')}} x k in {${FIT_KS.join(', ')}}, every verifier (${subset.length} sweeps)`,
      fitDurationS: Number(values['fit-duration']),
      seconds: Math.round((Date.now() - t0) / 1000),
    };
    writeFileSync(CALIBRATION_PATH, JSON.stringify(cal, null, 2) + '\n');
    process.stderr.write(`wrote ${path.relative(root, CALIBRATION_PATH)}\n`);
  }

  const comparisons = compareCalibration(sweeps, cal, { durationS: Number(values.duration) });
  const errors = calibrationErrors(comparisons);
  const caption =
    `Simulated vs real mean latency over the steady-state points of the speculators-scaling sweeps ` +
    `(synchronous + constant rates replayed at the measured rates, ${values.duration} s each; calibration: ${cal.status}).`;
  const files = writeTable(calibrationReportTable(errors, caption), { outDir: path.join(root, 'data') });
  for (const r of errors) {
    process.stdout.write(
      `${r.verifier.padEnd(12)} n=${r.n_points} MAPE ${r.mape_pct.toFixed(1)}% max ${r.max_error_pct.toFixed(1)}% bias ${r.bias_pct.toFixed(1)}%\n`,
    );
  }
  const lovoJson = path.join(root, 'data', 'calibration-lovo.json');
  if (values.lovo) {
    const startFile = values['lovo-start'];
    const start: SimCalibration = startFile !== undefined ? (JSON.parse(readFileSync(startFile, 'utf8')) as SimCalibration) : cal;
    const startLabel = startFile !== undefined ? path.basename(startFile) : `the committed calibration (${cal.status})`;
    const subset = sweeps.filter((s) => FIT_ALPHAS.includes(s.alpha) && FIT_KS.includes(s.k));
    const names = values.params !== undefined ? values.params.split(',') : ((cal.fit?.parameters as string[] | undefined) ?? CALIBRATION_PARAMETERS.map((p) => p.name));
    const maxEvaluations = Number(values['lovo-evals']);
    const fitDurationS = Number(values['lovo-fit-duration']);
    const t0 = Date.now();
    process.stderr.write(`leave-one-verifier-out: fitting ${names.length} parameters from ${startLabel}, at most ${maxEvaluations} evaluations per fold\n`);
    const lovo = leaveOneVerifierOut(subset, sweeps, start, {
      parameters: names,
      fitDurationS,
      evalDurationS: Number(values.duration),
      maxEvaluations,
      onProgress: (p) => process.stderr.write(`  held out ${p.verifier}: eval ${p.evaluations} objective ${p.objective.toFixed(5)}\n`),
    });
    const lovoCaption =
      `Leave-one-verifier-out: the simulator's global parameters (${names.join(', ')}) re-fitted without the held-out verifier ` +
      `(Nelder-Mead from ${startLabel}, at most ${maxEvaluations} evaluations, fit subset alpha in {${FIT_ALPHAS.join(', ')}} x k in {${FIT_KS.join(', ')}} ` +
      `of the other four verifiers at ${fitDurationS}-s benchmarks), then every steady-state point of the held-out verifier's real sweeps replayed at its ` +
      `measured rate (${values.duration} s each). Total ${Math.round((Date.now() - t0) / 1000)} s on this machine.`;
    files.push(...writeTable(leaveOneVerifierOutTable(lovo, lovoCaption), { outDir: path.join(root, 'data') }));
    for (const r of lovo) process.stdout.write(`held out ${r.verifier.padEnd(12)} n=${r.n_points} MAPE ${r.mape_pct.toFixed(1)}% max ${r.max_error_pct.toFixed(1)}% bias ${r.bias_pct.toFixed(1)}% (${r.seconds} s)\n`);
  }
  if (existsSync(lovoJson)) {
    // The report's markdown carries both checks: in-sample (above) and leave-one-verifier-out.
    const reportMd = path.join(root, 'data', 'calibration-report.md');
    const lovoMd = readFileSync(path.join(root, 'data', 'calibration-lovo.md'), 'utf8');
    writeFileSync(
      reportMd,
      `${readFileSync(reportMd, 'utf8')}\n## Leave-one-verifier-out (data/calibration-lovo.json)\n\n` +
        'Each verifier predicted by a calibration fitted without it: the error on a verifier the simulator was not calibrated on.\n\n' +
        lovoMd,
    );
  }

  const ext = path.join(root, 'data', 'external');
  const externalData = {
    verifyStep: parseExternalCsv(readFileSync(path.join(ext, 'vllm-verify-step-a100.csv'), 'utf8'), 'vllm-verify-step-a100.csv'),
    stepModel: parseExternalCsv(readFileSync(path.join(ext, 'specdecode-bench-step-model.csv'), 'utf8'), 'specdecode-bench-step-model.csv'),
  };
  const systems = { pr5691System: getSystemSpec('llama-2-7b@a100-80gb'), specdecodeSystem: getSystemSpec('llama-3.1-8b@h100-80gb') };
  const agreement = buildExternalAgreement(externalData, systems);
  const agreementTable = externalAgreementTable(agreement, { dataLabel: 'the calibrated simulator', id: 'external-agreement', caption: EXTERNAL_AGREEMENT_CAPTION });
  files.push(...writeTable(agreementTable, { outDir: path.join(root, 'data') }));
  const worst = Math.max(...agreement.map((r) => Math.abs(r.ratio - 1)));
  const within = agreement.filter((r) => Math.abs(r.ratio - 1) <= 0.25).length;
  process.stdout.write(`external agreement (nothing fitted to it): ${agreement.length} rows, ${within} within 25%, worst |ratio - 1| = ${worst.toFixed(3)}\n`);

  // PR #5691 does not state its contexts: how the comparison moves with the assumed context.
  const sensitivity: Array<Record<string, unknown>> = [];
  for (const ctx of [128, 256, 512, 1024]) {
    const rowsAt = buildExternalAgreement(externalData, { ...systems, pr5691ContextTokens: ctx }).filter((r) => r.source === 'vllm-pr5691');
    for (const r of rowsAt) sensitivity.push({ ...r });
  }
  files.push(
    ...writeTable(
      {
        id: 'external-agreement-pr5691-context',
        caption:
          'vLLM PR #5691 verification step (Llama-2-7B, one A100, k = 5) against the calibrated simulator\'s pass for assumed contexts of ' +
          '128-1024 tokens (the source does not state them; 256 is the documented choice). Nothing is fitted to these timings.',
        columns: [
          { key: 'context_tokens', label: 'context', unit: 'tokens' },
          { key: 'batch', label: 'batch' },
          { key: 'measured_ms', label: 'measured', unit: 'ms', digits: 2 },
          { key: 'simulated_ms', label: 'simulated', unit: 'ms', digits: 2 },
          { key: 'ratio', label: 'ratio', digits: 3 },
        ],
        rows: sensitivity,
      },
      { outDir: path.join(root, 'data') },
    ),
  );
  process.stderr.write(`wrote ${files.map((f) => path.relative(root, f)).join(', ')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
