import type { TidyRow } from '../../data/tidy-schema.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';

/** One public CSV of data/external as loadExternalCsv returns it. */
export type ExternalCsvRows = Array<Record<string, string | number | null>>;

/** The parameter cell of notebook 09 (reality check): every value the notebook uses. */
export interface Params {
  /** Real measurements (speculators-scaling) and the verifiers compared. */
  realDir: string;
  realVerifiers: string[];
  /** How captions name the real sweeps, e.g. 'the real speculators-scaling sweeps (Qwen3 + EAGLE, one A100, 512/128)'. */
  realLabel: string;
  /** Simulated reference data set: folder and the systems holding the real grid. */
  simDir: string;
  simSystems: string[];
  /** Largest relative difference between a real sweep's mean prompt and a simulated sweep's prefill for pairing them. */
  simPrefillTolerance: number;
  /** Saturation rules of the simulated sweeps (excludeSaturated's options). */
  simExclusion: ExclusionOptions;
  /** Band drawn in the sim-vs-real figure and counted in its text (fraction, e.g. 0.1 = ±10%). */
  simBand: number;
  /** The simulator calibration's reports: in-sample replay, and leave-one-verifier-out (shown when the file exists; null: not shown). */
  calibrationReport: string;
  lovoReport: string | null;
  /** Folder of the public measurements (data/external). */
  externalDir: string;
  /** Simulator systems of vLLM PR #5691 and of specdecode-bench, and how captions name the two sources. */
  pr5691System: string;
  specdecodeSystem: string;
  externalLabel: string;
  /** KV context per sequence assumed for PR #5691 (tokens; the source does not state it), and the contexts compared with specdecode-bench. */
  pr5691Context: number;
  stepContexts: number[];
  /** Agreement required of the step costs (fraction, e.g. 0.25 = ±25%). */
  tolerance: number;
  /** How captions name MagicDec's data; confidence level of the closed-loop lines; Little's Law check tolerance (fraction). */
  magicdecLabel: string;
  closedLoopLevel: number;
  littleTolerance: number;
  /**
   * Loss of the per-setting Eq. 1 fits of the real sweeps (the best k by load) and of MagicDec's
   * closed-loop lines: 'relative' (residuals divided by the measured latency; for the lines,
   * weighted least squares with weights 1/L²) or 'absolute' (residuals in latency units, the
   * paper's curve_fit; for the lines, ordinary least squares). Captions name them.
   */
  loss: { sweeps: FitLoss; closedLoop: FitLoss };
  /** Verdict on the closed-loop claim: the R² each closed-loop line must reach. */
  claim: { minR2: number };
}

/** What {@link loadRealityData} returns: every input of notebook 09, checked against P. */
export interface RealityData {
  /** Real tidy rows of P.realVerifiers. */
  realRows: TidyRow[];
  /** Simulated tidy rows of P.simSystems. */
  simRows: TidyRow[];
  /** The calibration's in-sample report (rows with an 'all' row) and caption. */
  calibration: { rows: CalibrationErrorRow[]; caption: string };
  /** The leave-one-verifier-out report, or null when P.lovoReport is null or the file does not exist. */
  lovo: { rows: CalibrationErrorRow[]; caption: string; values: Record<string, Record<string, number>> } | null;
  /** The public CSVs of P.externalDir. */
  verifyStep: ExternalCsvRows;
  stepModel: ExternalCsvRows;
  magicdecLatency: ExternalCsvRows;
  magicdecSpeedup: ExternalCsvRows;
}
