package org.metrolex.supervision.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw of 双随机一公开 (docs/random-draw.md): targets at random within every stratum, then for every
 * drawn target its inspectors at random among those with no {@link Conflict}. Fully determined by the
 * published document and the seed; nothing else (no clock, no database order) enters.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    public static DrawResult draw(DrawDocument document, Seed seed) {
        byte[] hash = document.sha256Bytes();
        List<Candidate> drawn = new ArrayList<>();
        for (var stratum : document.stratumSizes().entrySet()) {
            List<Candidate> members = document.population().stream()
                    .filter(c -> c.stratum().equals(stratum.getKey())).toList();
            drawn.addAll(sample(members, stratum.getValue(), new RandomStream(seed, hash, "targets:" + stratum.getKey())));
        }
        Map<String, Set<String>> previous = new HashMap<>();
        for (PreviousPairing p : document.previous()) {
            previous.computeIfAbsent(p.targetId(), k -> new HashSet<>()).add(p.inspectorId());
        }
        RandomStream inspectorStream = new RandomStream(seed, hash, "inspectors");
        List<Assignment> tasks = new ArrayList<>();
        for (Candidate target : drawn) {
            Set<String> before = previous.getOrDefault(target.id(), Set.of());
            List<Inspector> eligible = document.inspectors().stream()
                    .filter(i -> Conflict.of(i, target, before) == null).toList();
            if (eligible.size() < document.inspectorsPerTask()) {
                throw new DrawRefused("inspectors", "tooFewEligible", "target " + target.id() + " (" + target.name() + ") has "
                        + eligible.size() + " eligible inspectors, " + document.inspectorsPerTask() + " are needed / 对象 "
                        + target.name() + " 可选检查人员只有 " + eligible.size() + " 名，需要 " + document.inspectorsPerTask() + " 名");
            }
            tasks.add(new Assignment(tasks.size() + 1, target, sample(eligible, document.inspectorsPerTask(), inspectorStream)));
        }
        return new DrawResult(document.sha256(), seed.commitment(), tasks);
    }

    /**
     * The first {@code k} places of a Fisher–Yates shuffle of {@code items} (in their canonical order):
     * for i = 0 … k−1 swap place i with place i + below(n − i).
     */
    static <T> List<T> sample(List<T> items, int k, RandomStream stream) {
        List<T> a = new ArrayList<>(items);
        for (int i = 0; i < k; i++) {
            Collections.swap(a, i, i + stream.below(a.size() - i));
        }
        return List.copyOf(a.subList(0, k));
    }
}
