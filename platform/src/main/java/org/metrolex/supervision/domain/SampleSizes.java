package org.metrolex.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many targets each stratum gives: a total (fixed size, or ceil(ratio × population)) split over the
 * strata in proportion to their sizes by the largest-remainder method, ties to the stratum that sorts
 * first. Deterministic, so the sizes printed in the published document follow from the plan.
 */
public final class SampleSizes {

    private SampleSizes() {
    }

    public static int total(int population, Integer size, BigDecimal ratio) {
        if (size != null) {
            return Math.min(size, population);
        }
        return ratio.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static Map<String, Integer> allocate(Map<String, Integer> strataSizes, int total) {
        Map<String, Integer> sorted = new TreeMap<>(strataSizes);
        int population = sorted.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> result = new TreeMap<>();
        if (population == 0) {
            sorted.keySet().forEach(k -> result.put(k, 0));
            return result;
        }
        record Rest(String stratum, long remainder) {
        }
        List<Rest> rests = new ArrayList<>();
        int given = 0;
        for (var e : sorted.entrySet()) {
            long exact = (long) total * e.getValue();
            int floor = (int) (exact / population);
            result.put(e.getKey(), floor);
            given += floor;
            rests.add(new Rest(e.getKey(), exact % population));
        }
        rests.sort(Comparator.comparingLong(Rest::remainder).reversed().thenComparing(Rest::stratum));
        for (int i = 0; given < total && i < rests.size(); i++) {
            String s = rests.get(i).stratum();
            if (result.get(s) < sorted.get(s)) {
                result.merge(s, 1, Integer::sum);
                given++;
            }
        }
        return result;
    }
}
