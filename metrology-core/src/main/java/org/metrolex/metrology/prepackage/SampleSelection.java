package org.metrolex.metrology.prepackage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The random choice of the package numbers to test (JJF 1070-2005 5.4.4 抽取样本: a simple random
 * sample of n packages from the lot numbered 1..N), reproducible from a seed so that an inspection can
 * be re-checked.
 *
 * <p>The algorithm is written out here rather than taken from the JDK, so that the numbers depend only
 * on this code and never on the JVM version:
 * <ol>
 *   <li>Generator: SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators",
 *       OOPSLA 2014) with state = seed; each step adds 0x9E3779B97F4A7C15 to the state and returns
 *       mix(state), mix(z) = z' ^ (z' >>> 31) with z' = ((z ^ (z >>> 30)) · 0xBF58476D1CE4E5B9 then
 *       (z ^ (z >>> 27)) · 0x94D049BB133111EB), all arithmetic modulo 2⁶⁴.</li>
 *   <li>Uniform integer in [0, m): x = next() >>> 1 (63 bits); reject x while
 *       x > 2⁶³ − 1 − (2⁶³ mod m) (no modulo bias); answer x mod m.</li>
 *   <li>Partial Fisher–Yates over the virtual array a[k] = k + 1 (k = 0..N−1): for i = 0..n−1, j = i +
 *       uniform(N − i), swap a[i] and a[j], take a[i]. Only swapped cells are stored, so N may be
 *       large.</li>
 *   <li>The n numbers are returned in ascending order.</li>
 * </ol>
 */
public final class SampleSelection {

    private SampleSelection() {
    }

    /** n distinct package numbers from 1..N, ascending; the same seed gives the same numbers. */
    public static int[] choose(int lotSize, int sampleSize, long seed) {
        if (lotSize <= 0) {
            throw new InvalidPrepackageInput("lotSize", "the lot size N (批量) must be at least 1, got " + lotSize);
        }
        if (sampleSize <= 0 || sampleSize > lotSize) {
            throw new InvalidPrepackageInput("sampleSize", "the sample size n must be between 1 and N = " + lotSize
                    + ", got " + sampleSize);
        }
        SplitMix64 random = new SplitMix64(seed);
        Map<Integer, Integer> swapped = new HashMap<>();
        int[] chosen = new int[sampleSize];
        for (int i = 0; i < sampleSize; i++) {
            int j = i + (int) random.nextBelow(lotSize - i);
            int atJ = swapped.getOrDefault(j, j + 1);
            int atI = swapped.getOrDefault(i, i + 1);
            swapped.put(j, atI);
            chosen[i] = atJ;
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** The n package numbers of the plan for this lot. */
    public static int[] choose(SamplingPlan plan, long seed) {
        return choose(plan.lotSize(), plan.sampleSize(), seed);
    }

    static final class SplitMix64 {

        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound), bound ≥ 1, without modulo bias. */
        long nextBelow(long bound) {
            long rem = (Long.MAX_VALUE % bound + 1) % bound;   // 2⁶³ mod bound
            long max = Long.MAX_VALUE - rem;
            long x;
            do {
                x = next() >>> 1;
            } while (x > max);
            return x % bound;
        }
    }
}
