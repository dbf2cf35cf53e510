import type { FigureMeta, FigureSpec } from './figure-spec.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Checks that a value is a well-formed {@link FigureSpec} (data an array of trace objects,
 * layout an object, config an object when present) and, when given, that its
 * {@link FigureMeta} has a file-safe id and a caption string.
 *
 * @param spec the figure
 * @param meta its id and caption, or undefined to check the spec alone
 * @param functionName the public function asking, used as the start of error messages
 * @throws {Error} `<functionName> requires ...` naming the first problem found
 * @example
 * checkFigureSpec({ data: [], layout: {} }, { id: 'fig01', caption: '' }, 'writeFigure');
 */
export function checkFigureSpec(spec: FigureSpec, meta: FigureMeta | undefined, functionName: string): void {
  if (meta !== undefined) {
    if (meta === null || typeof meta !== 'object') throw new Error(`${functionName} requires { id, caption }`);
    if (typeof meta.id !== 'string' || !ID_PATTERN.test(meta.id)) {
      throw new Error(
        `${functionName} requires an id of letters, digits, '.', '_' or '-', got ${JSON.stringify(meta.id)}`,
      );
    }
    if (typeof meta.caption !== 'string') throw new Error(`${functionName} requires a caption string (figure ${meta.id})`);
  }
  const where = meta ? ` (figure ${meta.id})` : '';
  if (spec === null || typeof spec !== 'object') throw new Error(`${functionName} requires a figure spec object${where}`);
  if (!Array.isArray(spec.data)) throw new Error(`${functionName} requires spec.data to be an array of traces${where}`);
  spec.data.forEach((trace, i) => {
    if (trace === null || typeof trace !== 'object' || Array.isArray(trace)) {
      throw new Error(`${functionName} requires spec.data[${i}] to be a trace object${where}`);
    }
  });
  if (spec.layout === null || typeof spec.layout !== 'object' || Array.isArray(spec.layout)) {
    throw new Error(`${functionName} requires spec.layout to be an object${where}`);
  }
  if (spec.config !== undefined && (spec.config === null || typeof spec.config !== 'object')) {
    throw new Error(`${functionName} requires spec.config to be an object when given${where}`);
  }
}
