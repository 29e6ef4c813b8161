package org.metrolex.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.comparison.domain.ResultVisibility.Sight;
import org.metrolex.comparison.domain.ResultVisibility.Viewer;

/** Blind comparison: who sees the result of institution 7 in each state of the round. */
class ResultVisibilityTests {

    private static final long AUTHOR = 7;

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            // the author always sees its own
            "author,      CIRCULATING,    NAMED",
            "author,      PUBLISHED,      NAMED",
            // nobody else before the close: not the pilot, not the organiser
            "pilot,       PLANNED,        HIDDEN",
            "pilot,       CIRCULATING,    HIDDEN",
            "organiser,   CIRCULATING,    HIDDEN",
            "other,       CIRCULATING,    HIDDEN",
            // after the close the pilot and organiser evaluate
            "pilot,       RESULTS_CLOSED, NAMED",
            "organiser,   RESULTS_CLOSED, NAMED",
            "organiser,   EVALUATED,      NAMED",
            // the other participants: nothing until publication, then by code only
            "other,       RESULTS_CLOSED, HIDDEN",
            "other,       EVALUATED,      HIDDEN",
            "other,       PUBLISHED,      ANONYMISED",
            "public,      PUBLISHED,      HIDDEN"})
    void resultsAreBlindUntilClosed(String who, RoundStatus status, Sight expected) {
        Viewer viewer = switch (who) {
            case "author" -> new Viewer(AUTHOR, false, false);
            case "pilot" -> new Viewer(1L, false, true);
            case "organiser" -> new Viewer(null, true, false);
            case "other" -> new Viewer(9L, false, false);
            default -> new Viewer(null, false, false);
        };
        assertThat(ResultVisibility.of(viewer, status, AUTHOR)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, false", "CIRCULATING, false", "RESULTS_CLOSED, true", "PUBLISHED, true"})
    void closedMeansNoLongerCirculating(RoundStatus status, boolean closed) {
        assertThat(status.resultsClosed()).isEqualTo(closed);
    }
}
