import type { TidyRow } from '../../data/tidy-schema.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { parameterCountB } from '../shared/parameter-count-b.js';

/**
 * A caption's description of what a set of rows holds: the verifiers (one family as a size range,
 * 'Qwen3 0.6B–32B', else their names), the drafter kind ('EAGLE' when every drafter is an EAGLE head,
 * else the names), the hardware and the prefill/decode lengths, e.g.
 * 'Qwen3 0.6B–32B + EAGLE, A100-80GB, prefill 512 / decode 128'.
 *
 * @param rows tidy rows of speculative runs
 * @returns the description
 * @throws {Error} `describeRows requires ...` for no rows with k > 0
 * @example
 * describeRows(realRows); // 'Qwen3 0.6B–32B + EAGLE, A100-80GB, prefill 512 / decode 128'
 */
export function describeRows(rows: readonly TidyRow[]): string {
  const sd = Array.isArray(rows) ? rows.filter((r) => r.k > 0) : [];
  if (sd.length === 0) throw new Error('describeRows requires rows with speculative runs (k > 0)');
  const distinct = (values: string[]): string[] => [...new Set(values)].sort(naturalCompare);
  const verifiers = [...new Set(sd.map((r) => r.verifier))].sort((a, b) => size(a) - size(b) || naturalCompare(a, b));
  const parts = verifiers.map((v) => /^(.*)-(\d+(?:\.\d+)?B)$/.exec(v));
  const family = parts.every((m) => m !== null && m[1] === parts[0]![1]) ? parts[0]![1] : null;
  const models =
    family !== null && verifiers.length > 1 ? `${family} ${parts[0]![2]}–${parts[parts.length - 1]![2]}` : verifiers.join(', ');
  const drafters = distinct(sd.map((r) => r.drafter));
  const eagle = drafters.map((d) => /^(eagle\d*)\(/i.exec(d)?.[1] ?? null);
  const drafter = eagle.every((e) => e !== null && e === eagle[0]) ? (eagle[0] as string) : drafters.join(', ');
  const lengths = distinct(sd.map((r) => `prefill ${r.prefill_tokens} / decode ${r.decode_tokens}`));
  return `${models} + ${drafter}, ${distinct(sd.map((r) => r.hardware)).join(', ')}, ${lengths.join('; ')}`;
}

function size(verifier: string): number {
  try {
    return parameterCountB(verifier, 'verifier');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
