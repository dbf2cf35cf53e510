import type { NotebookFailure } from './run-notebook.js';

/**
 * Describes a failed notebook run for a terminal: the notebook, the failing cell's number
 * and first source lines, the error and the tail of what the cell wrote to stderr.
 *
 * @param notebookName e.g. '03-sd-fits.ipynb'
 * @param failure from runNotebook's result
 * @param sourceLines how many source lines to show (default 12)
 * @returns multi-line text ending in '\n'
 * @example
 * formatNotebookFailure('00-smoke.ipynb', result.failure!);
 * // '00-smoke.ipynb: cell 2 failed (error)\n  | const x: number = 'a';\n  ...'
 */
export function formatNotebookFailure(notebookName: string, failure: NotebookFailure, sourceLines = 12): string {
  const lines: string[] = [];
  const where = failure.cellIndex === null ? 'before any cell ran' : `cell ${failure.cellIndex + 1}`;
  lines.push(`${notebookName}: ${where} failed (${failure.kind})`);
  if (failure.source) {
    const src = failure.source.split('\n');
    for (const l of src.slice(0, sourceLines)) lines.push(`  | ${l}`);
    if (src.length > sourceLines) lines.push(`  | ... (${src.length - sourceLines} more lines)`);
  }
  if (failure.errorName || failure.errorValue) lines.push(`${failure.errorName}: ${failure.errorValue}`);
  if (failure.traceback) lines.push(tail(failure.traceback, 40));
  if (failure.stderr) lines.push('stderr:', tail(failure.stderr.trimEnd(), 40));
  const explained = failure.kind === 'error' && (failure.traceback || failure.stderr);
  if (!explained && failure.message) lines.push(tail(failure.message.trimEnd(), 40));
  return lines.join('\n') + '\n';
}

function tail(text: string, n: number): string {
  const lines = text.split('\n');
  return lines.length <= n ? text : ['...', ...lines.slice(-n)].join('\n');
}
