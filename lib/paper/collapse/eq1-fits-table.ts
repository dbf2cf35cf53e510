import type { FitLoss } from '../../fit/fit-loss.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';

/** The Eq. 1 fit of one configuration (keys as in the tidy schema's CONFIG_KEYS). */
export interface Eq1FitTableRow {
  verifier: string;
  drafter: string;
  hardware: string;
  prefill_tokens: number;
  decode_tokens: number;
  /** Draft length; 0 without SD. */
  k: number;
  /** Acceptance probability; null when unknown or without SD. */
  alpha: number | null;
  /** C1 (s). */
  c1: number;
  /** C2 (s per concurrent request). */
  c2: number;
  /** R² of the fit. */
  r2: number;
  /** Mean absolute percentage error (%). */
  mapePct: number;
  /** Points used by the fit. */
  n: number;
  /** Points excluded (at or past saturation). */
  excluded: number;
}

/** Options of {@link eq1FitsTable}. */
export interface Eq1FitsTableOptions extends TableOptions {
  /** The loss the fits minimised, named in the caption (left out: not named). */
  loss?: FitLoss;
}

/**
 * Table of per-configuration Eq. 1 fits: configuration keys, C1 (s), C2 (s/request), the
 * saturation rate 1/C2 (requests/s; empty when C2 = 0), R², MAPE (%), points used and excluded.
 * Rows are sorted by the configuration keys (names in natural order, numbers ascending).
 *
 * @param rows one fit per configuration
 * @param options dataLabel (required), loss, id, caption
 * @returns the table (id 'tab-eq1-fits' by default)
 * @throws {Error} `eq1FitsTable requires ...` for empty or malformed rows
 * @example
 * eq1FitsTable([{ verifier: 'Qwen3-8B', drafter: '', hardware: 'A100', prefill_tokens: 512, decode_tokens: 128, k: 0,
 *   alpha: null, c1: 2.5, c2: 0.05, r2: 0.995, mapePct: 1.2, n: 9, excluded: 0 }], { dataLabel: 'simulated' }).rows[0].saturation_rps; // 20
 */
export function eq1FitsTable(rows: readonly Eq1FitTableRow[], options: Eq1FitsTableOptions): TableSpec {
  const fn = 'eq1FitsTable';
  const o = resolveTableOptions(fn, options, 'tab-eq1-fits');
  checkInputRows(fn, 'rows', rows, {
    strings: ['verifier', 'drafter', 'hardware'],
    numbers: ['prefill_tokens', 'decode_tokens', 'k', 'c1', 'c2', 'r2', 'mapePct', 'n', 'excluded'],
    optionalNumbers: ['alpha'],
  });
  const sorted = [...rows].sort(
    (a, b) =>
      naturalCompare(a.verifier, b.verifier) ||
      naturalCompare(a.drafter, b.drafter) ||
      naturalCompare(a.hardware, b.hardware) ||
      a.prefill_tokens - b.prefill_tokens ||
      a.decode_tokens - b.decode_tokens ||
      a.k - b.k ||
      (a.alpha ?? -1) - (b.alpha ?? -1),
  );
  return {
    id: o.id,
    caption:
      o.caption ??
      `Per-configuration Eq. 1 fits, L = C1 / (1 − RPS·C2)${options.loss === undefined ? '' : `, with the ${fitLossPhrase(options.loss)}`}, ` +
        `on ${o.dataLabel}: ${rows.length} configuration(s), ` +
        `median R² ${formatNumber(median(rows.map((r) => r.r2)), 4)}, median MAPE ${formatNumber(median(rows.map((r) => r.mapePct)), 2)}%. ` +
        'Saturation rate = 1/C2; points at or past saturation are excluded from the fit.',
    columns: [
      { key: 'verifier', label: 'verifier' },
      { key: 'drafter', label: 'drafter' },
      { key: 'hardware', label: 'hardware' },
      { key: 'prefill_tokens', label: 'prefill', unit: 'tokens', digits: 0 },
      { key: 'decode_tokens', label: 'decode', unit: 'tokens', digits: 0 },
      { key: 'k', label: 'k', digits: 0 },
      { key: 'alpha', label: 'α', digits: 2 },
      { key: 'c1', label: 'C1', unit: 's', digits: 4 },
      { key: 'c2', label: 'C2', unit: 's/request', digits: 5 },
      { key: 'saturation_rps', label: 'saturation rate 1/C2', unit: 'requests/s', digits: 3 },
      { key: 'r2', label: 'R²', digits: 4 },
      { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 2 },
      { key: 'n', label: 'points used', digits: 0 },
      { key: 'excluded', label: 'points excluded', digits: 0 },
    ],
    rows: sorted.map((r) => ({
      verifier: r.verifier,
      drafter: r.drafter,
      hardware: r.hardware,
      prefill_tokens: r.prefill_tokens,
      decode_tokens: r.decode_tokens,
      k: r.k,
      alpha: r.alpha ?? null,
      c1: r.c1,
      c2: r.c2,
      saturation_rps: r.c2 > 0 ? 1 / r.c2 : null,
      r2: r.r2,
      mape_pct: r.mapePct,
      n: r.n,
      excluded: r.excluded,
    })),
  };
}
