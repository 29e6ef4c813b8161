package org.metrolex.party.persistence;

import static org.metrolex.platform.jooq.Tables.INSTITUTION;
import static org.metrolex.platform.jooq.Tables.INSTITUTION_AUTHORIZATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.metrolex.party.domain.Authorization;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.InstitutionKind;
import org.metrolex.platform.jooq.tables.records.InstitutionRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqInstitutions implements Institutions {

    private final DSLContext dsl;
    private final Clock clock;

    JooqInstitutions(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        return scope.where(INSTITUTION.REGION_CODE, INSTITUTION.ID, DataScope.PartyKind.INSTITUTION);
    }

    private static Condition matching(String keyword, String regionCode) {
        Condition c = DSL.noCondition();
        if (keyword != null && !keyword.isBlank()) {
            String k = keyword.strip();
            c = c.and(INSTITUTION.NAME.containsIgnoreCase(k).or(INSTITUTION.CREDIT_CODE.startsWith(k.toUpperCase())));
        }
        if (regionCode != null && !regionCode.isBlank()) {
            c = c.and(INSTITUTION.REGION_CODE.eq(regionCode.strip()));
        }
        return c;
    }

    @Override
    public ResultPage<Institution> search(DataScope scope, String keyword, String regionCode, int page, int size) {
        return page(visible(scope).and(matching(keyword, regionCode)), page, size);
    }

    @Override
    public ResultPage<Institution> publicRegistry(String keyword, int page, int size) {
        return page(INSTITUTION.ACTIVE.isTrue().and(matching(keyword, null)), page, size);
    }

    private ResultPage<Institution> page(Condition where, int page, int size) {
        long total = dsl.fetchCount(INSTITUTION, where);
        List<InstitutionRecord> rows = dsl.selectFrom(INSTITUTION).where(where)
                .orderBy(INSTITUTION.REGION_CODE, INSTITUTION.NAME, INSTITUTION.ID)
                .offset((page - 1) * size).limit(size).fetch();
        return new ResultPage<>(withAuthorizations(rows), total, page, size);
    }

    @Override
    public Optional<Institution> find(DataScope scope, long id) {
        return dsl.selectFrom(INSTITUTION).where(INSTITUTION.ID.eq(id).and(visible(scope))).fetchOptional()
                .map(r -> withAuthorizations(List.of(r)).get(0));
    }

    @Override
    public List<Institution> all(DataScope scope) {
        return withAuthorizations(dsl.selectFrom(INSTITUTION).where(visible(scope)).orderBy(INSTITUTION.NAME).fetch());
    }

    @Override
    public Optional<Institution> findByCreditCodeForUniqueness(String creditCode) {
        return dsl.selectFrom(INSTITUTION).where(INSTITUTION.CREDIT_CODE.eq(creditCode)).fetchOptional()
                .map(r -> withAuthorizations(List.of(r)).get(0));
    }

    @Override
    public long count(DataScope scope) {
        return dsl.fetchCount(INSTITUTION, visible(scope));
    }

    /** The columns a draft sets, shared by insert and update. */
    private static Map<Field<?>, Object> columns(InstitutionDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(INSTITUTION.CREDIT_CODE, d.creditCode());
        m.put(INSTITUTION.NAME, d.name());
        m.put(INSTITUTION.ADDRESS, JooqEnterprises.emptyToNull(d.address()));
        m.put(INSTITUTION.REGION_CODE, d.regionCode());
        m.put(INSTITUTION.INSTITUTION_KIND, d.parsedKind().name());
        m.put(INSTITUTION.CONTACT_PHONE, JooqEnterprises.emptyToNull(d.contactPhone()));
        return m;
    }

    @Override
    public long insert(InstitutionDraft d) {
        return dsl.insertInto(INSTITUTION).set(columns(d)).set(INSTITUTION.CREATED_AT, now()).set(INSTITUTION.UPDATED_AT, now())
                .returning(INSTITUTION.ID).fetchOne().getId();
    }

    @Override
    public boolean update(long id, int version, InstitutionDraft d) {
        return dsl.update(INSTITUTION)
                .set(columns(d))
                .set(INSTITUTION.VERSION, version + 1)
                .set(INSTITUTION.UPDATED_AT, now())
                .where(INSTITUTION.ID.eq(id).and(INSTITUTION.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public void setActive(long id, boolean active) {
        dsl.update(INSTITUTION).set(INSTITUTION.ACTIVE, active).set(INSTITUTION.VERSION, INSTITUTION.VERSION.plus(1))
                .set(INSTITUTION.UPDATED_AT, now()).where(INSTITUTION.ID.eq(id)).execute();
    }

    @Override
    public long addAuthorization(long institutionId, String certificateNo, String instrumentType, String regionCode,
                                 LocalDate validFrom, LocalDate validUntil) {
        return dsl.insertInto(INSTITUTION_AUTHORIZATION)
                .set(INSTITUTION_AUTHORIZATION.INSTITUTION_ID, institutionId)
                .set(INSTITUTION_AUTHORIZATION.CERTIFICATE_NO, certificateNo)
                .set(INSTITUTION_AUTHORIZATION.INSTRUMENT_TYPE, instrumentType)
                .set(INSTITUTION_AUTHORIZATION.REGION_CODE, regionCode)
                .set(INSTITUTION_AUTHORIZATION.VALID_FROM, validFrom)
                .set(INSTITUTION_AUTHORIZATION.VALID_UNTIL, validUntil)
                .returning(INSTITUTION_AUTHORIZATION.ID).fetchOne().getId();
    }

    @Override
    public int endAuthorizations(long institutionId, String certificateNo, LocalDate lastDay) {
        return dsl.update(INSTITUTION_AUTHORIZATION)
                .set(INSTITUTION_AUTHORIZATION.VALID_UNTIL, lastDay)
                .where(INSTITUTION_AUTHORIZATION.INSTITUTION_ID.eq(institutionId)
                        .and(INSTITUTION_AUTHORIZATION.CERTIFICATE_NO.eq(certificateNo))
                        .and(INSTITUTION_AUTHORIZATION.VALID_UNTIL.gt(lastDay)))
                .execute();
    }

    private List<Institution> withAuthorizations(List<InstitutionRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Authorization>> auths = dsl.selectFrom(INSTITUTION_AUTHORIZATION)
                .where(INSTITUTION_AUTHORIZATION.INSTITUTION_ID.in(rows.stream().map(InstitutionRecord::getId).toList()))
                .orderBy(INSTITUTION_AUTHORIZATION.INSTRUMENT_TYPE, INSTITUTION_AUTHORIZATION.ID)
                .fetch().stream().collect(Collectors.groupingBy(a -> a.getInstitutionId(),
                        Collectors.mapping(a -> new Authorization(a.getId(), a.getCertificateNo(), a.getInstrumentType(),
                                a.getRegionCode(), a.getValidFrom(), a.getValidUntil()), Collectors.toList())));
        return rows.stream().map(r -> new Institution(r.getId(), r.getCreditCode(), r.getName(), r.getAddress(),
                r.getRegionCode(), InstitutionKind.valueOf(r.getInstitutionKind()), r.getContactPhone(), r.getActive(),
                r.getVersion(), auths.getOrDefault(r.getId(), List.of()))).toList();
    }
}
