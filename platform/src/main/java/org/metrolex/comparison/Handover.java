package org.metrolex.comparison;

import java.time.LocalDate;
import org.metrolex.comparison.domain.ArtefactCondition;
import org.metrolex.comparison.domain.HandoverKind;

/** One recorded hand-over of the artefact. */
public record Handover(long id, long participantId, HandoverKind kind, LocalDate onDate, ArtefactCondition condition,
                       String note, String recordedBy) {
}
