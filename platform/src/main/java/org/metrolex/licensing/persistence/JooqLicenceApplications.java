package org.metrolex.licensing.persistence;

import static org.metrolex.platform.jooq.Tables.LICENCE_APPLICATION;
import static org.metrolex.platform.jooq.Tables.LICENCE_APPLICATION_EVENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.EventKind;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.platform.jooq.tables.records.LicenceApplicationRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqLicenceApplications implements LicenceApplications {

    private static final List<String> CLOSED = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::closed)
            .map(Enum::name).toList();

    private final DSLContext dsl;
    private final Clock clock;

    JooqLicenceApplications(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Officers: region; an enterprise or institution: applications it made itself. */
    static Condition visible(DataScope scope) {
        if (scope.isOfficer()) {
            return scope.where(LICENCE_APPLICATION.REGION_CODE, null, null);
        }
        return scope.where(LICENCE_APPLICATION.REGION_CODE, LICENCE_APPLICATION.APPLICANT_ID, DataScope.PartyKind.ENTERPRISE)
                .and(LICENCE_APPLICATION.APPLICANT_KIND.eq(LicenceType.ApplicantKind.ENTERPRISE.name()))
                .or(scope.where(LICENCE_APPLICATION.REGION_CODE, LICENCE_APPLICATION.APPLICANT_ID, DataScope.PartyKind.INSTITUTION)
                        .and(LICENCE_APPLICATION.APPLICANT_KIND.eq(LicenceType.ApplicantKind.INSTITUTION.name())));
    }

    @Override
    public long insert(NewDossier d) {
        long id = dsl.insertInto(LICENCE_APPLICATION)
                .set(LICENCE_APPLICATION.REFERENCE_NO, "pending-" + java.util.UUID.randomUUID())
                .set(LICENCE_APPLICATION.PROCEDURE_ID, d.procedureId())
                .set(LICENCE_APPLICATION.LICENCE_TYPE, d.licenceType().name())
                .set(LICENCE_APPLICATION.APPLICANT_KIND, d.applicantKind().name())
                .set(LICENCE_APPLICATION.APPLICANT_ID, d.applicantId())
                .set(LICENCE_APPLICATION.APPLICANT_NAME, d.applicantName())
                .set(LICENCE_APPLICATION.REGION_CODE, d.regionCode())
                .set(LICENCE_APPLICATION.SUBJECT, d.subject())
                .set(LICENCE_APPLICATION.INSTRUMENT_TYPE, blankToNull(d.instrumentType()))
                .set(LICENCE_APPLICATION.COVERED_REGION_CODE, blankToNull(d.coveredRegionCode()))
                .set(LICENCE_APPLICATION.MODEL, blankToNull(d.model()))
                .set(LICENCE_APPLICATION.STANDARD_ID, d.standardId())
                .set(LICENCE_APPLICATION.BY_COMMITMENT, d.byCommitment())
                .set(LICENCE_APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(LICENCE_APPLICATION.SUBMITTED_ON, d.submittedOn())
                .set(LICENCE_APPLICATION.CREATED_AT, now()).set(LICENCE_APPLICATION.UPDATED_AT, now())
                .returning(LICENCE_APPLICATION.ID).fetchOne().getId();
        dsl.update(LICENCE_APPLICATION)
                .set(LICENCE_APPLICATION.REFERENCE_NO, "XK" + d.submittedOn().getYear() + "-" + String.format("%06d", id))
                .where(LICENCE_APPLICATION.ID.eq(id)).execute();
        return id;
    }

    @Override
    public Optional<Dossier> find(DataScope scope, long id) {
        return dsl.selectFrom(LICENCE_APPLICATION).where(LICENCE_APPLICATION.ID.eq(id).and(visible(scope)))
                .fetchOptional(JooqLicenceApplications::toDossier);
    }

    @Override
    public ResultPage<Dossier> search(DataScope scope, ApplicationStatus status, LicenceType type, int page, int size) {
        Condition where = visible(scope);
        if (status != null) {
            where = where.and(LICENCE_APPLICATION.STATUS.eq(status.name()));
        }
        if (type != null) {
            where = where.and(LICENCE_APPLICATION.LICENCE_TYPE.eq(type.name()));
        }
        long total = dsl.fetchCount(LICENCE_APPLICATION, where);
        var items = dsl.selectFrom(LICENCE_APPLICATION).where(where).orderBy(LICENCE_APPLICATION.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(JooqLicenceApplications::toDossier);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public List<Dossier> findOpen(DataScope scope) {
        return dsl.selectFrom(LICENCE_APPLICATION).where(visible(scope).and(LICENCE_APPLICATION.STATUS.notIn(CLOSED)))
                .orderBy(LICENCE_APPLICATION.ID).fetch(JooqLicenceApplications::toDossier);
    }

    @Override
    public List<Dossier> findSubmittedSince(DataScope scope, LocalDate from) {
        return dsl.selectFrom(LICENCE_APPLICATION).where(visible(scope).and(LICENCE_APPLICATION.SUBMITTED_ON.ge(from)))
                .orderBy(LICENCE_APPLICATION.ID).fetch(JooqLicenceApplications::toDossier);
    }

    @Override
    public Map<Long, List<ApplicationEvent>> historiesOf(Collection<Long> applicationIds) {
        Map<Long, List<ApplicationEvent>> out = new LinkedHashMap<>();
        applicationIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        if (applicationIds.isEmpty()) {
            return out;
        }
        dsl.selectFrom(LICENCE_APPLICATION_EVENT)
                .where(LICENCE_APPLICATION_EVENT.APPLICATION_ID.eq(DSL.any(applicationIds.toArray(Long[]::new))))
                .orderBy(LICENCE_APPLICATION_EVENT.APPLICATION_ID, LICENCE_APPLICATION_EVENT.SEQ)
                .forEach(r -> out.get(r.getApplicationId()).add(new ApplicationEvent(EventKind.valueOf(r.getKind()), r.getOccurredOn(),
                        r.getActor(), r.getReason(), r.getItems().isEmpty() ? List.of() : List.of(r.getItems().split("\n")),
                        r.getLateReason())));
        return out;
    }

    @Override
    public void claim(long applicationId, int expectedVersion) {
        int n = dsl.update(LICENCE_APPLICATION)
                .set(LICENCE_APPLICATION.VERSION, LICENCE_APPLICATION.VERSION.plus(1))
                .set(LICENCE_APPLICATION.UPDATED_AT, now())
                .where(LICENCE_APPLICATION.ID.eq(applicationId).and(LICENCE_APPLICATION.VERSION.eq(expectedVersion))).execute();
        if (n == 0) {
            throw LicenceApplications.changedByOthers();
        }
    }

    @Override
    public void append(long applicationId, int seq, ApplicationEvent e, ApplicationStatus status) {
        try {
            insertEvent(applicationId, seq, e);
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
            throw LicenceApplications.changedByOthers();
        } catch (org.jooq.exception.DataAccessException ex) {
            if ("23505".equals(ex.sqlState())) {
                throw LicenceApplications.changedByOthers();
            }
            throw ex;
        }
        dsl.update(LICENCE_APPLICATION)
                .set(LICENCE_APPLICATION.STATUS, status.name())
                .set(LICENCE_APPLICATION.UPDATED_AT, now())
                .where(LICENCE_APPLICATION.ID.eq(applicationId)).execute();
    }

    private void insertEvent(long applicationId, int seq, ApplicationEvent e) {
        dsl.insertInto(LICENCE_APPLICATION_EVENT)
                .set(LICENCE_APPLICATION_EVENT.APPLICATION_ID, applicationId)
                .set(LICENCE_APPLICATION_EVENT.SEQ, seq)
                .set(LICENCE_APPLICATION_EVENT.KIND, e.kind().name())
                .set(LICENCE_APPLICATION_EVENT.OCCURRED_ON, e.on())
                .set(LICENCE_APPLICATION_EVENT.RECORDED_AT, now())
                .set(LICENCE_APPLICATION_EVENT.ACTOR, e.actor())
                .set(LICENCE_APPLICATION_EVENT.REASON, e.reason())
                .set(LICENCE_APPLICATION_EVENT.ITEMS, String.join("\n", e.items()))
                .set(LICENCE_APPLICATION_EVENT.LATE_REASON, e.lateReason())
                .execute();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Dossier toDossier(LicenceApplicationRecord r) {
        return new Dossier(r.getId(), r.getReferenceNo(), r.getProcedureId(), LicenceType.valueOf(r.getLicenceType()),
                LicenceType.ApplicantKind.valueOf(r.getApplicantKind()), r.getApplicantId(), r.getApplicantName(),
                r.getRegionCode(), r.getSubject(), r.getInstrumentType(), r.getCoveredRegionCode(), r.getModel(),
                r.getStandardId(), r.getByCommitment(), ApplicationStatus.valueOf(r.getStatus()), r.getSubmittedOn(),
                r.getVersion());
    }
}
