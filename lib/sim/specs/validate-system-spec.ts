import type {
  DrafterSpec,
  EngineSpec,
  HardwareSpec,
  ModelSpec,
  MoeSpec,
  RooflineEfficiency,
  SystemSpec,
} from './spec-types.js';

type Obj = Record<string, unknown>;

class Checker {
  constructor(
    private readonly fn: string,
    private readonly where: string,
  ) {}

  fail(path: string, problem: string): never {
    throw new Error(`${this.fn}: ${this.where}: ${path}: ${problem}`);
  }

  obj(v: unknown, path: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(path, `must be an object, got ${show(v)}`);
    return v as Obj;
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.length === 0) this.fail(`${path}.${key}`, `must be a non-empty string, got ${show(v)}`);
    return v;
  }

  optStr(o: Obj, key: string, path: string): void {
    if (o[key] !== undefined && typeof o[key] !== 'string') this.fail(`${path}.${key}`, `must be a string, got ${show(o[key])}`);
  }

  bool(o: Obj, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v !== 'boolean') this.fail(`${path}.${key}`, `must be true or false, got ${show(v)}`);
    return v;
  }

  /** A finite number in [min, max] (exclusive min when `strict`), integer when `int`. */
  num(o: Obj, key: string, path: string, min: number, opts: { strict?: boolean; int?: boolean; max?: number } = {}): number {
    const v = o[key];
    const p = `${path}.${key}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(p, `must be a finite number, got ${show(v)}`);
    if (opts.int && !Number.isInteger(v)) this.fail(p, `must be an integer, got ${v}`);
    if (opts.strict ? v <= min : v < min) this.fail(p, `must be ${opts.strict ? '>' : '>='} ${min}, got ${v}`);
    if (opts.max !== undefined && v > opts.max) this.fail(p, `must be <= ${opts.max}, got ${v}`);
    return v;
  }

  intList(v: unknown, path: string, min: number, max: number): number[] {
    if (!Array.isArray(v)) this.fail(path, `must be an array of integers, got ${show(v)}`);
    v.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
        this.fail(`${path}[${i}]`, `must be an integer in [${min}, ${max}], got ${show(x)}`);
      }
    });
    return v as number[];
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 37)}...` : s;
  } catch {
    return String(v);
  }
}

function checkMoe(c: Checker, v: unknown, path: string, layers: number): MoeSpec {
  const o = c.obj(v, path);
  const M = c.num(o, 'numExperts', path, 1, { int: true });
  c.num(o, 'activeExperts', path, 1, { int: true, max: M });
  c.num(o, 'expertFfnSize', path, 1, { int: true });
  const shared = c.num(o, 'sharedExperts', path, 0, { int: true });
  c.num(o, 'sharedExpertFfnSize', path, shared > 0 ? 1 : 0, { int: true });
  if (o.moeLayers !== 'all') c.intList(o.moeLayers, `${path}.moeLayers`, 0, layers - 1);
  c.num(o, 'expertBytesPerParam', path, 0, { strict: true });
  return o as unknown as MoeSpec;
}

function checkModel(c: Checker, v: unknown, path: string): ModelSpec {
  const o = c.obj(v, path);
  c.str(o, 'name', path);
  c.str(o, 'source', path);
  const layers = c.num(o, 'layers', path, 1, { int: true });
  c.num(o, 'hiddenSize', path, 1, { int: true });
  c.num(o, 'numHeads', path, 1, { int: true });
  c.num(o, 'numKvHeads', path, 1, { int: true, max: o.numHeads as number });
  c.num(o, 'headDim', path, 1, { int: true });
  c.num(o, 'ffnSize', path, 0, { int: true });
  c.num(o, 'vocabSize', path, 1, { int: true });
  c.bool(o, 'tiedEmbeddings', path);
  c.num(o, 'dtypeBytes', path, 0, { strict: true });
  if (o.slidingWindow !== null) c.num(o, 'slidingWindow', path, 1, { int: true });
  c.intList(o.slidingLayers, `${path}.slidingLayers`, 0, layers - 1);
  if (o.moe !== null) checkMoe(c, o.moe, `${path}.moe`, layers);
  if (o.moe === null && (o.ffnSize as number) < 1) c.fail(`${path}.ffnSize`, 'must be >= 1 for a dense model');
  c.optStr(o, 'notes', path);
  return o as unknown as ModelSpec;
}

function checkDrafter(c: Checker, v: unknown, path: string): DrafterSpec {
  const o = c.obj(v, path);
  if (o.kind !== 'eagle' && o.kind !== 'draft_model') c.fail(`${path}.kind`, `must be 'eagle' or 'draft_model', got ${show(o.kind)}`);
  c.str(o, 'name', path);
  c.str(o, 'source', path);
  checkModel(c, o.model, `${path}.model`);
  if (o.kind === 'eagle') {
    const e = c.obj(o.eagle, `${path}.eagle`);
    c.num(e, 'fcInputSize', `${path}.eagle`, 0, { int: true });
    c.num(e, 'attentionInputSize', `${path}.eagle`, 1, { int: true });
    c.bool(e, 'sharesVerifierLmHead', `${path}.eagle`);
    c.bool(e, 'sharesVerifierEmbedding', `${path}.eagle`);
  } else if (o.eagle !== null) {
    c.fail(`${path}.eagle`, `must be null for a draft model, got ${show(o.eagle)}`);
  }
  c.optStr(o, 'notes', path);
  return o as unknown as DrafterSpec;
}

function checkHardware(c: Checker, v: unknown, path: string): HardwareSpec {
  const o = c.obj(v, path);
  c.str(o, 'name', path);
  c.str(o, 'source', path);
  c.num(o, 'peakFlops', path, 0, { strict: true });
  c.num(o, 'memBandwidthBps', path, 0, { strict: true });
  c.num(o, 'memoryBytes', path, 0, { strict: true });
  c.num(o, 'interconnectBps', path, 0, { strict: true });
  c.num(o, 'allReduceLatencyS', path, 0);
  c.optStr(o, 'notes', path);
  return o as unknown as HardwareSpec;
}

function checkEngine(c: Checker, v: unknown, path: string): EngineSpec {
  const o = c.obj(v, path);
  c.num(o, 'gpuMemoryUtilization', path, 0, { strict: true, max: 1 });
  c.num(o, 'maxNumSeqs', path, 1, { int: true });
  c.num(o, 'maxNumBatchedTokens', path, 1, { int: true });
  c.num(o, 'maxModelLen', path, 1, { int: true });
  c.num(o, 'blockSize', path, 1, { int: true });
  c.num(o, 'maxCudaGraphTokens', path, 0, { int: true });
  if (o.cudaGraphSizes !== null) {
    const sizes = c.intList(o.cudaGraphSizes, `${path}.cudaGraphSizes`, 1, Number.MAX_SAFE_INTEGER);
    for (let i = 1; i < sizes.length; i += 1) {
      if (sizes[i] <= sizes[i - 1]) c.fail(`${path}.cudaGraphSizes`, 'must be strictly ascending');
    }
  }
  c.num(o, 'stepOverheadS', path, 0);
  c.num(o, 'specOverheadS', path, 0);
  c.num(o, 'noiseRel', path, 0, { max: 1 });
  c.num(o, 'requestOverheadS', path, 0);
  if (o.reserveBytes !== null) c.num(o, 'reserveBytes', path, 0);
  if (o.kvCacheBlocks !== null) c.num(o, 'kvCacheBlocks', path, 1, { int: true });
  return o as unknown as EngineSpec;
}

function checkEfficiency(c: Checker, v: unknown, path: string): RooflineEfficiency {
  const o = c.obj(v, path);
  c.num(o, 'computeEff', path, 0, { strict: true, max: 1 });
  c.num(o, 'gemmPadTokens', path, 0);
  c.num(o, 'memoryEff', path, 0, { strict: true, max: 1 });
  c.num(o, 'attentionEff', path, 0, { strict: true, max: 1 });
  c.num(o, 'layerOverheadS', path, 0);
  c.num(o, 'passOverheadS', path, 0);
  c.num(o, 'passCpuFloorS', path, 0);
  c.num(o, 'seqCpuS', path, 0);
  c.num(o, 'sampledTokenCpuS', path, 0);
  return o as unknown as RooflineEfficiency;
}

/**
 * Checks that a value (e.g. parsed from a `--system FILE.json`) is a complete SystemSpec:
 * every field present with a sensible type and range. Extra fields are ignored.
 *
 * @param fn calling function's name for the message
 * @param value the candidate spec
 * @param where the file or label named in messages (default 'system spec')
 * @returns the same value, typed
 * @throws {Error} `<fn>: <where>: <field path>: <problem>` on the first problem found
 * @example
 * validateSystemSpec('resolveSystem', getSystemSpec('qwen3-8b@a100-80gb')); // returns it
 * validateSystemSpec('resolveSystem', { name: 'x' }); // throws "resolveSystem: system spec: verifier: must be an object, got nothing"
 */
export function validateSystemSpec(fn: string, value: unknown, where = 'system spec'): SystemSpec {
  const c = new Checker(fn, where);
  const o = c.obj(value, '(root)');
  c.str(o, 'name', 'system');
  const verifier = checkModel(c, o.verifier, 'verifier');
  if (o.drafter !== null) {
    const d = checkDrafter(c, o.drafter, 'drafter');
    if (d.model.hiddenSize !== verifier.hiddenSize && d.kind === 'eagle') {
      c.fail('drafter.model.hiddenSize', `an EAGLE head must have the verifier's width ${verifier.hiddenSize}, got ${d.model.hiddenSize}`);
    }
  }
  checkHardware(c, o.hardware, 'hardware');
  const gpus = c.num(o, 'gpuCount', 'system', 1, { int: true });
  if (verifier.numHeads % gpus !== 0) {
    c.fail('gpuCount', `must divide the verifier's ${verifier.numHeads} attention heads, got ${gpus}`);
  }
  if (o.drafter !== null && (o.drafter as DrafterSpec).model.numHeads % gpus !== 0) {
    c.fail('gpuCount', `must divide the drafter's ${(o.drafter as DrafterSpec).model.numHeads} attention heads, got ${gpus}`);
  }
  checkEngine(c, o.engine, 'engine');
  checkEfficiency(c, o.efficiency, 'efficiency');
  c.num(o, 'routingZipfS', 'system', 0);
  c.optStr(o, 'notes', 'system');
  return o as unknown as SystemSpec;
}
