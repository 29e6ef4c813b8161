package org.metrolex.comparison.domain;

/** The state of the artefact at a hand-over. */
public enum ArtefactCondition {
    GOOD, DAMAGED, INCOMPLETE
}
