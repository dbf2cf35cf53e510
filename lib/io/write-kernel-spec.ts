import * as fs from 'node:fs';
import * as path from 'node:path';

/** The Jupyter kernel name that every notebook of the project uses in its metadata. */
export const KERNEL_NAME = 'tslab';

/**
 * Writes the project-local Jupyter kernel spec `<root>/.jupyter/kernels/tslab/kernel.json`
 * whose argv starts scripts/tslab-kernel.sh of this clone by absolute path (so it cannot be
 * committed: .jupyter/ is git-ignored and regenerated on every run). Point Jupyter at it with
 * `JUPYTER_PATH=<returned dir>`. Rewrites the file only when its content changes.
 *
 * @param root absolute or relative path of the project root (the folder holding scripts/)
 * @returns the absolute directory to put in JUPYTER_PATH (`<root>/.jupyter`)
 * @throws {Error} `writeKernelSpec requires ...` when root holds no scripts/tslab-kernel.sh
 * @example
 * const jupyterPath = writeKernelSpec(process.cwd()); // '/path/to/clone/.jupyter'
 */
export function writeKernelSpec(root: string): string {
  const absRoot = path.resolve(root);
  const script = path.join(absRoot, 'scripts', 'tslab-kernel.sh');
  if (!fs.existsSync(script)) {
    throw new Error(`writeKernelSpec requires a project root holding scripts/tslab-kernel.sh, got ${absRoot}`);
  }
  const jupyterPath = path.join(absRoot, '.jupyter');
  const dir = path.join(jupyterPath, 'kernels', KERNEL_NAME);
  const file = path.join(dir, 'kernel.json');
  const spec = {
    argv: [script, '{connection_file}'],
    display_name: 'TypeScript (speclat)',
    language: 'typescript',
  };
  const text = JSON.stringify(spec, null, 2) + '\n';
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.writeFileSync(file, text);
  }
  return jupyterPath;
}
