/**
 * Checks that a model input is a finite number at least `min` (inclusive by default).
 * Shared by the model's public functions so that they all reject bad input the same way.
 *
 * @param fn the calling function's name, used in the message
 * @param name the argument's name
 * @param value the value to check
 * @param min the smallest allowed value
 * @param exclusive when true, the value must be strictly greater than `min`
 * @throws {Error} `<fn> requires <name> to be a finite number >= <min>, got <value>`
 * @example
 * checkNumber('eq1Latency', 'rps', 2, 0); // passes
 */
export function checkNumber(fn: string, name: string, value: number, min = 0, exclusive = false): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && (exclusive ? value > min : value >= min);
  if (!ok) {
    throw new Error(`${fn} requires ${name} to be a finite number ${exclusive ? '>' : '>='} ${min}, got ${value}`);
  }
}
