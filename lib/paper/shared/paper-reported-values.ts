/**
 * Numbers the paper reports, for comparison with this project's reproduction.
 *
 * Source: "An Interpretable Latency Model for Speculative Decoding in LLM Serving",
 * arXiv 2605.15051 (May 2026), as reconstructed from its abstract and public technical
 * reviews (the paper released no code and no data): section 3 "Findings" (MoE R² on the
 * lower-load half of the sweep, plain Eq. 1 -> coverage-corrected Eq. 4) and Fig. 7
 * (held-out R² >= 0.97 for c2_p and c2_v on models of 8B and up).
 */
export const PAPER_REPORTED_VALUES = {
  source: 'arXiv 2605.15051 (An Interpretable Latency Model for Speculative Decoding in LLM Serving)',
  /** R² of the plain Eq. 1 fit and of the coverage-corrected Eq. 4 fit per MoE verifier. */
  moeR2: [
    { model: 'gpt-oss-20b', plainR2: 0.902, correctedR2: 0.997 },
    { model: 'Qwen3-30B-A3B', plainR2: 0.83, correctedR2: 0.976 },
    { model: 'Qwen3-235B-A22B', plainR2: 0.906, correctedR2: 0.989 },
  ],
  /** Fig. 7: the smallest held-out R² the paper reports for c2_p and c2_v (models >= 8B). */
  heldOutR2Min: 0.97,
} as const;
