import { describe, expect, it } from 'vitest';
import type { ClaimCheck } from '../../lib/io/claim-check.js';
import { scorecardHtml } from '../../lib/io/scorecard-html.js';

const defs = [
  { id: 'fig1', figure: 'Fig. 1', statement: 'collapse & more' },
  { id: 'fig7', figure: 'Fig. 7', statement: 'held-out R² ≥ 0.97' },
];
const check = (o: Partial<ClaimCheck>): ClaimCheck => ({ claim: 'fig1', data: 'real', verdict: 'holds', evidence: 'median dev 2%', figure: null, notebook: '01', ...o });

describe('scorecardHtml', () => {
  it('has one row per claim in the given order and one column per checked kind of data', () => {
    const html = scorecardHtml(
      defs,
      [check({ figure: 'fig01-collapse' }), check({ claim: 'fig7', data: 'simulated', verdict: 'fails', evidence: '0 of 8 < 0.97', figure: 'tab05' })],
      new Map([['fig01-collapse', 'figure-fig01-collapse']]),
    );
    expect(html).toContain('<th>paper</th><th>claim</th><th>real measurements</th><th>simulated data</th></tr>');
    expect(html.indexOf('collapse &amp; more')).toBeLessThan(html.indexOf('held-out R² ≥ 0.97'));
    expect(html).toContain('<span class="verdict verdict-holds">holds</span>: median dev 2% <a href="#figure-fig01-collapse">fig01-collapse</a>');
    expect(html).toContain('<span class="verdict verdict-fails">does not hold</span>: 0 of 8 &lt; 0.97 (tab05)'); // no anchor: no link
    expect(html.match(/not checked/g)).toHaveLength(2); // fig1 simulated, fig7 real
  });

  it('appends claims the definitions do not list, and is empty with nothing to show', () => {
    const html = scorecardHtml(defs, [check({ claim: 'extra-claim', data: 'public', verdict: 'partly' })], new Map());
    expect(html).toContain('<tr><td></td><td>extra-claim</td><td><span class="verdict verdict-partly">in part</span>');
    expect(scorecardHtml([], [], new Map())).toBe('');
  });
});
