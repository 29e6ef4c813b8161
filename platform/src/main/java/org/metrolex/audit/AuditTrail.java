package org.metrolex.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.metrolex.audit.domain.AuditEntry;
import org.metrolex.audit.domain.ChainVerification;
import org.metrolex.audit.domain.HashChain;
import org.metrolex.audit.persistence.AuditEntries;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's API. {@link #record} must run inside the caller's transaction (it refuses to run
 * without one), so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditTrail {

    /** Canonical JSON: properties and map keys sorted, so the same values always hash alike. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records one change.
     *
     * @param action     a verb such as {@code enterprise.create}
     * @param entityType the kind of record changed, e.g. {@code enterprise}
     * @param entityId   its id
     * @param before     the values before (null for a creation)
     * @param after      the values after (null for a deletion)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        String prev = entries.lockAndLastHash();
        // PostgreSQL keeps microseconds; truncate first so the stored instant hashes the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = actor();
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String id = String.valueOf(entityId);
        String hash = HashChain.hash(prev, now, actor, action, entityType, id, beforeJson, afterJson);
        entries.append(new AuditEntry(0, now, actor, action, entityType, id, beforeJson, afterJson, prev, hash));
    }

    /** Walks the whole chain in order and names the first entry that does not verify. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AtomicReference<String> expectedPrev = new AtomicReference<>(HashChain.GENESIS);
        AtomicLong checked = new AtomicLong();
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        entries.forEachInOrder(e -> {
            if (broken.get() != null) {
                return;
            }
            checked.incrementAndGet();
            if (!e.prevHash().equals(expectedPrev.get())) {
                broken.set(ChainVerification.broken(checked.get(), e.id(),
                        "前一条记录的哈希不符：其前的记录被删除、插入或修改",
                        "previous-hash link does not match: an entry before it was removed, inserted or changed"));
                return;
            }
            if (!HashChain.hashOf(e).equals(e.hash())) {
                broken.set(ChainVerification.broken(checked.get(), e.id(),
                        "记录内容与其哈希不符：该记录被修改",
                        "content does not match its hash: this entry was changed"));
                return;
            }
            expectedPrev.set(e.hash());
        });
        return broken.get() != null ? broken.get() : ChainVerification.ok(checked.get());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String entityType, String entityId, int offset, int limit) {
        return entries.recent(entityType, entityId, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(String entityType, String entityId) {
        return entries.count(entityType, entityId);
    }

    static String toJson(Object value) {
        return value == null ? null : CANONICAL.writeValueAsString(value);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
