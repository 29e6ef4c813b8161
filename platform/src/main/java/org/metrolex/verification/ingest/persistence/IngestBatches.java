package org.metrolex.verification.ingest.persistence;

import static org.metrolex.platform.jooq.Tables.VERIFICATION_INGEST_BATCH;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.metrolex.platform.jooq.tables.records.VerificationIngestBatchRecord;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

/** Bulk batches and their rejected rows. Reads are scoped: the institution its own, officers by its region. */
@Repository
public class IngestBatches {

    private final DSLContext dsl;
    private final Clock clock;

    IngestBatches(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public record Batch(long id, long institutionId, String batchKey, String format, String bodySha256, String status,
                        long rowsTotal, long rowsAccepted, long rowsRejected, long certificates, long notices,
                        String firstNumber, String lastNumber, String submittedBy, java.time.OffsetDateTime startedAt,
                        java.time.OffsetDateTime finishedAt) {
    }

    /** Counts of a finished batch. */
    public record Counts(long total, long accepted, long rejected, long certificates, long notices, String firstNumber,
                         String lastNumber) {
    }

    /** The latest batch with this key that the caller may read. */
    public Optional<Batch> find(DataScope scope, String batchKey) {
        var b = VERIFICATION_INGEST_BATCH;
        return dsl.selectFrom(b).where(b.BATCH_KEY.eq(batchKey))
                .and(scope.where(b.REGION_CODE, b.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION))
                .orderBy(b.ID.desc()).limit(1).fetchOptional(this::toBatch);
    }

    /**
     * Claims the key for the institution: the new batch's id, or empty when the key was already used. A
     * concurrent claim of the same key waits on the unique index until the first transaction ends.
     */
    public Optional<Long> claim(long institutionId, String regionCode, String batchKey, String format, String submittedBy) {
        var b = VERIFICATION_INGEST_BATCH;
        return dsl.insertInto(b).set(b.INSTITUTION_ID, institutionId).set(b.REGION_CODE, regionCode).set(b.BATCH_KEY, batchKey)
                .set(b.FORMAT, format).set(b.SUBMITTED_BY, submittedBy).set(b.STARTED_AT, now())
                .onConflict(b.INSTITUTION_ID, b.BATCH_KEY).doNothing()
                .returningResult(b.ID).fetchOptional(r -> r.value1());
    }

    public Batch complete(long id, String bodySha256, Counts c) {
        var b = VERIFICATION_INGEST_BATCH;
        dsl.update(b).set(b.BODY_SHA256, bodySha256).set(b.STATUS, "COMPLETED").set(b.ROWS_TOTAL, c.total())
                .set(b.ROWS_ACCEPTED, c.accepted()).set(b.ROWS_REJECTED, c.rejected()).set(b.CERTIFICATES, c.certificates())
                .set(b.NOTICES, c.notices()).set(b.FIRST_NUMBER, c.firstNumber()).set(b.LAST_NUMBER, c.lastNumber())
                .set(b.FINISHED_AT, now()).where(b.ID.eq(id)).execute();
        return dsl.selectFrom(b).where(b.ID.eq(id)).fetchOne(this::toBatch);
    }

    /**
     * Streams the rejected rows of a batch the caller may read as CSV (header line,field,rule,message_zh,
     * message_en; ordered by line), straight from PostgreSQL COPY: memory does not grow with the report.
     */
    public void forEachErrorAsCsv(DataScope scope, long batchId, OutputStream out) {
        var b = VERIFICATION_INGEST_BATCH;
        if (!dsl.fetchExists(b, b.ID.eq(batchId).and(scope.where(b.REGION_CODE, b.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION)))) {
            return;
        }
        dsl.connection(c -> {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select line_no as line, field, rule, message_zh, message_en "
                        + "from verification_ingest_error where batch_id = " + batchId + " order by line_no, field) TO STDOUT WITH (FORMAT csv, HEADER)", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Batch toBatch(VerificationIngestBatchRecord r) {
        return new Batch(r.getId(), r.getInstitutionId(), r.getBatchKey(), r.getFormat(), r.getBodySha256(), r.getStatus(),
                r.getRowsTotal(), r.getRowsAccepted(), r.getRowsRejected(), r.getCertificates(), r.getNotices(), r.getFirstNumber(),
                r.getLastNumber(), r.getSubmittedBy(), Timestamps.inZone(r.getStartedAt(), clock),
                Timestamps.inZone(r.getFinishedAt(), clock));
    }
}
