import type { ClaimDefinition } from '../../io/claim-check.js';

/**
 * The paper's claims that the notebooks check (arXiv 2605.15051, section 5 of the project's
 * reading of it), in the order of out/index.html's reproduction scorecard. Each notebook records
 * its verdict on the claims it tests with `report.claim({ claim: id, data, verdict, evidence, figure })`.
 */
export const PAPER_CLAIMS: readonly ClaimDefinition[] = [
  { id: 'closed-loop', figure: '§1', statement: 'Closed-loop benchmarks (fixed concurrency c) follow L = C1 + C2 · c with the same C1, C2 as Eq. 1' },
  { id: 'fig1-collapse', figure: 'Fig. 1', statement: 'L/C1 against RPS·C2 of every dense configuration lies on y = 1/(1 − x) (Eq. 1 with Little\'s Law)' },
  { id: 'fig2a-shape', figure: 'Fig. 2a', statement: 'Eq. 1 fits each (α, k) setting on its own: speculation changes C1 and C2, not the curve\'s shape' },
  { id: 'fig2b-c1r', figure: 'Fig. 2b', statement: 'C1R = C1_SD / C1_D < 1 at every (α, k): speculation lowers the load-independent cost' },
  { id: 'fig2b-c2r', figure: 'Fig. 2b', statement: 'C2R = C2_SD / C2_D > 1 except at α ≥ 0.9: speculation raises the load-dependent cost' },
  { id: 'fig2b-argmin', figure: 'Fig. 2b', statement: 'argmin_k C1R > argmin_k C2R: a draft length tuned at batch size 1 is too long under load' },
  { id: 'fig3-best-over-k', figure: 'Fig. 3', statement: 'Over α, prefill and decode lengths, the best-over-k C1R stays below 1 and the best-over-k C2R above 1 except at high α' },
  { id: 'fig4a-single-pair', figure: 'Fig. 4a', statement: 'One (C1, C2) pair for all (α, k) settings fits badly' },
  { id: 'fig4b-smooth', figure: 'Fig. 4b', statement: 'Per-setting C1 and C2 vary smoothly with α and k' },
  { id: 'fig4c-effective-collapse', figure: 'Fig. 4c', statement: 'With C1_eff, C2_eff of Eq. 3, every (α, k) setting collapses onto one curve' },
  { id: 'fig4d-pooled-tracks', figure: 'Fig. 4d', statement: 'The pooled six-coefficient fit tracks the per-setting fits' },
  { id: 'eq2-speedup', figure: 'Eq. 2', statement: 'The speedup of SD is 1/C1R at zero load and shrinks with load when C2R > 1, down to break-even at r* = (C1R − 1)/(C1R − C2R)' },
  { id: 'fig5-size-scaling', figure: 'Fig. 5', statement: 'c1_p, c1_v, c2_p, c2_v scale about linearly with verifier size (c1_v almost exactly)' },
  { id: 'fig6-length-scaling', figure: 'Fig. 6', statement: 'c2_p is about linear in the prefill length; c2_v scales with prefill + 0.5 · decode' },
  { id: 'fig7-held-out', figure: 'Fig. 7', statement: 'Leave-n-out over the 16 prefill/decode pairs (n = 1, 2, 4): held-out R² ≥ 0.97 for c2_p and c2_v on models of 8B and up' },
  { id: 'fig8-moe', figure: 'Fig. 8', statement: 'For MoE verifiers the coverage-corrected Eq. 4 fits the lower-load half far better than Eq. 1 (R² 0.902 → 0.997, 0.830 → 0.976, 0.906 → 0.989)' },
  { id: 'appendix-tails', figure: 'Appendix', statement: 'The model also approximates p95 and p99 latency' },
];
