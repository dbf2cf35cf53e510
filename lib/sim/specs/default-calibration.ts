import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RooflineEfficiency } from './spec-types.js';

/** The committed calibration: global parameters every registry system starts from. */
export interface SimCalibration {
  /** 'prior' (hand-set, documented) or 'fitted' (written by scripts/calibrate-sim.ts). */
  status: string;
  description: string;
  efficiency: RooflineEfficiency;
  engine: { stepOverheadS: number; specOverheadS: number; noiseRel: number };
  /**
   * Latency outside the engine added to every request (s): API-server request handling and
   * streaming, and the benchmark client. Registry systems apply it as the engine's
   * requestOverheadS (a delay before each request reaches the engine); the calibration replay
   * turns that off and adds this value to each simulated mean latency instead, so that the fit
   * can vary it without re-simulating.
   */
  client: { requestOverheadS: number };
  /** Fit metadata (data, objective, error) when fitted. */
  fit?: Record<string, unknown>;
}

/** Path of the committed calibration file (lib/sim/specs/calibration.json). */
export const CALIBRATION_PATH = join(__dirname, 'calibration.json');

/**
 * Reads the committed calibration (lib/sim/specs/calibration.json) that the system registry
 * uses by default. Read fresh on each call (cheap) so a re-fitted file is picked up.
 *
 * @returns the calibration
 * @throws {Error} when the file is missing or malformed
 * @example
 * defaultCalibration().efficiency.memoryEff; // e.g. 0.85
 */
export function defaultCalibration(): SimCalibration {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(CALIBRATION_PATH, 'utf8'));
  } catch (err) {
    throw new Error(`defaultCalibration: ${CALIBRATION_PATH}: ${(err as Error).message}`);
  }
  const o = parsed as Partial<SimCalibration>;
  if (
    o === null ||
    typeof o !== 'object' ||
    typeof o.efficiency !== 'object' ||
    typeof o.engine !== 'object' ||
    typeof o.client !== 'object'
  ) {
    throw new Error(`defaultCalibration: ${CALIBRATION_PATH}: efficiency/engine/client: missing`);
  }
  return o as SimCalibration;
}
