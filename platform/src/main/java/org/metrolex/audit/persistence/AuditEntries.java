package org.metrolex.audit.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.metrolex.audit.domain.AuditEntry;

/** Stored audit entries: append, read in chain order, and search. */
public interface AuditEntries {

    /** Serialises writers (transaction-scoped lock) and returns the hash of the last entry. */
    String lockAndLastHash();

    long append(AuditEntry entry);

    void forEachInOrder(Consumer<AuditEntry> consumer);

    List<AuditEntry> recent(String entityType, String entityId, int offset, int limit);

    long count(String entityType, String entityId);

    Optional<AuditEntry> find(long id);
}
