import { isPlainObject } from '../util/is-plain-object.js';

/** One step of a field path: an object key or an array index. */
export type PathSegment = string | number;

/** What a number read from a file must satisfy. */
export type NumberCheck = 'finite' | 'nonnegative' | 'count';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Reads typed fields out of a parsed document and throws errors that name the
 * function, the file and the field path, in the project's one pattern:
 * `<fn>: <file>: <field path>: <problem>`, e.g.
 * `parseGuidellmReport: results.json: benchmarks[2].metrics.request_latency.successful.mean: not a finite number`.
 *
 * Paths are absolute from the document root, so every message points at the exact field.
 * The reader holds no state beyond the two names.
 *
 * @example
 * const r = new FieldReader('parseVllmBench', 'run.json');
 * r.number({ a: { b: 2 } }, ['a', 'b']); // 2
 * r.number({ a: { b: 'x' } }, ['a', 'b']); // throws 'parseVllmBench: run.json: a.b: not a finite number (got "x")'
 */
export class FieldReader {
  constructor(
    readonly fn: string,
    readonly file: string,
  ) {}

  /** Formats a path as `benchmarks[2].metrics.request_latency`; odd keys as `["request_goodput:"]`. */
  static formatPath(path: readonly PathSegment[]): string {
    let out = '';
    for (const seg of path) {
      if (typeof seg === 'number') out += `[${seg}]`;
      else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
      else out += `[${JSON.stringify(seg)}]`;
    }
    return out === '' ? '(document)' : out;
  }

  /** Builds (does not throw) the error for a field. */
  error(path: readonly PathSegment[], problem: string): Error {
    return new Error(`${this.fn}: ${this.file}: ${FieldReader.formatPath(path)}: ${problem}`);
  }

  /** Walks the path; undefined when any step is missing or not a container. */
  lookup(root: unknown, path: readonly PathSegment[]): unknown {
    let cur: unknown = root;
    for (const seg of path) {
      if (typeof seg === 'number') {
        if (!Array.isArray(cur) || seg >= cur.length) return undefined;
        cur = cur[seg];
      } else {
        if (!isPlainObject(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
        cur = cur[seg];
      }
    }
    return cur;
  }

  /** True when the field exists and is neither null nor undefined. */
  has(root: unknown, path: readonly PathSegment[]): boolean {
    const v = this.lookup(root, path);
    return v !== undefined && v !== null;
  }

  /** A required object (not an array). */
  object(root: unknown, path: readonly PathSegment[]): Record<string, unknown> {
    const v = this.lookup(root, path);
    if (v === undefined || v === null) throw this.error(path, 'missing');
    if (!isPlainObject(v)) throw this.error(path, `not an object (got ${describe(v)})`);
    return v;
  }

  /** A required array. */
  array(root: unknown, path: readonly PathSegment[]): unknown[] {
    const v = this.lookup(root, path);
    if (v === undefined || v === null) throw this.error(path, 'missing');
    if (!Array.isArray(v)) throw this.error(path, `not an array (got ${describe(v)})`);
    return v;
  }

  /** A required number satisfying `check` ('finite', 'nonnegative', or 'count' = integer >= 0). */
  number(root: unknown, path: readonly PathSegment[], check: NumberCheck = 'finite'): number {
    const v = this.lookup(root, path);
    if (v === undefined || v === null) throw this.error(path, 'missing');
    return this.checkNumber(v, path, check);
  }

  /** An optional number: null when missing or null, an error when present but invalid. */
  optionalNumber(root: unknown, path: readonly PathSegment[], check: NumberCheck = 'finite'): number | null {
    const v = this.lookup(root, path);
    if (v === undefined || v === null) return null;
    return this.checkNumber(v, path, check);
  }

  /** An optional string: null when missing or null, an error when present but not a string. */
  optionalString(root: unknown, path: readonly PathSegment[]): string | null {
    const v = this.lookup(root, path);
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw this.error(path, `not a string (got ${describe(v)})`);
    return v;
  }

  /** Validates a value already read from `path`. */
  checkNumber(v: unknown, path: readonly PathSegment[], check: NumberCheck): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw this.error(path, `not a finite number (got ${describe(v)})`);
    }
    if (check === 'nonnegative' && v < 0) throw this.error(path, `negative (got ${v})`);
    if (check === 'count' && (v < 0 || !Number.isInteger(v))) {
      throw this.error(path, `not a non-negative integer count (got ${v})`);
    }
    return v;
  }
}

/** A short description of a bad value for error messages. */
function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  return typeof v;
}
