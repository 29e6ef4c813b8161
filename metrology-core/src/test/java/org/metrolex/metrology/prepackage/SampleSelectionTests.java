package org.metrolex.metrology.prepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random choice of the sample's package numbers (JJF 1070-2005 5.4.4), reproducible from a seed. */
class SampleSelectionTests {

    @Test
    void theDocumentedAlgorithmGivesTheseNumbers() {
        // Golden values computed by an independent Python transcription of the algorithm in the
        // SampleSelection Javadoc (SplitMix64, rejection for a uniform integer, partial Fisher–Yates, sort):
        // they pin the numbers across JVM versions and releases.
        assertThat(SampleSelection.choose(300, 50, 20240101L)).containsExactly(
                3, 5, 16, 17, 18, 19, 27, 28, 30, 49, 50, 54, 61, 62, 64, 69, 73, 83, 92, 98, 107, 108, 109, 111, 112,
                118, 133, 136, 155, 157, 169, 171, 178, 181, 182, 187, 188, 204, 206, 211, 212, 213, 218, 228, 233,
                246, 257, 259, 278, 287);
        assertThat(SampleSelection.choose(1_000_000, 5, -7L)).containsExactly(33189, 227979, 239478, 393527, 968377);
        assertThat(SampleSelection.choose(60, 13, 0L)).containsExactly(6, 10, 11, 14, 20, 26, 28, 41, 42, 45, 54, 57, 58);
    }

    @Test
    void aWholeLotOfOneToTenIsTested() {
        // 附表4 批量 1~10: n = N.
        SamplingPlan plan = SamplingPlans.inForce(org.metrolex.metrology.rules.RuleBook.shipped(),
                java.time.LocalDate.of(2020, 1, 1)).forLot(10);
        assertThat(SampleSelection.choose(plan, 1L)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void sameSeedSameNumbersDistinctSortedAndInTheLot() {
        Random random = new Random(5044);
        for (int i = 0; i < 2_000; i++) {
            int lot = 1 + random.nextInt(i % 2 == 0 ? 200 : 5_000_000);
            int n = 1 + random.nextInt(Math.min(lot, 125));
            long seed = random.nextLong();
            int[] first = SampleSelection.choose(lot, n, seed);
            assertThat(SampleSelection.choose(lot, n, seed)).isEqualTo(first);
            assertThat(first).hasSize(n);
            assertThat(Arrays.stream(first).distinct().count()).isEqualTo(n);
            assertThat(first).isSorted();
            assertThat(first[0]).isGreaterThanOrEqualTo(1);
            assertThat(first[n - 1]).isLessThanOrEqualTo(lot);
        }
        assertThat(SampleSelection.choose(3200, 80, 1L)).isNotEqualTo(SampleSelection.choose(3200, 80, 2L));
    }

    @Test
    void everyPackageIsEquallyLikelyToBeChosen() {
        // 10 000 draws of 13 from 60: each number is expected 10 000 × 13/60 ≈ 2 167 times (σ ≈ 41).
        int[] hits = new int[61];
        for (long seed = 0; seed < 10_000; seed++) {
            for (int k : SampleSelection.choose(60, 13, seed)) {
                hits[k]++;
            }
        }
        for (int k = 1; k <= 60; k++) {
            assertThat(hits[k]).as("package %d", k).isBetween(2167 - 200, 2167 + 200);
        }
    }

    @Test
    void badSizesAreRefused() {
        assertThatThrownBy(() -> SampleSelection.choose(0, 1, 1L)).hasMessageContaining("lotSize");
        assertThatThrownBy(() -> SampleSelection.choose(10, 11, 1L)).hasMessageContaining("sampleSize").hasMessageContaining("N = 10");
        assertThatThrownBy(() -> SampleSelection.choose(10, 0, 1L)).hasMessageContaining("sampleSize");
    }
}
