package org.metrolex.supervision.domain;

/** A finding derived from an inspection form, before it is stored. */
public record FindingDraft(FindingKind kind, String description) {
}
