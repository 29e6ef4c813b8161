package org.metrolex.rules.persistence;

import static org.metrolex.platform.jooq.Tables.RULE_EDITION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.RuleEditionRecord;
import org.metrolex.rules.domain.LoadedEdition;
import org.springframework.stereotype.Repository;

@Repository
class JooqRuleEditions implements RuleEditions {

    /** Key of the advisory lock held by a load until it commits ("RULEBOOK"). */
    private static final long LOAD_LOCK = 0x5255_4c45_424f_4f4bL;

    private final DSLContext dsl;

    JooqRuleEditions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LoadedEdition> loadedInOrder() {
        return dsl.selectFrom(RULE_EDITION).orderBy(RULE_EDITION.ID).fetch(JooqRuleEditions::toEdition);
    }

    @Override
    public long lastId() {
        Long id = dsl.select(DSL.max(RULE_EDITION.ID)).from(RULE_EDITION).fetchOne(0, Long.class);
        return id == null ? 0 : id;
    }

    @Override
    public void lockForLoad() {
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(LOAD_LOCK))).fetch();
    }

    @Override
    public int lastVersion(String ruleId, String regulation) {
        Integer v = dsl.select(DSL.max(RULE_EDITION.VERSION)).from(RULE_EDITION)
                .where(RULE_EDITION.RULE_ID.eq(ruleId).and(RULE_EDITION.REGULATION.eq(regulation))).fetchOne(0, Integer.class);
        return v == null ? 0 : v;
    }

    @Override
    public long insert(String ruleId, String regulation, String clause, LocalDate effectiveFrom, LocalDate effectiveUntil,
                       boolean verified, boolean standIn, String source, String fileName, String fileText, int version,
                       String reason, String loadedBy, Instant loadedAt) {
        return dsl.insertInto(RULE_EDITION)
                .set(RULE_EDITION.RULE_ID, ruleId).set(RULE_EDITION.REGULATION, regulation).set(RULE_EDITION.CLAUSE, clause)
                .set(RULE_EDITION.EFFECTIVE_FROM, effectiveFrom).set(RULE_EDITION.EFFECTIVE_UNTIL, effectiveUntil)
                .set(RULE_EDITION.VERIFIED, verified).set(RULE_EDITION.STAND_IN, standIn).set(RULE_EDITION.SOURCE, source)
                .set(RULE_EDITION.FILE_NAME, fileName).set(RULE_EDITION.FILE_TEXT, fileText).set(RULE_EDITION.VERSION, version)
                .set(RULE_EDITION.REASON, reason).set(RULE_EDITION.LOADED_BY, loadedBy)
                .set(RULE_EDITION.LOADED_AT, loadedAt.atOffset(ZoneOffset.UTC))
                .returning(RULE_EDITION.ID).fetchOne().getId();
    }

    @Override
    public void supersede(String ruleId, String regulation, long byId) {
        dsl.update(RULE_EDITION).set(RULE_EDITION.SUPERSEDED_BY, byId)
                .where(RULE_EDITION.RULE_ID.eq(ruleId).and(RULE_EDITION.REGULATION.eq(regulation))
                        .and(RULE_EDITION.ID.ne(byId)).and(RULE_EDITION.SUPERSEDED_BY.isNull()))
                .execute();
    }

    private static LoadedEdition toEdition(RuleEditionRecord r) {
        return new LoadedEdition(r.getId(), r.getRuleId(), r.getRegulation(), r.getClause(), r.getEffectiveFrom(),
                r.getEffectiveUntil(), r.getVerified(), r.getStandIn(), r.getSource(), r.getFileName(), r.getFileText(),
                r.getVersion(), r.getReason(), r.getLoadedBy(), r.getLoadedAt().toInstant(), r.getSupersededBy());
    }
}
