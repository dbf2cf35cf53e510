// `speclat fit` with no flags on the real multi-file sweeps of ../shared/real-format-samples/vllm
// (present beside the clone in CI and on the development machine, never committed): one fitted
// group per sweep (issue 8).
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { captureIo } from './capture-io.js';

const V = path.resolve(__dirname, '..', '..', '..', 'shared', 'real-format-samples', 'vllm');

/** A folder holding links to the sample files whose names start with `prefix`. */
function subset(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'speclat-samples-'));
  for (const name of readdirSync(V).filter((n) => n.startsWith(prefix))) symlinkSync(path.join(V, name), path.join(dir, name));
  return dir;
}

describe.skipIf(!existsSync(V))('speclat fit on the real vLLM samples, no flags', () => {
  it('the whole folder: the 70B Poisson sweep and both 8B sweeps fit; single runs fail with their reasons', async () => {
    const io = captureIo();
    expect(await main(['fit', V, '--json'], io)).toBe(0);
    const groups = JSON.parse(io.out);
    const fitted = groups.filter((g: { error?: string }) => g.error === undefined);
    expect(fitted.map((g: Record<string, unknown>) => [g.verifier, g.meta_framework ?? null, g.n_points, g.decode_tokens])).toEqual([
      ['meta-llama/Llama-3.1-8B-Instruct', 'sgl', 4, 100],
      ['meta-llama/Llama-3.1-8B-Instruct', 'vllm', 4, 100],
      ['meta-llama/Llama-3.3-70B-Instruct', null, 3, 213],
    ]);
    for (const g of groups.filter((x: { error?: string }) => x.error !== undefined)) expect(Array.isArray(g.excluded)).toBe(true);
  });

  it('each multi-file sweep alone gives one fitted group', async () => {
    for (const [prefix, count] of [
      ['surajssd', 1],
      ['nerdalert', 2],
    ] as const) {
      const dir = subset(prefix);
      const io = captureIo();
      expect(await main(['fit', dir, '--json'], io)).toBe(0);
      const groups = JSON.parse(io.out);
      expect(groups.filter((g: { error?: string }) => g.error === undefined)).toHaveLength(count);
      expect(groups).toHaveLength(count);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
