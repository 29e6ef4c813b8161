package org.metrolex.party.persistence;

import static org.metrolex.platform.jooq.Tables.PERSON;
import static org.metrolex.platform.jooq.Tables.QUALIFICATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.party.domain.PersonRole;
import org.metrolex.party.domain.Qualification;
import org.metrolex.platform.jooq.tables.records.PersonRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqPeople implements People {

    private final DSLContext dsl;
    private final Clock clock;

    JooqPeople(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Officers see people of their regions; institution staff see the people of their institution. */
    private static Condition visible(DataScope scope) {
        return scope.where(PERSON.REGION_CODE, PERSON.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION);
    }

    @Override
    public ResultPage<Person> search(DataScope scope, String keyword, String role, Long institutionId, int page, int size) {
        Condition where = visible(scope);
        if (keyword != null && !keyword.isBlank()) {
            where = where.and(PERSON.NAME.contains(keyword.strip()));
        }
        if (role != null && !role.isBlank()) {
            where = where.and(PERSON.PERSON_ROLE.eq(role.strip()));
        }
        if (institutionId != null) {
            where = where.and(PERSON.INSTITUTION_ID.eq(institutionId));
        }
        long total = dsl.fetchCount(PERSON, where);
        List<PersonRecord> rows = dsl.selectFrom(PERSON).where(where).orderBy(PERSON.REGION_CODE, PERSON.NAME, PERSON.ID)
                .offset((page - 1) * size).limit(size).fetch();
        return new ResultPage<>(withQualifications(rows), total, page, size);
    }

    @Override
    public List<Person> inspectorDirectory() {
        return withQualifications(dsl.selectFrom(PERSON).where(PERSON.PERSON_ROLE.eq("INSPECTOR").and(PERSON.ACTIVE.isTrue()))
                .orderBy(PERSON.REGION_CODE, PERSON.NAME, PERSON.ID).fetch());
    }

    @Override
    public Optional<Person> find(DataScope scope, long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id).and(visible(scope))).fetchOptional()
                .map(r -> withQualifications(List.of(r)).get(0));
    }

    @Override
    public long count(DataScope scope) {
        return dsl.fetchCount(PERSON, visible(scope));
    }

    @Override
    public long countQualificationsExpiringBetween(DataScope scope, LocalDate from, LocalDate to) {
        return dsl.fetchCount(DSL.selectOne().from(QUALIFICATION).join(PERSON).on(PERSON.ID.eq(QUALIFICATION.PERSON_ID))
                .where(visible(scope)).and(PERSON.ACTIVE.isTrue()).and(QUALIFICATION.VALID_UNTIL.between(from, to)));
    }

    @Override
    public long insert(PersonDraft d) {
        return dsl.insertInto(PERSON)
                .set(PERSON.NAME, d.name())
                .set(PERSON.PERSON_ROLE, d.parsedRole().name())
                .set(PERSON.REGION_CODE, d.regionCode())
                .set(PERSON.INSTITUTION_ID, d.institutionId())
                .set(PERSON.PHONE, JooqEnterprises.emptyToNull(d.phone()))
                .set(PERSON.CREATED_AT, now()).set(PERSON.UPDATED_AT, now())
                .returning(PERSON.ID).fetchOne().getId();
    }

    @Override
    public boolean update(long id, int version, PersonDraft d) {
        return dsl.update(PERSON)
                .set(PERSON.NAME, d.name())
                .set(PERSON.PERSON_ROLE, d.parsedRole().name())
                .set(PERSON.REGION_CODE, d.regionCode())
                .set(PERSON.INSTITUTION_ID, d.institutionId())
                .set(PERSON.PHONE, JooqEnterprises.emptyToNull(d.phone()))
                .set(PERSON.VERSION, version + 1)
                .set(PERSON.UPDATED_AT, now())
                .where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version))).execute() == 1;
    }

    @Override
    public void setActive(long id, boolean active) {
        dsl.update(PERSON).set(PERSON.ACTIVE, active).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, now()).where(PERSON.ID.eq(id)).execute();
    }

    @Override
    public long addQualification(long personId, String certificateNo, String scope, LocalDate validFrom, LocalDate validUntil) {
        return dsl.insertInto(QUALIFICATION)
                .set(QUALIFICATION.PERSON_ID, personId)
                .set(QUALIFICATION.CERTIFICATE_NO, certificateNo)
                .set(QUALIFICATION.SCOPE, scope)
                .set(QUALIFICATION.VALID_FROM, validFrom)
                .set(QUALIFICATION.VALID_UNTIL, validUntil)
                .returning(QUALIFICATION.ID).fetchOne().getId();
    }

    private List<Person> withQualifications(List<PersonRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Qualification>> quals = dsl.selectFrom(QUALIFICATION)
                .where(QUALIFICATION.PERSON_ID.in(rows.stream().map(PersonRecord::getId).toList()))
                .orderBy(QUALIFICATION.VALID_UNTIL.desc()).fetch().stream()
                .collect(Collectors.groupingBy(q -> q.getPersonId(), Collectors.mapping(q -> new Qualification(q.getId(),
                        q.getCertificateNo(), q.getScope(), q.getValidFrom(), q.getValidUntil()), Collectors.toList())));
        return rows.stream().map(r -> new Person(r.getId(), r.getName(), PersonRole.valueOf(r.getPersonRole()),
                r.getRegionCode(), r.getInstitutionId(), r.getPhone(), r.getActive(), r.getVersion(),
                quals.getOrDefault(r.getId(), List.of()))).toList();
    }
}
