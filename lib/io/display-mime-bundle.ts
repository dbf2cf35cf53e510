/** The part of tslab's kernel module that sends Jupyter display_data messages. */
interface TslabJupyter {
  lastWriteDisplayData:
    | ((data: { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void)
    | null;
}

/**
 * Displays a multi-MIME bundle as one Jupyter output from a tslab notebook cell, so that the
 * frontend picks the richest type it can render (tslab's public `display.*` sends one MIME
 * type per output; this uses tslab's kernel-side sender, the same one those functions use).
 *
 * @param bundle `{ [mimeType]: content }`; strings, or JSON values for `+json` types
 * @throws {Error} `displayMimeBundle requires a running tslab kernel` outside a notebook cell
 * @example
 * displayMimeBundle({ 'text/html': '<b>hi</b>', 'text/plain': 'hi' });
 */
export function displayMimeBundle(bundle: Record<string, unknown>): void {
  if (bundle === null || typeof bundle !== 'object' || Object.keys(bundle).length === 0) {
    throw new Error('displayMimeBundle requires a non-empty { mimeType: content } object');
  }
  let jupyter: TslabJupyter;
  try {
    jupyter = require('tslab/dist/jupyter') as TslabJupyter;
  } catch {
    throw new Error('displayMimeBundle requires the npm package tslab');
  }
  if (typeof jupyter.lastWriteDisplayData !== 'function') {
    throw new Error('displayMimeBundle requires a running tslab kernel (call it from a notebook cell)');
  }
  jupyter.lastWriteDisplayData({ data: bundle, metadata: {}, transient: {} }, false);
}
