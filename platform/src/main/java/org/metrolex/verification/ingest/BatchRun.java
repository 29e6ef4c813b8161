package org.metrolex.verification.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.ingest.BulkChunk.Accepted;
import org.metrolex.verification.ingest.BulkChunk.Rejected;
import org.metrolex.verification.ingest.persistence.CopySink;
import org.metrolex.verification.ingest.persistence.IngestFactReader;
import org.metrolex.verification.ingest.persistence.InstrumentFacts;

/**
 * One batch while it streams: chunks are read and checked on the request thread ({@link RowCheck}) while the writer
 * thread copies the previous chunk ({@link ChunkWriter}) on the batch's connection. Counters are written by the
 * request thread only.
 */
final class BatchRun {

    private final long batchId;
    private final int chunkRows;
    private final DataScope system;
    private final IngestFactReader facts;
    private final RowCheck rowCheck;
    final ChunkWriter writer;
    long total;
    long accepted;
    long rejected;
    long certificates;
    long notices;

    BatchRun(long batchId, int chunkRows, DataScope system, IngestFactReader facts, RowCheck rowCheck, ChunkWriter writer) {
        this.batchId = batchId;
        this.chunkRows = chunkRows;
        this.system = system;
        this.facts = facts;
        this.rowCheck = rowCheck;
        this.writer = writer;
    }

    /** Reads, checks and hands chunks to the writer; the writer copies chunk n while chunk n+1 is checked. */
    void stream(RowSource source, CopySink sink) {
        sink.deferInstrumentDue(batchId);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bulk-ingest-writer-" + batchId);
            t.setDaemon(true);
            return t;
        });
        Future<?> pending = null;
        try {
            pending = chunks(source, sink, thread);
            await(pending);
            pending = null;
            if (writer.firstVerificationId != 0) {
                sink.mergeInstrumentDue(batchId, writer.firstVerificationId, writer.lastVerificationId);
            }
        } catch (RowSource.BulkBodyException e) {
            throw new RuleViolation(400, List.of(new FieldError("body", "readable", e.zh + "；整批未写入",
                    e.getMessage() + "; nothing of the batch was written")));
        } catch (CharacterCodingException e) {
            throw new RuleViolation(400, List.of(new FieldError("body", "utf-8", "请求体不是有效的 UTF-8 文本；整批未写入",
                    "the body is not valid UTF-8 text; nothing of the batch was written")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Never let the transaction end (commit or rollback) while the writer still uses its connection: wait for it.
            quietly(pending);
            thread.shutdown();
        }
    }

    /** Every chunk checked and handed over; the last write still pending. */
    private Future<?> chunks(RowSource source, CopySink sink, ExecutorService thread) throws IOException {
        Future<?> pending = null;
        List<BulkRow> rows = new ArrayList<>(chunkRows);
        try {
            while (true) {
                rows.clear();
                BulkRow row;
                while (rows.size() < chunkRows && (row = source.next()) != null) {
                    rows.add(row);
                }
                if (rows.isEmpty()) {
                    break;
                }
                BulkChunk chunk = check(rows);
                await(pending);
                pending = thread.submit(() -> writer.write(sink, chunk));
                if (rows.size() < chunkRows) {
                    break;
                }
            }
            return pending;
        } catch (IOException | RuntimeException e) {
            quietly(pending);
            throw e;
        }
    }

    private static void quietly(Future<?> pending) {
        if (pending != null) {
            try {
                pending.get();
            } catch (Exception ignored) {
                // the original failure is what propagates
            }
        }
    }

    private static void await(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private BulkChunk check(List<BulkRow> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        for (BulkRow r : rows) {
            if (r.instrumentId() != null) {
                ids.add(r.instrumentId());
            }
        }
        Map<Long, InstrumentFacts> known = facts.findInstruments(system, ids);
        List<Accepted> ok = new ArrayList<>(rows.size());
        List<Rejected> bad = new ArrayList<>();
        for (BulkRow r : rows) {
            total++;
            List<FieldError> errors = new ArrayList<>(r.errors());
            Accepted a = errors.isEmpty() ? rowCheck.check(r, known.get(r.instrumentId()), errors) : null;
            if (a != null) {
                ok.add(a);
                accepted++;
                if (a.conforming()) {
                    certificates++;
                } else {
                    notices++;
                }
            } else {
                bad.add(new Rejected(r.line(), errors));
                rejected++;
            }
        }
        return new BulkChunk(ok, bad);
    }
}
