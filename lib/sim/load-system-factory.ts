import type { SystemFactoryRef } from './grid-job.js';
import type { SimSystem } from './sim-types.js';

/**
 * Loads a system factory (a module's exported function `(arg) => SimSystem`) and wraps it with
 * a cache keyed by the argument's JSON, so that a thread resolves each system once.
 * `load` loads the module; the default tries `require` (works under tsx's CommonJS hook, as in
 * the CLI and the grid workers) and falls back to dynamic `import()` (vitest, ESM loaders).
 *
 * @param ref absolute module path and export name
 * @param load module loader (default: dynamic import)
 * @returns a function from factory argument to system
 * @throws {Error} `loadSystemFactory requires ...` when the module cannot be loaded or the export is not a function
 * @example
 * const get = await loadSystemFactory({ modulePath: path.resolve('lib/sim/resolve-system.ts'), exportName: 'resolveSystem' });
 * get('qwen3-8b@a100-80gb').engine.maxNumSeqs;
 */
export async function loadSystemFactory(
  ref: SystemFactoryRef,
  load: (modulePath: string) => unknown = requireOrImport,
): Promise<(arg: unknown) => SimSystem> {
  let mod: Record<string, unknown>;
  try {
    mod = (await load(ref.modulePath)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`loadSystemFactory requires a loadable module, ${ref.modulePath}: ${(err as Error).message}`);
  }
  const fn = mod[ref.exportName];
  if (typeof fn !== 'function') throw new Error(`loadSystemFactory requires ${ref.modulePath} to export a function ${ref.exportName}`);
  const cache = new Map<string, SimSystem>();
  return (arg: unknown) => {
    const key = JSON.stringify(arg);
    let sys = cache.get(key);
    if (sys === undefined) {
      sys = (fn as (a: unknown) => SimSystem)(arg);
      cache.set(key, sys);
    }
    return sys;
  };
}

async function requireOrImport(modulePath: string): Promise<unknown> {
  try {
    return require(modulePath);
  } catch (err) {
    try {
      return await import(modulePath);
    } catch {
      throw err;
    }
  }
}
