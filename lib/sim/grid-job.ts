/**
 * Jobs for runGrid: plain JSON-serialisable descriptions of simulations, so that they can be
 * sent to worker threads. The system is named by an argument for a factory module that the
 * workers load (e.g. a registry name for resolveSystem), since a SimSystem holds functions.
 */
import type { TidyRow } from '../data/tidy-schema.js';
import type { SweepWindow } from './load/sweep-window.js';
import type { SimRunResult, SimStrategy, SimWorkload } from './sim-run-types.js';

/** What one job simulates for its workload. */
export type GridPlan =
  | { type: 'sweep'; sweepSize?: number; window?: SweepWindow | null }
  | { type: 'rates'; rates: number[] }
  | { type: 'benchmark'; strategy: SimStrategy };

/** One simulation job. */
export interface GridJob {
  /** Argument of the system factory (JSON-serialisable): e.g. 'qwen3-8b@a100-80gb' or a SystemSpec. */
  system: unknown;
  workload: SimWorkload;
  plan: GridPlan;
}

/** Where workers find the function that turns GridJob.system into a SimSystem. */
export interface SystemFactoryRef {
  /** Absolute path of the module (a .ts file is loaded through tsx). */
  modulePath: string;
  /** Name of the exported function `(arg: unknown) => SimSystem`. */
  exportName: string;
}

/** Simulation settings shared by every job of a grid. */
export interface GridSimOptions {
  /** Base seed: job i runs with deriveSeed(seed, i). */
  seed: number;
  /** Seconds per benchmark (default 90). */
  durationS?: number;
  /** GuideLLM max concurrency (default 128). */
  maxConcurrency?: number;
  warmupFrac?: number;
  cooldownFrac?: number;
}

/** A job's outcome: the tidy rows, and the full run when asked for. */
export interface GridJobResult {
  rows: TidyRow[];
  run: SimRunResult | null;
}
