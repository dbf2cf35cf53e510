/**
 * The six coefficients of the pooled speculative-decoding model (Eq. 3), in seconds.
 * `c1_*` are load-independent (s), `c2_*` load-dependent (s per concurrent request);
 * `_p` prefill (per request), `_v` one verification pass, `_d` one drafter step.
 */
export interface SdCoefficients {
  c1_p: number;
  c1_v: number;
  c1_d: number;
  c2_p: number;
  c2_v: number;
  c2_d: number;
}

/** The names of the six SD coefficients, in the order used by fits and tables. */
export const SD_COEFFICIENT_NAMES = ['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d'] as const;

/** One SD operating point: draft length, acceptance, decode length. */
export interface SdSetting {
  /** Draft length; 0 means no speculation (E = 1, no drafter term). */
  k: number;
  /** i.i.d. acceptance probability in [0, 1]; used when expectedTokens is not given. */
  alpha?: number | null;
  /** Expected committed tokens per cycle, when measured (e.g. vLLM's acceptance length); overrides alpha. */
  expectedTokens?: number | null;
  /** Output tokens per request (g). */
  decodeTokens: number;
}
