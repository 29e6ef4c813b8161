package org.metrolex.supervision;

/** A case (立案) was opened on a finding. */
public record CaseOpened(long findingId, String caseNumber, String targetKey) {
}
