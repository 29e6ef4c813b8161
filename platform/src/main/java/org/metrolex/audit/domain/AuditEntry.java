package org.metrolex.audit.domain;

import java.time.Instant;

/** One stored audit entry. {@code beforeJson}/{@code afterJson} are the canonical JSON that was hashed. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String beforeJson, String afterJson, String prevHash, String hash) {
}
