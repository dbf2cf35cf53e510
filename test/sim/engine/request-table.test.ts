import { describe, expect, it } from 'vitest';
import { REQ_WAITING, RequestTable } from '../../../lib/sim/engine/request-table.js';

describe('RequestTable', () => {
  it('assigns ids from 0 in order and keeps values across growth', () => {
    const t = new RequestTable(4);
    for (let i = 0; i < 100; i++) expect(t.add(i * 0.5, i, 10 + i, 20 + i)).toBe(i);
    expect(t.count).toBe(100);
    expect(t.targetStartS[37]).toBe(18.5);
    expect(t.startS[99]).toBe(99);
    expect(t.promptTokens[50]).toBe(60);
    expect(t.targetOutput[50]).toBe(70);
    expect(t.prefillEnd[50]).toBe(60);
    expect(t.state[3]).toBe(REQ_WAITING);
    expect(Number.isNaN(t.firstTokenS[3])).toBe(true);
    expect(Number.isNaN(t.endS[99])).toBe(true);
  });
});
