import { expect } from 'vitest';
import { checkFigureSpec } from '../../lib/plot/check-figure-spec.js';
import type { Figure } from '../../lib/plot/figure.js';

/** Shared checks every built figure must pass (not a test file: imported by the builder tests). */
export function expectWellFormedFigure(figure: Figure, dataLabel: string): void {
  checkFigureSpec(figure.spec, figure, 'test');
  // JSON-safe: a round trip changes nothing (NaN, Infinity and undefined would not survive).
  expect(JSON.parse(JSON.stringify(figure.spec))).toStrictEqual(stripUndefined(figure.spec));
  expect(figure.caption).toContain(dataLabel);
  const { data, layout } = figure.spec;
  expect(data.length).toBeGreaterThan(0);
  for (const trace of data) {
    const values = (trace.type === 'heatmap' ? trace.z : trace.y) as unknown[];
    expect(Array.isArray(values) && values.length > 0, `trace ${String(trace.name)} is empty`).toBe(true);
    expect(typeof trace.name === 'string' && trace.name.length > 0).toBe(true);
    const mode = String(trace.mode ?? '');
    if (mode.includes('markers') || trace.type === 'bar' || trace.type === 'heatmap') {
      expect(trace.hovertemplate ?? trace.hoverinfo, `trace ${String(trace.name)} has no hover`).toBeDefined();
    }
  }
  if (data.length > 1) expect(data.some((t) => t.showlegend !== false)).toBe(true);
  const axes = Object.entries(layout).filter(([key]) => /^[xy]axis\d*$/.test(key));
  expect(axes.some(([key]) => key.startsWith('x'))).toBe(true);
  expect(axes.some(([key]) => key.startsWith('y'))).toBe(true);
  for (const axis of ['x', 'y']) {
    const titled = axes.filter(([key, value]) => key.startsWith(axis) && axisTitle(value) !== undefined);
    expect(titled.length, `no ${axis} axis title`).toBeGreaterThan(0);
  }
  for (const [key, value] of axes) {
    const title = axisTitle(value);
    const isCategory = (value as { type?: string }).type === 'category';
    if (title !== undefined && !isCategory) expect(title, `${key} title has no unit`).toMatch(/\(.+\)/);
  }
}

/** The title text of a layout axis, or undefined. */
export function axisTitle(axis: unknown): string | undefined {
  const title = (axis as { title?: { text?: string } }).title;
  return title?.text;
}

/** The trace with this name; fails when there is none. */
export function traceNamed(figure: Figure, name: string): Record<string, unknown> {
  const trace = figure.spec.data.find((t) => t.name === name);
  expect(trace, `no trace named ${name}`).toBeDefined();
  return trace as Record<string, unknown>;
}

/** Trace names in order. */
export function traceNames(figure: Figure): string[] {
  return figure.spec.data.map((t) => String(t.name));
}

function stripUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? `NONFINITE:${v}` : v)));
}
