import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { moeR2Table } from '../../../lib/paper/moe/moe-r2-table.js';

describe('moeR2Table', () => {
  const table = moeR2Table(
    [
      { model: 'Qwen/Qwen3-30B-A3B', plainR2: 0.85, correctedR2: 0.97 },
      { model: 'gpt-oss-20b', plainR2: 0.9, correctedR2: 0.995 },
      { model: 'Mixtral-8x7B', plainR2: 0.8, correctedR2: 0.9 },
    ],
    { dataLabel: 'simulated' },
  );

  it('puts this project next to the paper, matching models without org prefix or case', () => {
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => c.key)).toEqual(['model', 'plain_r2', 'corrected_r2', 'gain', 'paper_plain_r2', 'paper_corrected_r2']);
    expect(table.rows.map((r) => r.model)).toEqual(['gpt-oss-20b', 'Mixtral-8x7B', 'Qwen/Qwen3-30B-A3B']);
    expect(table.rows[0]).toMatchObject({ plain_r2: 0.9, corrected_r2: 0.995, paper_plain_r2: 0.902, paper_corrected_r2: 0.997 });
    expect(table.rows[0].gain).toBeCloseTo(0.095, 12);
    expect(table.rows[1]).toMatchObject({ paper_plain_r2: null, paper_corrected_r2: null });
    expect(table.rows[2]).toMatchObject({ paper_plain_r2: 0.83, paper_corrected_r2: 0.976 });
  });

  it('cites the source in the caption', () => {
    expect(table.caption).toContain('arXiv 2605.15051');
    expect(table.caption).toContain('simulated');
  });
});

describe('moeR2Table with settings', () => {
  it('adds a setting column and keeps the input order of one model\'s settings', () => {
    const table = moeR2Table(
      [
        { model: 'Qwen3-30B-A3B', setting: 'T = B·(k+1)', plainR2: 0.8, correctedR2: 0.99, n: 50 },
        { model: 'gpt-oss-20b', setting: 'T = B·(k+1)', plainR2: 0.9, correctedR2: 0.99, n: 40 },
        { model: 'Qwen3-30B-A3B', setting: 'T = B·k', plainR2: 0.8, correctedR2: 0.97, n: 50 },
      ],
      { dataLabel: 'simulated' },
    );
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => c.key).slice(0, 3)).toEqual(['model', 'setting', 'plain_r2']);
    expect(table.rows.map((r) => [r.model, r.setting])).toEqual([
      ['gpt-oss-20b', 'T = B·(k+1)'],
      ['Qwen3-30B-A3B', 'T = B·(k+1)'],
      ['Qwen3-30B-A3B', 'T = B·k'],
    ]);
    expect(table.rows[2]).toMatchObject({ paper_plain_r2: 0.83, paper_corrected_r2: 0.976, n: 50 });
  });
});
