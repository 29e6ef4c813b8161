package org.metrolex.comparison.domain;

/**
 * Who sees a participant's result (blind comparison, JJF 1117 §5.6, CNAS-RL02): its author always; nobody else
 * before the results are closed — neither the pilot nor the organising officers, so no value can be adjusted to
 * another's; after the close the pilot and the organiser see every result with its laboratory, to evaluate; the other
 * participants see the others only once the report is published, and then only by laboratory code.
 */
public final class ResultVisibility {

    /** What a viewer sees of one result. */
    public enum Sight {
        HIDDEN, ANONYMISED, NAMED
    }

    /**
     * Who is looking, relative to the round.
     *
     * @param institutionId   the viewer's institution (null for officers and the public)
     * @param organiser       an officer of the organising region
     * @param pilot           staff of the pilot laboratory
     */
    public record Viewer(Long institutionId, boolean organiser, boolean pilot) {
    }

    private ResultVisibility() {
    }

    /**
     * @param authorInstitutionId the institution whose result it is (null: an invited laboratory)
     */
    public static Sight of(Viewer viewer, RoundStatus status, Long authorInstitutionId) {
        if (authorInstitutionId != null && authorInstitutionId.equals(viewer.institutionId())) {
            return Sight.NAMED;
        }
        if (!status.resultsClosed()) {
            return Sight.HIDDEN;
        }
        if (viewer.organiser() || viewer.pilot()) {
            return Sight.NAMED;
        }
        if (status == RoundStatus.PUBLISHED && viewer.institutionId() != null) {
            return Sight.ANONYMISED;
        }
        return Sight.HIDDEN;
    }
}
