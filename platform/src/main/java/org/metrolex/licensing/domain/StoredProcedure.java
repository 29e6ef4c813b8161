package org.metrolex.licensing.domain;

import java.time.OffsetDateTime;

/** One stored version of a procedure; {@code current} is the version new applications start under. */
public record StoredProcedure(long id, Procedure procedure, boolean current, OffsetDateTime createdAt, String createdBy) {
}
