/**
 * A hand-made request log (a RequestLog, with typed columns): two successful requests, one
 * incomplete, one errored, one outside the window.
 */
export function handLog() {
  const f = (xs: number[]) => Float64Array.from(xs);
  const i = (xs: number[]) => Int32Array.from(xs);
  return {
    count: 5,
    targetStartS: f([0, 1, 2, 3, 4]),
    startS: f([0, 1, 2, 3, 4]),
    firstTokenS: f([0.5, 1.2, 2.1, NaN, 4.2]),
    lastTokenS: f([1.5, 2.2, 2.3, NaN, 4.4]),
    endS: f([1.5, 2.2, NaN, 3.001, 4.4]),
    promptTokens: i([10, 10, 10, 10, 10]),
    outputTokens: i([11, 5, 2, 0, 3]),
    iterations: i([4, 5, 2, 0, 3]),
    status: Uint8Array.from([0, 0, 1, 2, 0]),
    measured: Uint8Array.from([1, 1, 1, 1, 0]),
  };
}
