import type { RatioClaims } from '../shared/ratio-claims.js';
import type { RatioRow } from '../shared/ratio-rows.js';
import type { SpeedupSystem } from './load-speedup-data.js';

/** The pooled-fit ratios of one data set of notebook 06, with the paper's Fig. 2b claims counted on them. */
export interface RatioSet {
  system: SpeedupSystem;
  /** Bold heading of its claim lines, e.g. 'Simulated 512/128'. */
  heading: string;
  /** C1R, C2R of every fitted (alpha, k) setting (ratioRows, both sides from the pooled fit). */
  rows: RatioRow[];
  claims: RatioClaims;
}
