/**
 * Coefficients of the MoE model (Eq. 4), each split into a low-coverage part (u) and a
 * saturation increment (s) weighted by the expert coverage phi:
 * C1 = c1_u + phi * c1_s (s), C2 = c2_u + phi * c2_s (s per concurrent request).
 */
export interface MoeCoefficients {
  c1_u: number;
  c1_s: number;
  c2_u: number;
  c2_s: number;
}

/** The names of the four MoE coefficients, in the order used by fits and tables. */
export const MOE_COEFFICIENT_NAMES = ['c1_u', 'c1_s', 'c2_u', 'c2_s'] as const;

/** Routing facts of an MoE model and the tokens each in-flight request routes per step. */
export interface MoeRouting {
  /** Experts per MoE layer (M). */
  experts: number;
  /** Experts chosen per token (m). */
  active: number;
  /**
   * Routed tokens per in-flight request per step: 1 for plain decoding; with SD the verifier
   * processes k + 1 tokens (the paper's sources disagree between k and k + 1: the caller picks).
   */
  tokensPerRequest: number;
}
