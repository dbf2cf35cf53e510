// Test helper (not a test file): buildExternalAgreement-shaped rows built by hand.
import type { AgreementRow } from '../../../lib/sim/calibration/external-agreement.js';

/** One compared pass: simulated = roofline + offset, both ratios against the measurement. */
export function agreementRow(source: string, pass: string, batch: number, ctx: number, k: number, measured: number, roofline: number, offset: number): AgreementRow {
  return {
    source,
    pass,
    batch,
    context_tokens: ctx,
    k,
    measured_ms: measured,
    roofline_ms: roofline,
    offset_ms: offset,
    simulated_ms: roofline + offset,
    ratio: (roofline + offset) / measured,
    roofline_ratio: roofline / measured,
  };
}
