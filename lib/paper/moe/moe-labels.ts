import { formatNumber } from '../../util/format-number.js';
import { getSystemSpec } from '../../sim/system-registry.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import { routedTokensLabel } from './routed-tokens-label.js';
import type { Params } from './moe-params.js';

/** The labels notebook 07 writes into its captions and sentences, all from the parameters. */
export interface MoeLabels {
  /** The paper's scoring: 'T = B·(k+1), lower-load half'. */
  main: string;
  /** The same points under the other routed-token assumption: 'T = B·k, lower-load half'. */
  alternative: string;
  /** Every steady point: 'T = B·(k+1), all steady points'. */
  whole: string;
  /** The simulated systems: 'gpt-oss-20b and Qwen3-30B-A3B on one A100, Qwen3-235B-A22B on 8× A100'. */
  systems: string;
  /** The draft lengths fitted: '0…10' for a run of consecutive integers, else '0, 1, 3'. */
  ks: string;
  /** The fits and their loss: 'plain Eq. 1 and Eq. 4 fits with the relative loss (residuals divided by the measured latency)'. */
  fits: string;
}

/**
 * Builds notebook 07's labels from its parameters: the three fit settings (routed-token
 * assumption and the points scored: 'lower-load half' at share 0.5, else 'lowest 30% of load
 * points'), the systems grouped by hardware (verifier names from the simulator's registry, GPU
 * from its hardware name, '8× A100' for several GPUs), and the draft lengths.
 *
 * @param P the parameter cell (systems, tokensPerRequest, alternativeTokensPerRequest, lowerLoadShare, ks, loss)
 * @returns the labels
 * @throws {Error} getSystemSpec's error for an unknown system; routedTokensLabel's for a bad assumption; fitLossPhrase's for a bad loss
 * @example
 * moeLabels(P).main; // 'T = B·(k+1), lower-load half'
 */
export function moeLabels(P: Pick<Params, 'systems' | 'tokensPerRequest' | 'alternativeTokensPerRequest' | 'lowerLoadShare' | 'ks' | 'loss'>): MoeLabels {
  const share = P.lowerLoadShare === 0.5 ? 'lower-load half' : `lowest ${formatNumber(P.lowerLoadShare * 100)}% of load points`;
  const byHardware = new Map<string, string[]>();
  for (const name of P.systems) {
    const spec = getSystemSpec(name);
    const gpu = spec.hardware.name.split('-')[0];
    const where = spec.gpuCount === 1 ? `one ${gpu}` : `${spec.gpuCount}× ${gpu}`;
    byHardware.set(where, [...(byHardware.get(where) ?? []), spec.verifier.name]);
  }
  const list = (xs: string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const ks = [...P.ks].sort((a, b) => a - b);
  const consecutive = ks.length > 2 && ks.every((k, i) => i === 0 || k === ks[i - 1] + 1);
  return {
    main: `${routedTokensLabel(P.tokensPerRequest)}, ${share}`,
    alternative: `${routedTokensLabel(P.alternativeTokensPerRequest)}, ${share}`,
    whole: `${routedTokensLabel(P.tokensPerRequest)}, all steady points`,
    systems: [...byHardware].map(([where, names]) => `${list(names)} on ${where}`).join(', '),
    ks: consecutive ? `${ks[0]}…${ks[ks.length - 1]}` : ks.join(', '),
    fits: `plain Eq. 1 and Eq. 4 fits with the ${fitLossPhrase(P.loss)}`,
  };
}
