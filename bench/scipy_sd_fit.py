#!/usr/bin/env python3
"""SciPy reference for speclat's pooled Eq. 3 fit (lib/fit/fit-sd.ts), used ONLY to compare
against by the benches (bench/fit.bench.ts, bench/compare-scipy.ts); speclat never depends on it.

The same model and objective as fitSd: point i has features f1 = g/E, f2 = g k/E, latency
L = C1 / (1 - x C2) (open loop, x = requests/s; below slack 1e-3 the tangent of C1 / slack) or
C1 + C2 x (closed loop, x = concurrency), C1 = c1_p + c1_v f1 + c1_d f2, C2 likewise; residuals
w (pred - obs) with w = 1/obs (relative loss) or 1 (absolute); six coefficients >= 0; start from
non-negative least squares of the Little form L = C1 + C2 B (B = x L open loop, x closed loop).
Solved by scipy.optimize.least_squares (trf, bounds, analytic Jacobian, x_scale='jac', default
tolerances); the benches report how far its coefficients are from speclat's.

Modes:
  points FILE.json [--repeat N]
      FILE holds a list of problems {label, loss, open[], x[], f1[], f2[], y[]}. Prints a JSON list
      {label, loss, coefficients[6], r2, mape, n, seconds (median of N timed fits), nfev, status}.
  eq1 FILE.json [--repeat N]
      FILE holds Eq. 1 sweeps [{rps[], latency[]}]; prints the median fits per second of curve_fit
      with sigma = L (relative residuals) over N passes.
  process FILE.csv [--loss relative|absolute]
      The whole job of `speclat fit --model sd --json FILE.csv`, as a separate process: read the
      tidy CSV with numpy, keep the rows with fit_used = 1 (the points speclat's saturation rules
      kept, written by the bench; without that column: every constant, poisson, synchronous and
      concurrent row), group by verifier, drafter, hardware, prefill, decode (baseline rows, k = 0,
      join every SD group of their verifier, hardware and lengths), fit each group, print JSON.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import least_squares, nnls

BARRIER = 1e-3


def predict(c, open_, x, f1, f2):
    c1 = c[0] + c[1] * f1 + c[2] * f2
    c2 = c[3] + c[4] * f1 + c[5] * f2
    slack = 1 - x * c2
    safe = np.maximum(slack, BARRIER)
    open_val = np.where(slack >= BARRIER, c1 / safe, c1 * (2 * BARRIER - slack) / BARRIER**2)
    return np.where(open_, open_val, c1 + c2 * x)


def jacobian(c, open_, x, f1, f2):
    c1 = c[0] + c[1] * f1 + c[2] * f2
    c2 = c[3] + c[4] * f1 + c[5] * f2
    slack = 1 - x * c2
    safe = np.maximum(slack, BARRIER)
    u_open = np.where(slack >= BARRIER, 1 / safe, (2 * BARRIER - slack) / BARRIER**2)
    v_open = np.where(slack >= BARRIER, c1 * x / safe**2, c1 * x / BARRIER**2)
    u = np.where(open_, u_open, 1.0)
    v = np.where(open_, v_open, x)
    return np.column_stack([u, u * f1, u * f2, v, v * f1, v * f2])


def fit(open_, x, f1, f2, y, loss):
    w = 1 / y if loss == 'relative' else np.ones_like(y)
    b = np.where(open_, x * y, x)
    design = np.column_stack([np.ones_like(y), f1, f2, b, b * f1, b * f2]) * w[:, None]
    q, r = np.linalg.qr(design)  # NNLS on the 6 x 6 factor: same solution, far faster than on the tall design
    start, _ = nnls(r, q.T @ (w * y))
    # Parameter scales as fitSd: the start, floored at 1e-3 of a typical size.
    typical_c1 = float(np.exp(np.mean(np.log(y))))
    typical_c2 = 0.5 / x[open_].max() if open_.any() else typical_c1 / max(1.0, x.max())
    mean_f = [1.0, f1.mean(), f2.mean()]
    scale = np.array([max(start[j], 1e-3 * (typical_c1 if j < 3 else typical_c2) / max(mean_f[j % 3], 1e-300)) for j in range(6)])
    res = least_squares(
        lambda p: w * (predict(p * scale, open_, x, f1, f2) - y),
        start / scale,
        jac=lambda p: jacobian(p * scale, open_, x, f1, f2) * scale * w[:, None],
        bounds=(0, np.inf),
        method='trf',
        x_scale='jac',
    )  # SciPy's default tolerances (ftol = xtol = gtol = 1e-8): its users' fit, timed as they run it
    c = res.x * scale
    pred = predict(c, open_, x, f1, f2)
    r2 = 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)
    mape = float(np.mean(np.abs(y - pred) / y))
    return c, float(r2), mape, int(res.nfev), int(res.status)


def run_points(path, repeat):
    problems = json.load(open(path))
    out = []
    for p in problems:
        arrays = [np.asarray(p[k], dtype=float) for k in ('x', 'f1', 'f2', 'y')]
        open_ = np.asarray(p['open'], dtype=bool)
        seconds = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            c, r2, mape, nfev, status = fit(open_, *arrays, p['loss'])
            seconds.append(time.perf_counter() - t0)
        out.append({'label': p['label'], 'loss': p['loss'], 'coefficients': c.tolist(), 'r2': r2, 'mape': mape, 'n': int(open_.size), 'seconds': float(np.median(seconds)), 'nfev': nfev, 'status': status})
    print(json.dumps(out))


def run_process(path, loss):
    table = np.loadtxt(path, delimiter=',', dtype=str, comments=None)
    header = list(table[0])
    data = table[1:]
    col = {name: data[:, header.index(name)] for name in header}
    num = lambda name: np.array([float(v) if v != '' else np.nan for v in col[name]])
    strategy = col['strategy']
    k = num('k')
    alpha = num('alpha')
    decode = num('decode_tokens')
    if 'fit_used' in col:
        used = col['fit_used'] == '1'
    else:
        used = np.isin(strategy, ['constant', 'poisson', 'synchronous', 'concurrent'])
    open_ = np.isin(strategy, ['constant', 'poisson'])
    conc = num('concurrency')
    if 'mean_concurrency' in col:
        conc = np.where(np.isnan(conc), num('mean_concurrency'), conc)
    x = np.where(open_, num('measured_rps'), np.where(strategy == 'synchronous', 1.0, conc))
    with np.errstate(divide='ignore', invalid='ignore'):
        e = np.where(k == 0, 1.0, np.where(alpha == 1, k + 1, (1 - alpha ** (k + 1)) / (1 - alpha)))
    if 'acceptance_length' in col:
        e = np.where(np.isnan(e), num('acceptance_length'), e)
    f1 = decode / e
    f2 = f1 * k
    y = num('mean_latency_s')
    system = [(a, b, c, d) for a, b, c, d in zip(col['verifier'], col['hardware'], col['prefill_tokens'], col['decode_tokens'])]
    keys = {}
    for i in np.flatnonzero(used):
        keys.setdefault((system[i], col['drafter'][i]), []).append(i)
    sd = {key: idx for key, idx in keys.items() if key[1] != ''}
    out = []
    groups = []
    for key, idx in keys.items():
        if key[1] == '':
            targets = [t for t in sd if t[0] == key[0]]
            if not targets:
                groups.append((key, idx))
            continue
        base = keys.get((key[0], ''), [])
        groups.append((key, idx + base))
    for (sys_key, drafter), idx in groups:
        idx = np.array(sorted(idx))
        c, r2, mape, nfev, status = fit(open_[idx], x[idx], f1[idx], f2[idx], y[idx], loss)
        names = ['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d']
        entry = {'verifier': sys_key[0], 'drafter': drafter, 'hardware': sys_key[1], 'prefill_tokens': int(float(sys_key[2])), 'decode_tokens': int(float(sys_key[3])), 'loss': loss}
        entry.update({n: float(v) for n, v in zip(names, c)})
        entry.update({'r2': r2, 'mape': mape, 'n_points': int(idx.size), 'nfev': nfev, 'status': status})
        out.append(entry)
    print(json.dumps(out, indent=2))


def run_eq1(path, repeat):
    """Eq. 1 sweeps [{rps[], latency[]}]: curve_fit with sigma = L (relative residuals), fits per second."""
    from scipy.optimize import curve_fit
    sweeps = [(np.asarray(s['rps'], float), np.asarray(s['latency'], float)) for s in json.load(open(path))]
    model = lambda r, c1, c2: c1 / (1 - r * c2)
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for r, l in sweeps:
            curve_fit(model, r, l, p0=[l.min(), 0.5 / r.max()], sigma=l)
        rates.append(len(sweeps) / (time.perf_counter() - t0))
    print(json.dumps({'fits_per_s': float(np.median(rates))}))


def main(argv):
    if len(argv) < 2 or argv[0] not in ('points', 'process', 'eq1'):
        sys.stderr.write(__doc__)
        return 2
    repeat = int(argv[argv.index('--repeat') + 1]) if '--repeat' in argv else 5
    if argv[0] == 'points':
        run_points(argv[1], repeat)
    elif argv[0] == 'eq1':
        run_eq1(argv[1], repeat)
    else:
        loss = argv[argv.index('--loss') + 1] if '--loss' in argv else 'relative'
        run_process(argv[1], loss)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
