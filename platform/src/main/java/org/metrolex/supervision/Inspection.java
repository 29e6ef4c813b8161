package org.metrolex.supervision;

import java.time.LocalDate;

/** The stored inspection record of one task; {@code formJson} is the form as entered, plus what was judged. */
public record Inspection(long id, long taskId, long campaignId, LocalDate inspectedOn, int instrumentsChecked,
                         int instrumentsFailed, boolean conforming, String formJson, String summary, String recordedBy) {
}
