// Helpers for the trimmed real-shaped fixtures in test/fixtures/measurements (see README.md there).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'measurements');
export const REDUCED_NAME = 'output_Qwen3-8B_FS_alpha-0.70_draft-3_prompt-512_output-128_concurrency-128_reduced.json';

/** Absolute path of a fixture, e.g. fixturePath('vllm/sweep-summary.json'). */
export function fixturePath(rel: string): string {
  return path.join(FIXTURES, rel);
}

/** A fixture's text. */
export function fixtureText(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

/** A JSON fixture parsed (a fresh copy each call, safe to mutate). */
export function fixtureJson(rel: string): any {
  return JSON.parse(fixtureText(rel));
}
