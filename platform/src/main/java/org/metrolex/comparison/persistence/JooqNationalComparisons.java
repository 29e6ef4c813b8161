package org.metrolex.comparison.persistence;

import static org.metrolex.platform.jooq.Tables.NATIONAL_COMPARISON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.metrolex.comparison.NationalParticipation;
import org.metrolex.comparison.domain.NationalResult;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqNationalComparisons implements NationalComparisons {

    private final DSLContext dsl;
    private final Clock clock;

    JooqNationalComparisons(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public long insert(int year, String organiser, String project, long institutionId, String regionCode,
                       NationalResult result, String note, String recordedBy) {
        return dsl.insertInto(NATIONAL_COMPARISON)
                .set(NATIONAL_COMPARISON.YEAR, year).set(NATIONAL_COMPARISON.ORGANISER, organiser)
                .set(NATIONAL_COMPARISON.PROJECT, project).set(NATIONAL_COMPARISON.INSTITUTION_ID, institutionId)
                .set(NATIONAL_COMPARISON.REGION_CODE, regionCode).set(NATIONAL_COMPARISON.RESULT, result.name())
                .set(NATIONAL_COMPARISON.NOTE, note).set(NATIONAL_COMPARISON.RECORDED_BY, recordedBy)
                .set(NATIONAL_COMPARISON.RECORDED_AT, OffsetDateTime.now(clock))
                .returning(NATIONAL_COMPARISON.ID).fetchOne().getId();
    }

    @Override
    public List<NationalParticipation> search(DataScope scope, Integer year) {
        Condition where = scope.where(NATIONAL_COMPARISON.REGION_CODE, NATIONAL_COMPARISON.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION);
        if (year != null) {
            where = where.and(NATIONAL_COMPARISON.YEAR.eq(year));
        }
        // the institution's name is the party module's: the use case adds it
        return dsl.selectFrom(NATIONAL_COMPARISON).where(where).orderBy(NATIONAL_COMPARISON.YEAR.desc(), NATIONAL_COMPARISON.ID)
                .fetch(r -> new NationalParticipation(r.get(NATIONAL_COMPARISON.ID), r.get(NATIONAL_COMPARISON.YEAR),
                        r.get(NATIONAL_COMPARISON.ORGANISER), r.get(NATIONAL_COMPARISON.PROJECT),
                        r.get(NATIONAL_COMPARISON.INSTITUTION_ID), null, r.get(NATIONAL_COMPARISON.REGION_CODE),
                        NationalResult.valueOf(r.get(NATIONAL_COMPARISON.RESULT)), r.get(NATIONAL_COMPARISON.NOTE)));
    }
}
