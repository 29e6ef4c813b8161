package org.metrolex.supervision.domain;

import java.util.List;

/** One drawn task: the target and the inspectors drawn for it, in draw order. */
public record Assignment(int position, Candidate target, List<Inspector> inspectors) {

    public Assignment {
        inspectors = List.copyOf(inspectors);
    }
}
