package org.metrolex.licensing.persistence;

import static org.metrolex.platform.jooq.Tables.LICENCE_APPLICATION;
import static org.metrolex.platform.jooq.Tables.LICENCE_DOCUMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqLicenceDocuments implements LicenceDocuments {

    private final DSLContext dsl;
    private final Clock clock;

    JooqLicenceDocuments(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private Condition ofVisibleApplication(DataScope scope, long applicationId) {
        return LICENCE_DOCUMENT.APPLICATION_ID.eq(applicationId).and(DSL.exists(DSL.selectOne().from(LICENCE_APPLICATION)
                .where(LICENCE_APPLICATION.ID.eq(applicationId).and(JooqLicenceApplications.visible(scope)))));
    }

    @Override
    public long insert(long applicationId, String requirement, String fileName, String contentType, byte[] content, String sha256,
                       LicenceDocument.ScanStatus scan, String scanNote, String actor) {
        return dsl.insertInto(LICENCE_DOCUMENT)
                .set(LICENCE_DOCUMENT.APPLICATION_ID, applicationId)
                .set(LICENCE_DOCUMENT.REQUIREMENT, requirement)
                .set(LICENCE_DOCUMENT.FILE_NAME, fileName)
                .set(LICENCE_DOCUMENT.CONTENT_TYPE, contentType)
                .set(LICENCE_DOCUMENT.SIZE_BYTES, (long) content.length)
                .set(LICENCE_DOCUMENT.SHA256, sha256)
                .set(LICENCE_DOCUMENT.CONTENT, content)
                .set(LICENCE_DOCUMENT.SCAN_STATUS, scan.name())
                .set(LICENCE_DOCUMENT.SCAN_NOTE, scanNote)
                .set(LICENCE_DOCUMENT.UPLOADED_BY, actor)
                .set(LICENCE_DOCUMENT.UPLOADED_AT, now())
                .returning(LICENCE_DOCUMENT.ID).fetchOne().getId();
    }

    @Override
    public List<LicenceDocument> findByApplication(DataScope scope, long applicationId) {
        return dsl.select(LICENCE_DOCUMENT.ID, LICENCE_DOCUMENT.APPLICATION_ID, LICENCE_DOCUMENT.REQUIREMENT, LICENCE_DOCUMENT.FILE_NAME,
                        LICENCE_DOCUMENT.CONTENT_TYPE, LICENCE_DOCUMENT.SIZE_BYTES, LICENCE_DOCUMENT.SHA256, LICENCE_DOCUMENT.SCAN_STATUS,
                        LICENCE_DOCUMENT.SCAN_NOTE, LICENCE_DOCUMENT.UPLOADED_AT, LICENCE_DOCUMENT.UPLOADED_BY)
                .from(LICENCE_DOCUMENT).where(ofVisibleApplication(scope, applicationId)).orderBy(LICENCE_DOCUMENT.ID)
                .fetch(r -> new LicenceDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        LicenceDocument.ScanStatus.valueOf(r.value8()), r.value9(), r.value10(), r.value11()));
    }

    @Override
    public Optional<byte[]> findContent(DataScope scope, long applicationId, long documentId) {
        return dsl.select(LICENCE_DOCUMENT.CONTENT).from(LICENCE_DOCUMENT)
                .where(ofVisibleApplication(scope, applicationId).and(LICENCE_DOCUMENT.ID.eq(documentId)))
                .fetchOptional(r -> r.value1());
    }
}
