package org.metrolex.supervision.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Before a population is committed, every target must have enough eligible inspectors in the pool (own unit, own
 * county and last time's inspectors excluded, {@link Conflict}); otherwise the draw would fail whatever the seed.
 */
public final class InspectorEligibilityPolicy {

    private InspectorEligibilityPolicy() {
    }

    /** The first target that could not get {@code perTask} eligible inspectors, as a problem on the pool. */
    public static Optional<FormProblem> shortfall(DrawDocument doc, int perTask) {
        for (Candidate t : doc.population()) {
            Set<String> before = new HashSet<>();
            doc.previous().stream().filter(p -> p.targetId().equals(t.id())).forEach(p -> before.add(p.inspectorId()));
            long eligible = doc.inspectors().stream().filter(i -> Conflict.of(i, t, before) == null).count();
            if (eligible < perTask) {
                return Optional.of(new FormProblem("inspectorPool", "tooFewEligible", "对象“" + t.name() + "”可选检查人员只有 " + eligible
                        + " 名（回避本单位、本县区和上次检查人员），需要 " + perTask + " 名，请扩大检查人员库",
                        "target '" + t.name() + "' has " + eligible + " eligible inspectors (own unit, own county and last time's "
                                + "inspectors excluded), " + perTask + " are needed: widen the pool"));
            }
        }
        return Optional.empty();
    }
}
