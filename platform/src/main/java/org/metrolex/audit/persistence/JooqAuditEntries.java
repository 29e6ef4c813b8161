package org.metrolex.audit.persistence;

import static org.metrolex.platform.jooq.Tables.AUDIT_ENTRY;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.metrolex.audit.domain.AuditEntry;
import org.metrolex.audit.domain.HashChain;
import org.springframework.stereotype.Repository;

@Repository
class JooqAuditEntries implements AuditEntries {

    /** Key of the advisory lock that keeps the chain linear when transactions run in parallel. */
    private static final long CHAIN_LOCK = 0x4d45_5452_4155_4454L;

    private final DSLContext dsl;

    JooqAuditEntries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String lockAndLastHash() {
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(CHAIN_LOCK))).fetch();
        return dsl.select(AUDIT_ENTRY.HASH).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchOptional(AUDIT_ENTRY.HASH).orElse(HashChain.GENESIS);
    }

    @Override
    public long append(AuditEntry e) {
        return dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, e.occurredAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR, e.actor())
                .set(AUDIT_ENTRY.ACTION, e.action())
                .set(AUDIT_ENTRY.ENTITY_TYPE, e.entityType())
                .set(AUDIT_ENTRY.ENTITY_ID, e.entityId())
                .set(AUDIT_ENTRY.BEFORE_JSON, e.beforeJson())
                .set(AUDIT_ENTRY.AFTER_JSON, e.afterJson())
                .set(AUDIT_ENTRY.PREV_HASH, e.prevHash())
                .set(AUDIT_ENTRY.HASH, e.hash())
                .returning(AUDIT_ENTRY.ID).fetchOne().getId();
    }

    @Override
    public void forEachInOrder(Consumer<AuditEntry> consumer) {
        try (var cursor = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetchSize(1000).fetchLazy()) {
            for (var r : cursor) {
                consumer.accept(toEntry(r));
            }
        }
    }

    @Override
    public List<AuditEntry> recent(String entityType, String entityId, int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(filter(entityType, entityId))
                .orderBy(AUDIT_ENTRY.ID.desc()).offset(offset).limit(limit).fetch(JooqAuditEntries::toEntry);
    }

    @Override
    public long count(String entityType, String entityId) {
        return dsl.fetchCount(AUDIT_ENTRY, filter(entityType, entityId));
    }

    @Override
    public Optional<AuditEntry> find(long id) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(id)).fetchOptional(JooqAuditEntries::toEntry);
    }

    private static Condition filter(String entityType, String entityId) {
        Condition c = DSL.noCondition();
        if (entityType != null && !entityType.isBlank()) {
            c = c.and(AUDIT_ENTRY.ENTITY_TYPE.eq(entityType));
        }
        if (entityId != null && !entityId.isBlank()) {
            c = c.and(AUDIT_ENTRY.ENTITY_ID.eq(entityId));
        }
        return c;
    }

    private static AuditEntry toEntry(Record rec) {
        var r = rec.into(AUDIT_ENTRY);
        return new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getActor(), r.getAction(),
                r.getEntityType(), r.getEntityId(), r.getBeforeJson(), r.getAfterJson(), r.getPrevHash(), r.getHash());
    }
}
