package org.metrolex.licensing.persistence;

import static org.metrolex.platform.jooq.Tables.LICENCE_PROCEDURE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.metrolex.licensing.ProcedureFile;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.platform.jooq.tables.records.LicenceProcedureRecord;
import org.springframework.stereotype.Repository;

@Repository
class JooqLicenceProcedures implements LicenceProcedures {

    private final DSLContext dsl;
    private final Clock clock;

    JooqLicenceProcedures(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public List<StoredProcedure> currentVersions() {
        return dsl.selectFrom(LICENCE_PROCEDURE).where(LICENCE_PROCEDURE.CURRENT.isTrue()).orderBy(LICENCE_PROCEDURE.ID)
                .fetch(JooqLicenceProcedures::toStored);
    }

    @Override
    public Optional<StoredProcedure> currentVersion(String code) {
        return dsl.selectFrom(LICENCE_PROCEDURE).where(LICENCE_PROCEDURE.CODE.eq(code).and(LICENCE_PROCEDURE.CURRENT.isTrue()))
                .fetchOptional(JooqLicenceProcedures::toStored);
    }

    @Override
    public Optional<StoredProcedure> versionById(long id) {
        return dsl.selectFrom(LICENCE_PROCEDURE).where(LICENCE_PROCEDURE.ID.eq(id)).fetchOptional(JooqLicenceProcedures::toStored);
    }

    @Override
    public List<StoredProcedure> history(String code) {
        return dsl.selectFrom(LICENCE_PROCEDURE).where(LICENCE_PROCEDURE.CODE.eq(code)).orderBy(LICENCE_PROCEDURE.VERSION.desc())
                .fetch(JooqLicenceProcedures::toStored);
    }

    @Override
    public long store(Procedure p, String actor) {
        dsl.update(LICENCE_PROCEDURE).set(LICENCE_PROCEDURE.CURRENT, false)
                .where(LICENCE_PROCEDURE.CODE.eq(p.code()).and(LICENCE_PROCEDURE.CURRENT.isTrue())).execute();
        return dsl.insertInto(LICENCE_PROCEDURE)
                .set(LICENCE_PROCEDURE.CODE, p.code())
                .set(LICENCE_PROCEDURE.VERSION, p.version())
                .set(LICENCE_PROCEDURE.LICENCE_TYPE, p.licenceType().name())
                .set(LICENCE_PROCEDURE.DEFINITION, ProcedureFile.toJson(p))
                .set(LICENCE_PROCEDURE.CURRENT, true)
                .set(LICENCE_PROCEDURE.CREATED_BY, actor)
                .set(LICENCE_PROCEDURE.CREATED_AT, now())
                .returning(LICENCE_PROCEDURE.ID).fetchOne().getId();
    }

    private static StoredProcedure toStored(LicenceProcedureRecord r) {
        return new StoredProcedure(r.getId(), ProcedureFile.fromJson(r.getDefinition()), r.getCurrent(), r.getCreatedAt(),
                r.getCreatedBy());
    }
}
