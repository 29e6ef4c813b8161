package org.metrolex.verification.ingest.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one batch's chunks with PostgreSQL {@code COPY … FROM STDIN} (text format) on the batch's own
 * transactional connection, unwrapped from the pool's proxy. Also allocates verification ids and certificate
 * number ranges for a chunk, each in one statement, and keeps the overdue read model once per batch. Used by one
 * thread at a time.
 */
public final class CopySink {

    /** Columns of {@link #verifications}, in the order of each text line. */
    public static final String VERIFICATION_COLUMNS = "id, instrument_id, institution_id, owner_enterprise_id, region_code, status, "
            + "verification_date, verifier_person_id, readings_json, conforming, any_unverified, editions, fee_yuan, fee_waived, "
            + "ingest_batch_id, booked_at, rule_book_revision, stand_in_editions, checker_person_id, approver_person_id";
    public static final String CERTIFICATE_COLUMNS = "verification_id, number, institution_id, kind, valid_until, next_due, issued_at";
    public static final String STANDARD_COLUMNS = "verification_id, standard_id";
    public static final String ERROR_COLUMNS = "batch_id, line_no, field, rule, message_zh, message_en";

    private final Connection connection;
    private final CopyManager copy;

    /** @param connection the batch's transactional connection (a pool proxy is unwrapped) */
    public CopySink(Connection connection) {
        try {
            this.connection = connection;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException("bulk ingestion needs a PostgreSQL connection", e);
        }
    }

    /** {@code n} fresh verification ids from the table's sequence, in one statement. */
    public long[] verificationIds(int n) {
        long[] ids = new long[n];
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('verification', 'id')) from generate_series(1, ?)")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                int i = 0;
                while (r.next()) {
                    ids[i++] = r.getLong(1);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reserves {@code n} consecutive certificate sequence values of the institution and year in one statement
     * (the same row the one-by-one issue increments, so numbers never collide) and returns the first.
     */
    public long certificateRange(long institutionId, int year, int n) {
        try (PreparedStatement s = connection.prepareStatement("insert into certificate_sequence (institution_id, year, last_value) "
                + "values (?, ?, ?) on conflict (institution_id, year) do update set last_value = certificate_sequence.last_value + excluded.last_value "
                + "returning last_value")) {
            s.setLong(1, institutionId);
            s.setInt(2, year);
            s.setLong(3, n);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) - n + 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Marks the transaction as bulk ingestion of {@code batchId} (transaction-local setting, V1_45): the insert
     * trigger on {@code certificate} then leaves {@code instrument_due} to {@link #mergeInstrumentDue} once per batch.
     */
    public void deferInstrumentDue(long batchId) {
        setIngestBatch(Long.toString(batchId));
    }

    /**
     * Merges the batch's documents into {@code instrument_due} in one statement (V1_45) and ends the deferral;
     * {@code firstId}..{@code lastId} bound the batch's verification ids. Returns the rows inserted or updated.
     */
    public long mergeInstrumentDue(long batchId, long firstId, long lastId) {
        try (PreparedStatement s = connection.prepareStatement("select instrument_due_merge_batch(?, ?, ?)")) {
            s.setLong(1, batchId);
            s.setLong(2, firstId);
            s.setLong(3, lastId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long merged = r.getLong(1);
                setIngestBatch("");
                return merged;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setIngestBatch(String value) {
        try (PreparedStatement s = connection.prepareStatement("select set_config('metrolex.ingest_batch', ?, true)")) {
            s.setString(1, value);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long verifications(byte[] text, int length) {
        return copyIn("verification (" + VERIFICATION_COLUMNS + ")", text, length);
    }

    public long certificates(byte[] text, int length) {
        return copyIn("certificate (" + CERTIFICATE_COLUMNS + ")", text, length);
    }

    public long standards(byte[] text, int length) {
        return copyIn("verification_standard (" + STANDARD_COLUMNS + ")", text, length);
    }

    public long errors(byte[] text, int length) {
        return copyIn("verification_ingest_error (" + ERROR_COLUMNS + ")", text, length);
    }

    private long copyIn(String target, byte[] text, int length) {
        if (length == 0) {
            return 0;
        }
        try {
            return copy.copyIn("COPY " + target + " FROM STDIN", new ByteArrayInputStream(text, 0, length));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code s} to a COPY text line, escaped; null as {@code \N}. */
    public static void text(StringBuilder out, String s) {
        if (s == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    public static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
