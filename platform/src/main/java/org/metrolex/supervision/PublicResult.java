package org.metrolex.supervision;

import java.util.List;
import java.util.Map;

/**
 * What the public sees of a campaign. {@code drawPublished} is false between the draw and the end of the
 * inspections: then only {@code tasksDrawn} (and the campaign's draw time) are known, {@code tasks} is empty
 * and the campaign carries no seed, so that no target learns of its inspection beforehand.
 */
public record PublicResult(Campaign campaign, boolean drawPublished, int tasksDrawn, List<Task> tasks,
                           Map<Long, Inspection> inspections, List<Finding> findings) {
}
