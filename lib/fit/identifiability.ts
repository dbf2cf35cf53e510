import { symmetricEigen } from './symmetric-eigen.js';

/** Coefficients that a fit's data cannot tell apart, and why. */
export interface UnidentifiedCoefficients {
  /** Coefficient names (the fit reports each as null). */
  names: string[];
  /** One sentence for people, e.g. 'the data determine only a combination of c1_v, c1_d (...)'. */
  reason: string;
}

/**
 * Largest variance inflation factor of an identified parameter: 1e12, i.e. a standard error a
 * million times that of the same parameter in an orthogonal design. Exactly dependent Jacobian
 * columns give ~1e15 and more (rounding level); designs that separate the parameters, however
 * poorly, stay below ~1e8.
 */
export const MAX_VIF = 1e12;

/**
 * Identifiability of a least-squares fit's parameters from J^T J at the solution (J the
 * weighted Jacobian). The columns are normalised to unit length (so that the test does not
 * depend on units or parameter scales), the normalised matrix is eigen-decomposed, and a parameter
 * is unidentified when its variance inflation factor, sum_k v_jk^2 / lambda_k, exceeds
 * {@link MAX_VIF} (eigenvalues floored at rounding level, 2.2e-16 x the largest): the data then
 * leave it free along a direction that does not change any prediction. A parameter whose column
 * is zero (no effect on any prediction) is unidentified too. Parameters coupled by the projector
 * onto those near-null directions are reported as one group.
 *
 * @param jtj J^T J (m x m, row-major), e.g. LeastSquaresResult.jtj
 * @param names one name per parameter, e.g. the coefficients they map to
 * @returns the groups of unidentified parameters (empty when every parameter is identified)
 * @throws {Error} `identifiability requires ...` when the sizes disagree or values are not finite
 * @example
 * // two identical columns: only their sum is determined
 * identifiability(Float64Array.from([1, 1, 1, 1]), ['a', 'b']);
 * // [{ names: ['a', 'b'], reason: 'the data determine only a combination of a, b (...)' }]
 */
export function identifiability(jtj: ArrayLike<number>, names: readonly string[]): UnidentifiedCoefficients[] {
  const m = names.length;
  if (m === 0 || jtj.length !== m * m) throw new Error(`identifiability requires an m x m J^T J for ${m} names, got ${jtj.length} entries`);
  for (let i = 0; i < m * m; i++) if (!Number.isFinite(jtj[i])) throw new Error(`identifiability requires finite J^T J entries, entry ${i} is ${jtj[i]}`);
  const out: UnidentifiedCoefficients[] = [];
  const live: number[] = [];
  for (let j = 0; j < m; j++) {
    if (jtj[j * m + j] > 0) live.push(j);
    else out.push({ names: [names[j]], reason: `${names[j]} has no effect on any predicted latency of these data` });
  }
  const k = live.length;
  if (k === 0) return out;
  const d = live.map((j) => Math.sqrt(jtj[j * m + j]));
  const c = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) c[a * k + b] = jtj[live[a] * m + live[b]] / (d[a] * d[b]);
  const { values, vectors } = symmetricEigen(c, k);
  const lambdaMax = values[k - 1];
  const floor = 2.2e-16 * lambdaMax;
  const vif = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    for (let e = 0; e < k; e++) vif[a] += vectors[a * k + e] ** 2 / Math.max(values[e], floor);
  }
  const flagged = new Set<number>();
  for (let a = 0; a < k; a++) if (vif[a] > MAX_VIF) flagged.add(a);
  if (flagged.size === 0) return out;
  // Group the flagged parameters: two are linked when the projector onto the near-null space
  // couples them (|P_ab| > 1e-3; P does not depend on the basis chosen inside a repeated eigenvalue).
  const nullDirs: number[] = [];
  for (let e = 0; e < k; e++) if (values[e] * MAX_VIF <= lambdaMax) nullDirs.push(e);
  const projector = (x: number, y: number): number => nullDirs.reduce((sum, e) => sum + vectors[x * k + e] * vectors[y * k + e], 0);
  const groups: Set<number>[] = [];
  for (const a of [...flagged].sort((x, y) => x - y)) {
    const linked = groups.filter((g) => [...g].some((b) => Math.abs(projector(a, b)) > 1e-3));
    const merged = new Set([a, ...linked.flatMap((g) => [...g])]);
    for (const g of linked) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const ratio = Math.sqrt(Math.max(values[0], 0) / lambdaMax);
  for (const g of groups) {
    const list = [...g].sort((x, y) => x - y).map((a) => names[live[a]]);
    out.push({
      names: list,
      reason: `the data determine only a combination of ${list.join(', ')} (their Jacobian columns are linearly dependent: smallest singular value ratio ${ratio.toExponential(1)})`,
    });
  }
  return out;
}
