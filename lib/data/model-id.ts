/** A model name as a file gives it, and the model id speclat uses for it. */
export interface ModelId {
  /** The id: `openai/gpt-oss-120b` for a Hugging Face cache path, the folder name for a local path, else the name as given. */
  id: string;
  /** True when `id` differs from the name as given (the raw value should then be kept). */
  changed: boolean;
}

const HF_CACHE_SEGMENT = /^models--(.+)$/;

/**
 * The model id of a model name written by a benchmark tool. Servers started from a local
 * folder report that folder as the model name, so files hold paths such as
 * `/models/models--openai--gpt-oss-120b/snapshots/b5c9.../` (a Hugging Face cache) or
 * `/data/Llama-3.3-70B-Instruct`:
 * - a path with a Hugging Face cache segment `models--<org>--<name>` becomes `<org>/<name>`
 *   (the cache writes the repo id with '/' as '--'; repo ids cannot hold '--' themselves);
 * - another path (starting with `/`, `~`, `./`, `../` or a drive letter like `C:\`) becomes its
 *   last folder name (trailing slashes dropped);
 * - anything else (a repo id `org/name`, a served name) is kept as it is.
 *
 * @param name the model name as the file gives it (non-empty)
 * @returns the id, and whether it differs from the name
 * @throws {Error} `modelIdOf requires a non-empty string`
 * @example
 * modelIdOf('/models/models--openai--gpt-oss-120b/snapshots/b5c9e1/').id; // 'openai/gpt-oss-120b'
 * modelIdOf('/data/Llama-3.3-70B-Instruct').id; // 'Llama-3.3-70B-Instruct'
 * modelIdOf('meta-llama/Llama-3.1-8B-Instruct'); // { id: 'meta-llama/Llama-3.1-8B-Instruct', changed: false }
 */
export function modelIdOf(name: string): ModelId {
  if (typeof name !== 'string' || name === '') throw new Error('modelIdOf requires a non-empty string');
  const trimmed = name.trim();
  if (!isPath(trimmed)) return { id: name, changed: false };
  const segments = trimmed.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..' && s !== '~');
  for (let i = segments.length - 1; i >= 0; i--) {
    const m = HF_CACHE_SEGMENT.exec(segments[i]);
    if (m && m[1].includes('--')) return result(name, m[1].replace('--', '/'));
    if (m) return result(name, m[1]);
  }
  const last = segments[segments.length - 1];
  if (last === undefined || /^[A-Za-z]:$/.test(last)) return { id: name, changed: false };
  return result(name, last);
}

function isPath(s: string): boolean {
  return s.startsWith('/') || s.startsWith('~') || s.startsWith('./') || s.startsWith('../') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('.\\');
}

function result(name: string, id: string): ModelId {
  return { id, changed: id !== name };
}
