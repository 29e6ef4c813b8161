package org.metrolex.instrument.persistence;

import static org.metrolex.platform.jooq.Tables.MEASUREMENT_STANDARD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.platform.jooq.tables.records.MeasurementStandardRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqMeasurementStandards implements MeasurementStandards {

    private final DSLContext dsl;
    private final Clock clock;

    JooqMeasurementStandards(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        return scope.where(MEASUREMENT_STANDARD.REGION_CODE, MEASUREMENT_STANDARD.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION);
    }

    @Override
    public ResultPage<MeasurementStandard> search(DataScope scope, Long institutionId, int page, int size) {
        Condition where = visible(scope);
        if (institutionId != null) {
            where = where.and(MEASUREMENT_STANDARD.INSTITUTION_ID.eq(institutionId));
        }
        long total = dsl.fetchCount(MEASUREMENT_STANDARD, where);
        var items = dsl.selectFrom(MEASUREMENT_STANDARD).where(where)
                .orderBy(MEASUREMENT_STANDARD.INSTITUTION_ID, MEASUREMENT_STANDARD.NAME, MEASUREMENT_STANDARD.ID)
                .offset((page - 1) * size).limit(size).fetch(JooqMeasurementStandards::toStandard);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<MeasurementStandard> find(DataScope scope, long id) {
        return dsl.selectFrom(MEASUREMENT_STANDARD).where(MEASUREMENT_STANDARD.ID.eq(id).and(visible(scope)))
                .fetchOptional(JooqMeasurementStandards::toStandard);
    }

    @Override
    public long insert(MeasurementStandardDraft d, String regionCode) {
        return dsl.insertInto(MEASUREMENT_STANDARD)
                .set(MEASUREMENT_STANDARD.INSTITUTION_ID, d.institutionId())
                .set(MEASUREMENT_STANDARD.NAME, d.name())
                .set(MEASUREMENT_STANDARD.ASSESSMENT_CERTIFICATE_NO, d.assessmentCertificateNo().isEmpty() ? null : d.assessmentCertificateNo())
                .set(MEASUREMENT_STANDARD.ASSESSMENT_VALID_UNTIL, d.assessmentValidUntil())
                .set(MEASUREMENT_STANDARD.CALIBRATION_CERTIFICATE_NO, d.calibrationCertificateNo().isEmpty() ? null : d.calibrationCertificateNo())
                .set(MEASUREMENT_STANDARD.CALIBRATION_DUE, d.calibrationDue())
                .set(MEASUREMENT_STANDARD.REGION_CODE, regionCode)
                .set(MEASUREMENT_STANDARD.CREATED_AT, now()).set(MEASUREMENT_STANDARD.UPDATED_AT, now())
                .returning(MEASUREMENT_STANDARD.ID).fetchOne().getId();
    }

    @Override
    public void setAssessment(long id, String certificateNo, java.time.LocalDate validUntil) {
        dsl.update(MEASUREMENT_STANDARD)
                .set(MEASUREMENT_STANDARD.ASSESSMENT_CERTIFICATE_NO, certificateNo)
                .set(MEASUREMENT_STANDARD.ASSESSMENT_VALID_UNTIL, validUntil)
                .set(MEASUREMENT_STANDARD.UPDATED_AT, now())
                .set(MEASUREMENT_STANDARD.VERSION, MEASUREMENT_STANDARD.VERSION.plus(1))
                .where(MEASUREMENT_STANDARD.ID.eq(id)).execute();
    }

    private static MeasurementStandard toStandard(MeasurementStandardRecord r) {
        return new MeasurementStandard(r.getId(), r.getInstitutionId(), r.getName(), r.getAssessmentCertificateNo(),
                r.getAssessmentValidUntil(), r.getCalibrationCertificateNo(), r.getCalibrationDue(), r.getRegionCode(),
                r.getVersion());
    }
}
