import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../lib/io/find-chromium.js';

describe('findChromium', () => {
  it('prefers $SPECLAT_CHROMIUM when it exists and reports null when it does not', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-chromium-')), 'my-chromium');
    fs.writeFileSync(file, '');
    expect(findChromium({ SPECLAT_CHROMIUM: file })).toBe(file);
    expect(findChromium({ SPECLAT_CHROMIUM: file + '-missing' })).toBeNull();
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('otherwise returns the first existing standard path', () => {
    const expected = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
    expect(findChromium({})).toBe(expected);
    expect(CHROMIUM_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });
});
