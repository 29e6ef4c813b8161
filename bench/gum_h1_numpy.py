#!/usr/bin/python3
"""Monte Carlo (JCGM 101) of the GUM H.1 end-gauge model in numpy: the reference for
benchmarks/.../MonteCarloBenchmark.java (issue 3: the Java figure must be no slower than numpy's).

Same work as the Java kernel, vectorised: draw M = 10^6 values of the nine inputs (four scaled t,
three rectangular, one normal, one arcsine), evaluate
    l = l_s + d - l_s (delta_alpha * theta + alpha_s * delta_theta),  d = d0 + d1 + d2, theta = theta_bar + Delta
sort the values (JCGM 101 7.5; with "tails", as the Java kernel does, only the M - q + 1 smallest
and largest, via numpy.partition) and compute y, u(y), the probabilistically symmetric and the shortest
99 % coverage intervals (7.6, 7.7). Generator: numpy.random.default_rng (PCG64, ziggurat normals).

Run with Debian's numpy (apt-get install -y python3-numpy):  /usr/bin/python3 bench/gum_h1_numpy.py [repeats]
"""
import sys
import time

import numpy as np

NM = 1e-6
M = 1_000_000
P = 0.99


def monte_carlo(rng, tails_only):
    ls = 50.000623 + 25 * NM * rng.standard_t(18, M)
    d0 = 215 * NM + 5.8 * NM * rng.standard_t(24, M)
    d1 = 3.9 * NM * rng.standard_t(5, M)
    d2 = 6.7 * NM * rng.standard_t(8, M)
    alpha_s = rng.uniform(11.5e-6 - 2e-6, 11.5e-6 + 2e-6, M)
    theta_bar = rng.normal(-0.1, 0.2, M)
    delta = 0.5 * np.sin(2 * np.pi * rng.random(M))          # arcsine, JCGM 101 6.4.6.4
    d_alpha = rng.uniform(-1e-6, 1e-6, M)
    d_theta = rng.uniform(-0.05, 0.05, M)
    y = ls + (d0 + d1 + d2) - ls * (d_alpha * (theta_bar + delta) + alpha_s * d_theta)

    mean = y.mean()
    u = y.std(ddof=1)
    q = int(np.floor(P * M + 0.5))
    if tails_only:
        # as the Java kernel does: order only the M - q + 1 smallest and largest values, all 7.7 reads
        k = M - q + 1
        y.partition((k - 1, M - k))
        y[:k].sort()
        y[M - k:].sort()
    else:
        y.sort()
    r = (M - q) // 2 if (M - q) % 2 == 0 else (M - q + 1) // 2
    symmetric = (y[r - 1], y[r - 1 + q])
    lengths = y[q:] - y[:M - q]
    best = int(np.argmin(lengths))
    shortest = (y[best], y[best + q])
    return mean, u, symmetric, shortest


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}, M = {M}, p = {P}, {repeats} repeats")
    for tails_only in (False, True):
        rng = np.random.default_rng(20081)
        monte_carlo(rng, tails_only)  # warm-up
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            mean, u, symmetric, shortest = monte_carlo(rng, tails_only)
            times.append(time.perf_counter() - t0)
        times_ms = sorted(t * 1000 for t in times)
        print("full sort" if not tails_only else "tails only (partition)")
        print(f"  y = {mean:.7f} mm, u(y) = {u / NM:.2f} nm, "
              f"symmetric 99 % [{symmetric[0]:.7f}, {symmetric[1]:.7f}] mm, "
              f"shortest 99 % [{shortest[0]:.7f}, {shortest[1]:.7f}] mm")
        print("  ms per run: min {:.1f}  median {:.1f}  mean {:.1f}  max {:.1f}".format(
            times_ms[0], times_ms[len(times_ms) // 2], sum(times_ms) / len(times_ms), times_ms[-1]))


if __name__ == "__main__":
    main()
