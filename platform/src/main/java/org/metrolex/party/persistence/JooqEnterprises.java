package org.metrolex.party.persistence;

import static org.metrolex.platform.jooq.Tables.ENTERPRISE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.jooq.tables.records.EnterpriseRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqEnterprises implements Enterprises {

    private final DSLContext dsl;
    private final Clock clock;

    JooqEnterprises(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        return scope.where(ENTERPRISE.REGION_CODE, ENTERPRISE.ID, DataScope.PartyKind.ENTERPRISE);
    }

    private static Condition matching(EnterpriseQuery q) {
        Condition c = DSL.noCondition();
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String k = q.keyword().strip();
            c = c.and(ENTERPRISE.NAME.containsIgnoreCase(k).or(ENTERPRISE.CREDIT_CODE.startsWith(k.toUpperCase())));
        }
        if (q.regionCode() != null && !q.regionCode().isBlank()) {
            c = c.and(ENTERPRISE.REGION_CODE.eq(q.regionCode().strip()));
        }
        if (q.category() != null && !q.category().isBlank()) {
            c = c.and(ENTERPRISE.CATEGORY.eq(q.category().strip()));
        }
        if (q.active() != null) {
            c = c.and(ENTERPRISE.ACTIVE.eq(q.active()));
        }
        return c;
    }

    @Override
    public ResultPage<Enterprise> search(DataScope scope, EnterpriseQuery query, int page, int size) {
        Condition where = visible(scope).and(matching(query));
        long total = dsl.fetchCount(ENTERPRISE, where);
        List<Enterprise> items = dsl.selectFrom(ENTERPRISE).where(where)
                .orderBy(ENTERPRISE.REGION_CODE, ENTERPRISE.NAME, ENTERPRISE.ID)
                .offset((page - 1) * size).limit(size)
                .fetch(JooqEnterprises::toEnterprise);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public void forEach(DataScope scope, EnterpriseQuery query, Consumer<Enterprise> consumer) {
        try (var cursor = dsl.selectFrom(ENTERPRISE).where(visible(scope).and(matching(query)))
                .orderBy(ENTERPRISE.REGION_CODE, ENTERPRISE.NAME, ENTERPRISE.ID).fetchSize(500).fetchLazy()) {
            for (var r : cursor) {
                consumer.accept(toEnterprise(r));
            }
        }
    }

    @Override
    public Optional<Enterprise> find(DataScope scope, long id) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(id).and(visible(scope)))
                .fetchOptional(JooqEnterprises::toEnterprise);
    }

    @Override
    public Optional<Enterprise> findByCreditCodeForUniqueness(String creditCode) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.CREDIT_CODE.eq(creditCode))
                .fetchOptional(JooqEnterprises::toEnterprise);
    }

    @Override
    public long count(DataScope scope) {
        return dsl.fetchCount(ENTERPRISE, visible(scope));
    }

    /** The columns a draft sets, shared by insert and update. */
    private static Map<Field<?>, Object> columns(EnterpriseDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(ENTERPRISE.CREDIT_CODE, d.creditCode());
        m.put(ENTERPRISE.NAME, d.name());
        m.put(ENTERPRISE.ADDRESS, emptyToNull(d.address()));
        m.put(ENTERPRISE.REGION_CODE, d.regionCode());
        m.put(ENTERPRISE.CATEGORY, d.parsedCategory().name());
        m.put(ENTERPRISE.LEGAL_REPRESENTATIVE, emptyToNull(d.legalRepresentative()));
        m.put(ENTERPRISE.CONTACT_PHONE, emptyToNull(d.contactPhone()));
        return m;
    }

    @Override
    public long insert(EnterpriseDraft d) {
        return dsl.insertInto(ENTERPRISE).set(columns(d)).set(ENTERPRISE.CREATED_AT, now()).set(ENTERPRISE.UPDATED_AT, now())
                .returning(ENTERPRISE.ID).fetchOne().getId();
    }

    @Override
    public boolean update(long id, int version, EnterpriseDraft d) {
        return dsl.update(ENTERPRISE)
                .set(columns(d))
                .set(ENTERPRISE.VERSION, version + 1)
                .set(ENTERPRISE.UPDATED_AT, now())
                .where(ENTERPRISE.ID.eq(id).and(ENTERPRISE.VERSION.eq(version)))
                .execute() == 1;
    }

    @Override
    public void setActive(long id, boolean active) {
        dsl.update(ENTERPRISE).set(ENTERPRISE.ACTIVE, active).set(ENTERPRISE.VERSION, ENTERPRISE.VERSION.plus(1))
                .set(ENTERPRISE.UPDATED_AT, now()).where(ENTERPRISE.ID.eq(id)).execute();
    }

    @Override
    public List<Enterprise> findByIds(DataScope scope, List<Long> ids) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.in(ids).and(visible(scope))).fetch(JooqEnterprises::toEnterprise);
    }

    @Override
    public Optional<String> publicName(long id) {
        return dsl.select(ENTERPRISE.NAME).from(ENTERPRISE).where(ENTERPRISE.ID.eq(id)).fetchOptional(ENTERPRISE.NAME);
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Enterprise toEnterprise(EnterpriseRecord r) {
        return new Enterprise(r.getId(), r.getCreditCode(), r.getName(), r.getAddress(), r.getRegionCode(),
                EnterpriseCategory.valueOf(r.getCategory()), r.getLegalRepresentative(), r.getContactPhone(),
                r.getActive(), r.getVersion());
    }
}
