package org.metrolex.metrology.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Propagation of distributions by the Monte Carlo method, JCGM 101:2008 (GUM Supplement 1).
 *
 * <p>Either a fixed number of trials M (default 10⁶, JCGM 101 7.2.2) or the adaptive procedure of
 * JCGM 101 7.9.4: runs of M = max(J, 10⁴) trials, J = ⌈100/(1 − p)⌉, until twice the standard deviation of
 * the run means of y, u(y), y_low and y_high (of the probabilistically symmetric interval) is at most the numerical tolerance δ of u(y) for ndig
 * significant digits (7.9.2); the result is then computed from all h·M values. Inputs are drawn by
 * {@link Sampler} (seeded, reproducible), the model is evaluated trial by trial over primitive arrays,
 * and the tails of the M values are put in order for the coverage intervals (7.5, 7.7).
 */
public final class MonteCarlo {

    public static final int DEFAULT_TRIALS = 1_000_000;
    /**
     * Most trials of a fixed run: ten times JCGM 101 7.2.2's 10⁶, held as 80 MB of doubles. More would
     * not fit a default heap (2³¹ − 9 trials need 17 GB), and a p needing more than 100/(1 − p) = 10⁷ is
     * beyond 0.99999.
     */
    public static final long MAX_TRIALS = 10_000_000L;
    /** Cap on h·M for the adaptive procedure (as {@link #MAX_TRIALS}); results past it are flagged not stable. */
    public static final long ADAPTIVE_TRIAL_CAP = MAX_TRIALS;
    private static final int BLOCK = 4096;

    private final long trials;
    private final int ndig;
    private final long seed;
    private final double probability;

    private MonteCarlo(long trials, int ndig, long seed, double probability) {
        this.trials = trials;
        this.ndig = ndig;
        this.seed = seed;
        this.probability = probability;
    }

    /** Fixed M trials, p = 95 %. */
    public static MonteCarlo fixed(long trials, long seed) {
        if (trials < 1 || trials > MAX_TRIALS) {
            throw Refusal.of("number of trials M", "试验次数 M", "must be between 1 and " + MAX_TRIALS,
                    "必须在 1 到 " + MAX_TRIALS + " 之间", trials);
        }
        return new MonteCarlo(trials, 0, seed, 0.95);
    }

    /** The adaptive procedure (JCGM 101 7.9) with ndig significant digits of u(y), p = 95 %. */
    public static MonteCarlo adaptive(int ndig, long seed) {
        MonteCarloResult.numericalTolerance(1, ndig);
        return new MonteCarlo(0, ndig, seed, 0.95);
    }

    /** Coverage probability p, e.g. 0.99. */
    public MonteCarlo probability(double p) {
        if (!(p > 0 && p < 1)) {
            throw Refusal.of("coverage probability p", "包含概率 p", "must lie strictly between 0 and 1", "必须在 0 与 1 之间", p);
        }
        return new MonteCarlo(trials, ndig, seed, p);
    }

    public MonteCarloResult run(MeasurementModel model) {
        Sampler sampler = new Sampler(model);
        SplittableRandom rng = new SplittableRandom(seed);
        if (minimumTrials(probability) > MAX_TRIALS) {
            throw Refusal.of("coverage probability p", "包含概率 p", "needs more than " + MAX_TRIALS
                    + " trials (100/(1 − p), JCGM 101 7.2.2): choose p ≤ 0.99999", "所需试验次数 100/(1 − p) 超过 "
                    + MAX_TRIALS + "（JCGM 101 7.2.2）：请选 p ≤ 0.99999", probability);
        }
        if (ndig == 0) {
            if (trials < minimumTrials(probability)) {
                throw Refusal.of("number of trials M", "试验次数 M",
                        "must be at least 100/(1 − p) = " + minimumTrials(probability) + " for p = " + probability
                                + " (JCGM 101 7.2.2)", "对 p = " + probability + " 至少为 100/(1 − p)（JCGM 101 7.2.2）", trials);
            }
            double[] y = new double[(int) trials];
            propagate(model.function(), sampler, rng, y, 0, y.length);
            Summary s = summarise(y, 0, y.length, probability);
            return new MonteCarloResult(trials, s.mean, s.sd, probability, s.shortest, s.symmetric, 1, true, seed);
        }
        return adaptive(model, sampler, rng);
    }

    private MonteCarloResult adaptive(MeasurementModel model, Sampler sampler, SplittableRandom rng) {
        int m = (int) Math.max(minimumTrials(probability), 10_000);
        double[] all = new double[(int) Math.min(ADAPTIVE_TRIAL_CAP, 16L * m)];
        double[][] runStats = new double[6][64];
        int h = 0;
        boolean stable = false;
        while (true) {
            if ((long) (h + 1) * m > ADAPTIVE_TRIAL_CAP) {
                break;
            }
            if ((long) (h + 1) * m > all.length) {
                all = Arrays.copyOf(all, (int) Math.min(ADAPTIVE_TRIAL_CAP, 2L * all.length));
            }
            if (h == runStats[0].length) {
                for (int q = 0; q < runStats.length; q++) {
                    runStats[q] = Arrays.copyOf(runStats[q], 2 * h);
                }
            }
            int from = h * m;
            propagate(model.function(), sampler, rng, all, from, m);
            // Summarising a run reorders its own segment in place; the final summary reorders everything again.
            Summary run = summarise(all, from, m, probability);
            runStats[0][h] = run.mean;
            runStats[1][h] = run.sd;
            runStats[2][h] = run.shortest.low();
            runStats[3][h] = run.shortest.high();
            runStats[4][h] = run.symmetric.low();
            runStats[5][h] = run.symmetric.high();
            h++;
            if (h < 2) {
                continue;
            }
            // 7.9.4 g), h): u(y) from all h·M values, and δ from it; pooled exactly from the runs' means
            // and variances: Σ[(M − 1)u_r² + M(ȳ_r − ȳ)²] / (hM − 1).
            double grand = mean(runStats[0], h);
            double ss = 0;
            for (int r = 0; r < h; r++) {
                double dm = runStats[0][r] - grand;
                ss += (m - 1) * runStats[1][r] * runStats[1][r] + (double) m * dm * dm;
            }
            double delta = MonteCarloResult.numericalTolerance(Math.sqrt(ss / ((double) h * m - 1)), ndig);
            // 7.9.4 i): y, u(y) and the interval endpoints. The probabilistically symmetric endpoints
            // are tested (indices 4, 5); the shortest interval's are reported but not waited for, as
            // its position wanders on symmetric outputs (see MonteCarloResult#validate).
            stable = true;
            for (int stat : new int[] {0, 1, 4, 5}) {
                if (2 * Math.sqrt(variance(runStats[stat], h) / h) > delta) {
                    stable = false;
                    break;
                }
            }
            if (stable) {
                break;
            }
        }
        int total = h * m;
        Summary s = summarise(all, 0, total, probability);
        return new MonteCarloResult(total, s.mean, s.sd, probability, s.shortest, s.symmetric, h, stable, seed);
    }

    private static long minimumTrials(double p) {
        return (long) Math.ceil(100 / (1 - p) - 1e-9);
    }

    private static double mean(double[] v, int h) {
        double s = 0;
        for (int i = 0; i < h; i++) {
            s += v[i];
        }
        return s / h;
    }

    private static double variance(double[] v, int h) {
        double m = mean(v, h);
        double s = 0;
        for (int i = 0; i < h; i++) {
            s += (v[i] - m) * (v[i] - m);
        }
        return s / (h - 1);
    }

    /** JCGM 101 7.3, 7.4: draw a block of inputs, evaluate the model once per trial. */
    private static void propagate(ModelFunction f, Sampler sampler, SplittableRandom rng, double[] y, int from, int count) {
        int n = sampler.inputs();
        double[][] cols = new double[n][BLOCK];
        double[] x = new double[n];
        for (int done = 0; done < count; done += BLOCK) {
            int len = Math.min(BLOCK, count - done);
            sampler.fill(cols, len, rng);
            int base = from + done;
            for (int k = 0; k < len; k++) {
                for (int i = 0; i < n; i++) {
                    x[i] = cols[i][k];
                }
                y[base + k] = f.value(x);
            }
        }
    }

    /**
     * JCGM 101 7.5 sorts all M values; the intervals of 7.7 only read the {@code tail} smallest and the
     * {@code tail} largest (tail = M − q + 1), so only those are put in order: two selections (O(M)) and
     * two sorts of M − q + 1 values instead of one sort of M. Every index 7.7.2 and 7.7.3 read then
     * holds the value a full sort would put there.
     */
    static void orderTails(double[] y, int from, int to, int tail) {
        if (2L * tail >= to - from) {
            Arrays.sort(y, from, to);
            return;
        }
        select(y, from, to, from + tail - 1);
        Arrays.sort(y, from, from + tail);
        select(y, from + tail, to, to - tail);
        Arrays.sort(y, to - tail, to);
    }

    /**
     * Quickselect (Hoare partition, median-of-three pivot): afterwards a[k] holds the value a sort of
     * a[from, to) would put there, with nothing larger before it and nothing smaller after it. Falls back
     * to sorting the remaining range if partitioning degenerates, so it is never worse than a sort.
     */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (64 - Long.numberOfLeadingZeros(to - from)) + 8;
        while (hi > lo) {
            if (hi - lo < 48 || budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private record Summary(double mean, double sd, MonteCarloResult.Interval shortest, MonteCarloResult.Interval symmetric) {
    }

    /** JCGM 101 7.5–7.7 over y[from, from + m); reorders that range. */
    private static Summary summarise(double[] y, int from, int m, double p) {
        int to = from + m;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        if (!Double.isFinite(sum)) {
            throw Refusal.of("model function value", "模型函数值",
                    "must be finite for every Monte Carlo trial (a draw fell outside the model's domain)",
                    "每次蒙特卡洛试验都必须为有限数（抽样值超出了模型的定义域）", sum);
        }
        double mean = sum / m;
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = y[i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (m - 1));
        int q = (int) Math.floor(p * m + 0.5);
        orderTails(y, from, to, m - q + 1);
        // 7.7.1: q = pM if an integer, else ⌊pM + ½⌋ — the same number either way (computed above).
        // 7.7.2: r = (M − q)/2 if an integer, else (M − q + 1)/2; 1-based [y_(r), y_(r+q)].
        int r = (m - q) % 2 == 0 ? (m - q) / 2 : (m - q + 1) / 2;
        int rs = Math.max(r, 1) - 1;
        MonteCarloResult.Interval symmetric = new MonteCarloResult.Interval(y[from + rs], y[from + Math.min(rs + q, m - 1)]);
        // 7.7.3: r* minimising y_(r+q) − y_(r), r = 1 … M − q.
        int best = 0;
        double shortestLength = Double.POSITIVE_INFINITY;
        for (int s = 0; s + q < m; s++) {
            double len = y[from + s + q] - y[from + s];
            if (len < shortestLength) {
                shortestLength = len;
                best = s;
            }
        }
        MonteCarloResult.Interval shortest = q >= m
                ? new MonteCarloResult.Interval(y[from], y[to - 1])
                : new MonteCarloResult.Interval(y[from + best], y[from + best + q]);
        return new Summary(mean, sd, shortest, symmetric);
    }
}
