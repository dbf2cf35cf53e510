import { formatNumber } from '../util/format-number.js';

/**
 * Tick values and plain-number labels for a log axis spanning [lo, hi]: the 1-2-5 sequence
 * (…, 0.1, 0.2, 0.5, 1, 2, 5, 10, …); when that gives fewer than 3 ticks (a range under about
 * one decade), 1-2-3-5, then every 1..9 × 10^n. Plotly's own log ticks label 20 and 200 as '2' next to a full
 * '10' and '100', which reads as a wrong number; explicit labels avoid that.
 *
 * @param lo lower end of the data, > 0
 * @param hi upper end, >= lo
 * @returns `{ tickvals, ticktext }` for a Plotly axis of type 'log'
 * @throws {Error} `logAxisTicks requires positive finite lo <= hi`
 * @example
 * logAxisTicks(0.3, 40); // { tickvals: [0.5, 1, 2, 5, 10, 20], ticktext: ['0.5', '1', '2', '5', '10', '20'] }
 */
export function logAxisTicks(lo: number, hi: number): { tickvals: number[]; ticktext: string[] } {
  if (!(lo > 0 && hi >= lo && Number.isFinite(hi))) throw new Error('logAxisTicks requires positive finite lo <= hi');
  const within = (mantissas: readonly number[]): number[] => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
      for (const m of mantissas) {
        // Rounded to 12 significant digits so 10^-1 * 2 prints as 0.2, not 0.20000000000000004.
        const v = Number((m * 10 ** e).toPrecision(12));
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
      }
    }
    return out;
  };
  let tickvals = within([1, 2, 5]);
  if (tickvals.length < 3) tickvals = within([1, 2, 3, 5]);
  if (tickvals.length < 3) tickvals = within([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  return { tickvals, ticktext: tickvals.map((v) => formatNumber(v, 3)) };
}
