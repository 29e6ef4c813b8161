package org.metrolex.comparison.domain;

/**
 * How the artefact travels (JJF 1117 §5.4): a RING passes it from one laboratory to the next and back to the pilot at
 * the end; a PETAL brings it back to the pilot after every laboratory, so the pilot can check it between them.
 */
public enum ScheduleKind {
    RING, PETAL
}
