package org.metrolex.comparison.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.metrolex.metrology.comparison.Performance;
import org.metrolex.metrology.comparison.ScoreType;

/**
 * What one participant's scores mean for it. The limits are not here: each score was classified by the
 * {@code comparison.performance-criteria} edition in force (shipped: |En| ≤ 1 satisfactory, JJF 1117-2010;
 * z, z′, ζ: |s| ≤ 2 satisfactory, 2 &lt; |s| &lt; 3 questionable, |s| ≥ 3 unsatisfactory, CNAS-GL002:2018 4.4),
 * and the verdict takes the worst of them. An unsatisfactory result is corrected within a deadline (RULES.md §10,
 * 计量标准考核办法 [S]); a questionable one gets a warning (CNAS-GL002:2018 4.4: "warning signal").
 *
 * @param labCode     the participant
 * @param performance the worst performance among its scores; satisfactory when it has none (the pilot as reference)
 * @param consequence what the round does about it
 * @param decisive    the score that decided (the first of the worst, in the order En, z, z′, ζ), empty when satisfactory
 */
public record Verdict(String labCode, Performance performance, Consequence consequence, Optional<ScoreLine> decisive) {

    /** What follows from a verdict when the round is published. */
    public enum Consequence {
        NONE,
        /** 预警: a questionable score. */
        WARNING,
        /** 整改: an unsatisfactory score opens a rectification order with a working-day deadline. */
        RECTIFICATION
    }

    public static Verdict of(String labCode, List<ScoreLine> scores) {
        Optional<ScoreLine> worst = scores.stream()
                .filter(s -> s.performance() != Performance.SATISFACTORY)
                .sorted(Comparator.comparing((ScoreLine s) -> s.performance() == Performance.UNSATISFACTORY ? 0 : 1)
                        .thenComparing(s -> order(s.type())))
                .findFirst();
        Performance performance = worst.map(ScoreLine::performance).orElse(Performance.SATISFACTORY);
        Consequence consequence = switch (performance) {
            case SATISFACTORY -> Consequence.NONE;
            case QUESTIONABLE -> Consequence.WARNING;
            case UNSATISFACTORY -> Consequence.RECTIFICATION;
        };
        return new Verdict(labCode, performance, consequence, worst);
    }

    private static int order(ScoreType type) {
        return switch (type) {
            case EN -> 0;
            case Z -> 1;
            case Z_PRIME -> 2;
            case ZETA -> 3;
        };
    }

    public boolean needsRectification() {
        return consequence == Consequence.RECTIFICATION;
    }

    public boolean needsWarning() {
        return consequence == Consequence.WARNING;
    }
}
