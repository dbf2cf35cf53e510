#!/usr/bin/env python3
"""SciPy / NumPy references for bench/libs.bench.ts, used ONLY to compare against; speclat never
depends on Python.

usage: scipy_libs.py CASES.json
CASES.json holds {tq: [[p, df], ...], nnls: [{a, b}, ...], nm: [{problem, x0, step, maxfev}, ...],
eig: [{a (row-major), m}, ...], lstsq: [{a, b}, ...]}. Prints JSON with, in the same order:
  tq:    scipy.stats.t.ppf(p, df)
  nnls:  scipy.optimize.nnls(A, b) solution and ||A x - b||
  nm:    scipy.optimize.minimize(method='Nelder-Mead') from x0 with the initial simplex x0 + step_i e_i,
         at most maxfev evaluations, xatol = fatol = 1e-4 (SciPy's defaults): best f, evaluations
  eig:   numpy.linalg.eigh eigenvalues (ascending)
  lstsq: numpy.linalg.lstsq solution
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize, nnls
from scipy.stats import t


def rosen(x):
    x = np.asarray(x)
    return float(np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2))


PROBLEMS = {
    'quadratic': lambda x: (x[0] - 1) ** 2 + 3 * (x[1] + 2) ** 2,
    'rosenbrock': rosen,
    'powell': lambda x: (x[0] + 10 * x[1]) ** 2 + 5 * (x[2] - x[3]) ** 2 + (x[1] - 2 * x[2]) ** 4 + 10 * (x[0] - x[3]) ** 4,
    'beale': lambda x: (1.5 - x[0] + x[0] * x[1]) ** 2 + (2.25 - x[0] + x[0] * x[1] ** 2) ** 2 + (2.625 - x[0] + x[0] * x[1] ** 3) ** 2,
    'ellipsoid': lambda x: float(sum(10 ** (i / 2) * (v - 0.5) ** 2 for i, v in enumerate(x))),
}


def main():
    cases = json.load(open(sys.argv[1]))
    out = {'tq': [float(t.ppf(p, df)) for p, df in cases['tq']], 'nnls': [], 'nm': [], 'eig': [], 'lstsq': []}
    for c in cases['nnls']:
        a, b = np.array(c['a']), np.array(c['b'])
        x, _ = nnls(a, b, maxiter=50 * a.shape[1])
        out['nnls'].append({'x': x.tolist(), 'rnorm': float(np.linalg.norm(a @ x - b))})
    for c in cases['nm']:
        x0 = np.array(c['x0'], dtype=float)
        simplex = np.vstack([x0] + [x0 + s * np.eye(len(x0))[i] for i, s in enumerate(c['step'])])
        r = minimize(PROBLEMS[c['problem']], x0, method='Nelder-Mead',
                     options={'initial_simplex': simplex, 'maxfev': c['maxfev'], 'xatol': 1e-4, 'fatol': 1e-4})
        out['nm'].append({'fx': float(r.fun), 'nfev': int(r.nfev)})
    for c in cases['eig']:
        m = c['m']
        out['eig'].append(np.linalg.eigh(np.array(c['a']).reshape(m, m))[0].tolist())
    for c in cases['lstsq']:
        out['lstsq'].append(np.linalg.lstsq(np.array(c['a']), np.array(c['b']), rcond=None)[0].tolist())
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
