package org.metrolex.verification.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.DueDates;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.InstitutionSnapshot;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.StandardUsed;
import org.metrolex.verification.ingest.persistence.CopySink;
import org.metrolex.verification.ingest.persistence.IngestBatches;
import org.metrolex.verification.ingest.persistence.IngestFactReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk ingestion of verification records from institutions' own systems (issue 4; docs/adr/0009-bulk-ingestion.md).
 *
 * <p>The body is streamed: parse → validate → compute → COPY, one chunk of {@code app.ingest.chunk-rows}
 * records at a time, so memory stays bounded whatever the size of the body. Per row the same domain code as
 * the one-by-one path decides: the conformity decision from the readings by {@code metrology-core}
 * ({@link org.metrolex.verification.Decisions#ofRow}, the code the one-by-one issue decides with), the {@link LegitimacyCheck} (authorisation for type and region, verifier
 * qualification, standards, conclusion supported, mandatory fields — all on the verification date), and the
 * next due date from the catalogue interval ({@link DueDates}). Accepted rows become verifications with a
 * numbered certificate (conforming) or notice of non-conformity; rejected rows go to the error report.
 *
 * <p>The whole batch is one transaction: accepted rows are all written or none are. Validation of chunk n+1
 * runs on the request thread while a writer thread copies chunk n into PostgreSQL on the batch's connection.
 * The overdue read model ({@code instrument_due}) is merged once after the last chunk, not per chunk (V1_45).
 * The batch key is unique per institution: sending the same key again writes nothing and answers the
 * original result (the body's SHA-256 must match; a different body under a used key is a conflict).
 */
@Service
public class BulkIngestion {

    private static final Pattern BATCH_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final IngestBatches batches;
    private final IngestFactReader facts;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final int chunkRows;
    private final RuleBooks rules;
    private final Labels labels;

    BulkIngestion(IngestBatches batches, IngestFactReader facts, InstrumentManagement instruments, PartyManagement parties,
                  Labels labels, RegionCatalogue regions, AuditTrail audit, Clock clock, JsonMapper json, DataSource dataSource,
                  @Value("${app.ingest.chunk-rows:10000}") int chunkRows, RuleBooks rules) {
        this.rules = rules;
        this.labels = labels;
        this.batches = batches;
        this.facts = facts;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.dataSource = dataSource;
        this.chunkRows = Math.max(1, chunkRows);
    }

    /** The result of {@link #ingest}, and whether the batch was new (201) or a re-sent one (200). */
    public record Outcome(BulkResult result, boolean created) {
    }

    // ---------------------------------------------------------------- commands

    @Transactional
    public Outcome ingest(DataScope scope, String batchKey, BulkFormat format, InputStream body) {
        requireValid(scope, batchKey, format);
        long institutionId = scope.partyId();
        Institution institution = parties.requireInstitution(system(), institutionId);
        MessageDigest sha = sha256();
        InputStream in = new DigestInputStream(body, sha);
        var claimed = batches.claim(institutionId, institution.regionCode(), batchKey, format.name(), scope.username());
        if (claimed.isEmpty()) {
            return replay(scope, batchKey, in, sha);
        }
        long batchId = claimed.get();
        BatchRun run = run(batchId, institutionId, institution);
        run.stream(reader(format, in), new CopySink(DataSourceUtils.getConnection(dataSource)));
        String hash = HexFormat.of().formatHex(sha.digest());
        ChunkWriter w = run.writer;
        IngestBatches.Batch done = batches.complete(batchId, hash, new IngestBatches.Counts(run.total, run.accepted, run.rejected,
                run.certificates, run.notices, w.firstNumber, w.lastNumber));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("batchKey", batchKey);
        entry.put("format", format.name());
        entry.put("bodySha256", hash);
        entry.put("rowsTotal", run.total);
        entry.put("rowsAccepted", run.accepted);
        entry.put("rowsRejected", run.rejected);
        entry.put("certificates", run.certificates);
        entry.put("notices", run.notices);
        entry.put("firstNumber", w.firstNumber);
        entry.put("lastNumber", w.lastNumber);
        audit.record("verification.bulk-ingest", "verification-ingest-batch", batchId, null, entry);
        return new Outcome(toResult(done, false), true);
    }

    private static void requireValid(DataScope scope, String batchKey, BulkFormat format) {
        if (scope.role() != Role.INSTITUTION_STAFF || scope.partyId() == null) {
            throw new RuleViolation(403, List.of(new FieldError("role", "permitted", "只有检定机构（含授权检定的制造企业）可以批量上传检定记录",
                    "only verification institutions (including makers authorised to verify) may upload verification records")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (batchKey == null || !BATCH_KEY.matcher(batchKey).matches()) {
            errors.add(new FieldError("batchKey", "pattern", "批次键必填，1至100个字符（字母、数字、. _ : -）",
                    "batchKey is required: 1–100 characters (letters, digits, . _ : -)"));
        }
        if (format == null) {
            errors.add(new FieldError("Content-Type", "supported", "Content-Type 须为 text/csv 或 application/x-ndjson",
                    "Content-Type must be text/csv or application/x-ndjson"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
    }

    /**
     * A batch about to stream: the institution's people and standards read once for all its rows, one rule book for
     * the whole batch (every row is decided with the same editions, and stores its revision), one instant of issue.
     */
    private BatchRun run(long batchId, long institutionId, Institution institution) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        DataScope system = system();
        String code = VerificationManagement.institutionCode(institutionId);
        Map<Long, Person> people = new HashMap<>();
        for (int page = 1; ; page++) {
            List<Person> items = parties.searchPeople(system, null, null, institutionId, page, ResultPage.MAX_SIZE).items();
            items.forEach(p -> people.put(p.id(), p));
            if (items.size() < ResultPage.MAX_SIZE) {
                break;
            }
        }
        Map<Long, StandardUsed> standards = new HashMap<>();
        for (int page = 1; ; page++) {
            List<MeasurementStandard> items = instruments.standards(system, institutionId, page, ResultPage.MAX_SIZE).items();
            items.forEach(s -> standards.put(s.id(), StandardUsed.of(s)));
            if (items.size() < ResultPage.MAX_SIZE) {
                break;
            }
        }
        RuleBookRevision book = rules.current();
        RowCheck check = new RowCheck(InstitutionSnapshot.of(code, institution), now.toLocalDate(), book,
                new LegitimacyCheck(regions::isWithin, labels), instruments, json, people, standards);
        ChunkWriter writer = new ChunkWriter(batchId, institutionId, now.getYear(), code, now.toString(), book.number());
        return new BatchRun(batchId, chunkRows, system, facts, check, writer);
    }

    /** The key was used: read the body only to compare its hash, write nothing, answer the original result. */
    private Outcome replay(DataScope scope, String batchKey, InputStream in, MessageDigest sha) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestBatches.Batch original = batches.find(scope, batchKey).orElseThrow();
        String hash = HexFormat.of().formatHex(sha.digest());
        if (!hash.equals(original.bodySha256())) {
            throw new RuleViolation(409, List.of(new FieldError("batchKey", "same-body",
                    "批次键 " + batchKey + " 已用于另一份内容（SHA-256 " + original.bodySha256() + "），同一批次重发须内容完全相同",
                    "batch key " + batchKey + " was already used for a different body (SHA-256 " + original.bodySha256()
                            + "); a re-sent batch must be byte-identical")));
        }
        return new Outcome(toResult(original, true), false);
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public BulkResult status(DataScope scope, String batchKey) {
        return toResult(require(scope, batchKey), false);
    }

    /** The error report of a batch as CSV (UTF-8 with BOM for spreadsheet programs), streamed. */
    @Transactional(readOnly = true)
    public void writeErrors(DataScope scope, String batchKey, OutputStream out) {
        IngestBatches.Batch b = require(scope, batchKey);
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batches.forEachErrorAsCsv(scope, b.id(), out);
    }

    private IngestBatches.Batch require(DataScope scope, String batchKey) {
        return batches.find(scope, batchKey == null ? "" : batchKey).orElseThrow(() -> RuleViolation.notFound("批次/batch", batchKey));
    }

    private static BulkResult toResult(IngestBatches.Batch b, boolean replayed) {
        return new BulkResult(b.batchKey(), b.format(), b.status(), b.rowsTotal(), b.rowsAccepted(), b.rowsRejected(), b.certificates(),
                b.notices(), b.firstNumber(), b.lastNumber(), b.bodySha256(), b.submittedBy(), b.startedAt(), b.finishedAt(), replayed,
                "/api/verifications/bulk/" + b.batchKey() + "/errors");
    }

    // ---------------------------------------------------------------- one batch

    private RowSource reader(BulkFormat format, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        return format == BulkFormat.CSV ? new CsvRows(r, json, labels) : new NdjsonRows(r, json, labels);
    }

    private DataScope system() {
        return DataScope.system("verification-ingest");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
