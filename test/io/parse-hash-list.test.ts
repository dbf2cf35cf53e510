import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseHashList } from '../../lib/io/parse-hash-list.js';

const H1 = 'a'.repeat(64);
const H2 = 'B'.repeat(64);

describe('parseHashList', () => {
  it('reads entries, comments and the base-url line', () => {
    const list = parseHashList(`# comment\n# base-url: https://example.org/data\n${H1}  a.json\n\n${H2} *b.json\n`, 'l');
    expect(list).toEqual({
      baseUrl: 'https://example.org/data/',
      entries: [
        { sha256: H1, name: 'a.json' },
        { sha256: 'b'.repeat(64), name: 'b.json' },
      ],
    });
  });

  it('rejects malformed lines, unsafe and duplicate names, empty lists', () => {
    expect(() => parseHashList(`${H1}  ../evil.json\n`, 'l')).toThrow('parseHashList: l: line 1: unsafe file name "../evil.json"');
    expect(() => parseHashList(`${H1}  sub/a.json\n`, 'l')).toThrow('unsafe file name');
    expect(() => parseHashList(`${H1}  a.json\n${H1}  a.json\n`, 'l')).toThrow('parseHashList: l: line 2: duplicate file name a.json');
    expect(() => parseHashList('abc  a.json\n', 'l')).toThrow('parseHashList: l: line 1: not "<64 hex digits>  <file name>"');
    expect(() => parseHashList('# base-url: ftp://x/\n', 'l')).toThrow('base-url is not an http(s) URL');
    expect(() => parseHashList('# nothing\n', 'l')).toThrow('parseHashList: l: no entries');
  });

  it('the committed speculators-scaling list has 240 entries and the pinned URL', () => {
    const file = path.resolve(__dirname, '..', '..', 'data', 'speculators-scaling.sha256');
    const list = parseHashList(readFileSync(file, 'utf8'), file);
    expect(list.entries).toHaveLength(240);
    expect(list.baseUrl).toBe(
      'https://raw.githubusercontent.com/vllm-project/speculators/5ebcf4359bf602d7e5859b327a5d80eb27ff6ef9/research/scaling/throughput_data/',
    );
    expect(list.entries.every((e) => /^output_Qwen3-[\d.]+B_FS_alpha-[\d.]+_draft-\d+_prompt-512_output-128_concurrency-128_reduced\.json$/.test(e.name))).toBe(true);
  });
});
