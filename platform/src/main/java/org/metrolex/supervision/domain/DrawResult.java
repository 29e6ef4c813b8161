package org.metrolex.supervision.domain;

import java.util.List;
import java.util.stream.Collectors;

/** What a draw produced, with the hash of the document it was drawn from. */
public record DrawResult(String documentSha256, String seedCommitment, List<Assignment> assignments) {

    public DrawResult {
        assignments = List.copyOf(assignments);
    }

    /** One line per task: position, target id, inspector ids joined by commas — what a verifier compares. */
    public String canonical() {
        return assignments.stream()
                .map(a -> "task\t" + a.position() + "\t" + a.target().id() + "\t"
                        + a.inspectors().stream().map(Inspector::id).collect(Collectors.joining(",")) + "\n")
                .collect(Collectors.joining());
    }
}
