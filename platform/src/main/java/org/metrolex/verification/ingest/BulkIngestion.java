package org.metrolex.verification.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.DueDates;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.CertificateDraft;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Defect;
import org.metrolex.verification.domain.InstitutionSnapshot;
import org.metrolex.verification.domain.Legitimacy;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.Signatures;
import org.metrolex.verification.domain.StandardUsed;
import org.metrolex.verification.domain.VerificationStatus;
import org.metrolex.verification.domain.VerifierSnapshot;
import org.metrolex.verification.ingest.persistence.CopySink;
import org.metrolex.verification.ingest.persistence.IngestBatches;
import org.metrolex.verification.ingest.persistence.IngestFactReader;
import org.metrolex.verification.ingest.persistence.InstrumentFacts;
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
 * ({@link ReadingsDecision}), the {@link LegitimacyCheck} (authorisation for type and region, verifier
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

    BulkIngestion(IngestBatches batches, IngestFactReader facts, InstrumentManagement instruments, PartyManagement parties,
                  RegionCatalogue regions, AuditTrail audit, Clock clock, JsonMapper json, DataSource dataSource,
                  @Value("${app.ingest.chunk-rows:10000}") int chunkRows, RuleBooks rules) {
        this.rules = rules;
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
        long institutionId = scope.partyId();
        Institution institution = parties.requireInstitution(system(), institutionId);
        MessageDigest sha = sha256();
        InputStream in = new DigestInputStream(body, sha);
        var claimed = batches.claim(institutionId, institution.regionCode(), batchKey, format.name(), scope.username());
        if (claimed.isEmpty()) {
            return replay(scope, batchKey, in, sha);
        }
        long batchId = claimed.get();
        Run run = new Run(batchId, institutionId, institution, OffsetDateTime.now(clock));
        run.stream(reader(format, in));
        String hash = HexFormat.of().formatHex(sha.digest());
        IngestBatches.Counts counts = new IngestBatches.Counts(run.total, run.accepted, run.rejected, run.certificates, run.notices,
                run.firstNumber, run.lastNumber);
        IngestBatches.Batch done = batches.complete(batchId, hash, counts);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("batchKey", batchKey);
        entry.put("format", format.name());
        entry.put("bodySha256", hash);
        entry.put("rowsTotal", run.total);
        entry.put("rowsAccepted", run.accepted);
        entry.put("rowsRejected", run.rejected);
        entry.put("certificates", run.certificates);
        entry.put("notices", run.notices);
        entry.put("firstNumber", run.firstNumber);
        entry.put("lastNumber", run.lastNumber);
        audit.record("verification.bulk-ingest", "verification-ingest-batch", batchId, null, entry);
        return new Outcome(toResult(done, false), true);
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
        return format == BulkFormat.CSV ? new CsvRows(r, json) : new NdjsonRows(r, json);
    }

    /** An accepted row with everything computed, waiting for its ids and number in the writer. */
    private record Accepted(long instrumentId, long ownerEnterpriseId, String regionCode, LocalDate verificationDate, long verifierId,
                            List<Long> standardIds, String readingsJson, boolean conforming, boolean anyUnverified, String editions,
                            BigDecimal feeYuan, boolean feeWaived, LocalDate validUntil, LocalDate nextDue, String standInEditions,
                            Long checkerId, Long approverId) {
    }

    private record Rejected(long line, List<FieldError> errors) {
    }

    /** One chunk: accepted rows in input order and the rejected ones. */
    private record Chunk(List<Accepted> accepted, List<Rejected> rejected) {
    }

    /** State of one batch while it streams. Counters are written by the request thread, numbers by the writer. */
    private final class Run {
        final long batchId;
        final long institutionId;
        final InstitutionSnapshot institutionSnapshot;
        final LocalDate today;
        /** When the batch was booked and its certificates issued: one instant for the whole batch, from the clock. */
        final String issuedAt;
        final int year;
        final String code;
        final DataScope system = system();
        final Map<Long, Person> people = new HashMap<>();
        final Map<Long, VerifierSnapshot> verifiers = new HashMap<>();
        final Map<Long, StandardUsed> standards = new HashMap<>();
        final Map<String, InstrumentCategory> categories = new HashMap<>();
        final LegitimacyCheck legitimacy = new LegitimacyCheck(regions::isWithin);
        /** One rule book for the whole batch: every row is decided with the same editions, and stores its revision. */
        final RuleBookRevision book = rules.current();
        long total;
        long accepted;
        long rejected;
        long certificates;
        long notices;
        volatile String firstNumber;
        volatile String lastNumber;
        /** Smallest and largest verification id the writer allocated (0 while none). */
        volatile long firstVerificationId;
        volatile long lastVerificationId;

        Run(long batchId, long institutionId, Institution institution, OffsetDateTime now) {
            this.batchId = batchId;
            this.institutionId = institutionId;
            this.institutionSnapshot = InstitutionSnapshot.of(VerificationManagement.institutionCode(institutionId), institution);
            this.today = now.toLocalDate();
            this.issuedAt = now.toString();
            this.year = today.getYear();
            this.code = VerificationManagement.institutionCode(institutionId);
            for (int page = 1; ; page++) {
                List<Person> items = parties.searchPeople(system, null, null, institutionId, page, ResultPage.MAX_SIZE).items();
                items.forEach(p -> people.put(p.id(), p));
                if (items.size() < ResultPage.MAX_SIZE) {
                    break;
                }
            }
            for (int page = 1; ; page++) {
                List<MeasurementStandard> items = instruments.standards(system, institutionId, page, ResultPage.MAX_SIZE).items();
                items.forEach(s -> standards.put(s.id(), standardUsed(s)));
                if (items.size() < ResultPage.MAX_SIZE) {
                    break;
                }
            }
        }

        /** Reads, checks and hands chunks to the writer; the writer copies chunk n while chunk n+1 is checked. */
        void stream(RowSource source) {
            CopySink sink = new CopySink(DataSourceUtils.getConnection(dataSource));
            sink.deferInstrumentDue(batchId);
            ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "bulk-ingest-writer-" + batchId);
                t.setDaemon(true);
                return t;
            });
            Future<?> pending = null;
            try {
                List<BulkRow> rows = new ArrayList<>(chunkRows);
                while (true) {
                    rows.clear();
                    BulkRow row;
                    while (rows.size() < chunkRows && (row = source.next()) != null) {
                        rows.add(row);
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    Chunk chunk = check(rows);
                    await(pending);
                    pending = writer.submit(() -> write(sink, chunk));
                    if (rows.size() < chunkRows) {
                        break;
                    }
                }
                await(pending);
                pending = null;
                if (firstVerificationId != 0) {
                    sink.mergeInstrumentDue(batchId, firstVerificationId, lastVerificationId);
                }
            } catch (RowSource.BulkBodyException e) {
                throw new RuleViolation(400, List.of(new FieldError("body", "readable", e.zh + "；整批未写入",
                        e.getMessage() + "; nothing of the batch was written")));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new RuleViolation(400, List.of(new FieldError("body", "utf-8", "请求体不是有效的 UTF-8 文本；整批未写入",
                        "the body is not valid UTF-8 text; nothing of the batch was written")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                // Never let the transaction end (commit or rollback) while the writer still uses its connection: wait for it.
                if (pending != null) {
                    try {
                        pending.get();
                    } catch (Exception ignored) {
                        // the original failure is what propagates
                    }
                }
                writer.shutdown();
            }
        }

        private void await(Future<?> f) {
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

        private Chunk check(List<BulkRow> rows) {
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
                Accepted a = errors.isEmpty() ? check(r, known.get(r.instrumentId()), errors) : null;
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
            return new Chunk(ok, bad);
        }

        /** The accepted row, or null with the reasons added to {@code errors}. */
        private Accepted check(BulkRow r, InstrumentFacts instrument, List<FieldError> errors) {
            // An instrument outside the institution's authorisation is answered exactly like one that does not
            // exist: the report must not tell an institution the category, region or status of any id it tries.
            InstrumentCategory known = instrument == null ? null
                    : categories.computeIfAbsent(instrument.categoryCode(), c -> instruments.category(c).orElseThrow());
            if (instrument == null || !legitimacy.mayKnow(institutionSnapshot, known.nameZh(), instrument.regionCode())) {
                errors.add(new FieldError("instrumentId", "in-scope", "计量器具 " + r.instrumentId() + " 不存在或不在本机构授权范围内",
                        "instrument " + r.instrumentId() + " is unknown or not in your scope"));
                return null;
            } else if ("SCRAPPED".equals(instrument.status())) {
                errors.add(new FieldError("instrumentId", "not-scrapped", "计量器具 " + r.instrumentId() + " 已报废",
                        "instrument " + r.instrumentId() + " is scrapped"));
            }
            if (r.verificationDate() != null && r.verificationDate().isAfter(today)) {
                errors.add(new FieldError("verificationDate", "not-future", "检定日期不能晚于今天：" + r.verificationDate(),
                        "the verification date cannot be in the future: " + r.verificationDate()));
            }
            Person verifier = people.get(r.verifierId());
            if (verifier == null) {
                errors.add(new FieldError("verifierId", "of-institution", "检定员 " + r.verifierId() + " 不属于本检定机构",
                        "verifier " + r.verifierId() + " is not of this institution"));
            }
            Signatures signatures = signatures(r, verifier, errors);
            List<StandardUsed> used = new ArrayList<>(r.standardIds().size());
            for (Long sid : r.standardIds()) {
                StandardUsed s = standards.get(sid);
                if (s == null) {
                    errors.add(new FieldError("standardIds", "of-institution", "计量标准 " + sid + " 不属于本检定机构",
                            "measurement standard " + sid + " is not of this institution"));
                } else {
                    used.add(s);
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            InstrumentCategory category = categories.computeIfAbsent(instrument.categoryCode(), c -> instruments.category(c).orElseThrow());
            ConformityDecision decision;
            try {
                decision = ReadingsDecision.decide(category, r.readings(), r.verificationDate(), book.conformity());
            } catch (IllegalArgumentException | NullPointerException e) {
                String m = e.getMessage() == null ? "incomplete readings / 原始记录不完整" : e.getMessage();
                errors.add(new FieldError("readings", "conformity", "原始记录无法判定：" + m, "the readings cannot be decided: " + m));
                return null;
            }
            Conclusion computed = Conclusion.of(decision.conforming());
            VerifierSnapshot vs = verifiers.computeIfAbsent(verifier.id(), id -> VerifierSnapshot.of(verifier));
            Legitimacy legit = legitimacy.check(new CertificateDraft(institutionSnapshot, vs, used, category.nameZh(),
                    instrument.regionCode(), instrument.serialNumber(), instrument.ownerName(), r.verificationDate(), decision,
                    r.conclusion() == null ? computed : r.conclusion(), signatures));
            if (!legit.issuable()) {
                legit.blocking().forEach(d -> errors.add(asError(d)));
                return null;
            }
            LocalDate nextDue = decision.conforming() ? DueDates.next(category, r.verificationDate()).date() : null;
            boolean waived = Boolean.TRUE.equals(r.feeWaived());
            String editions = book.labels(decision.editionsUsed());
            return new Accepted(instrument.id(), instrument.ownerEnterpriseId(), instrument.regionCode(), r.verificationDate(),
                    verifier.id(), r.standardIds(), json.writeValueAsString(r.readings()), decision.conforming(),
                    decision.anyUnverified(), editions, waived ? BigDecimal.ZERO.setScale(2) : r.feeYuan(), waived,
                    nextDue == null ? null : nextDue.minusDays(1), nextDue, StandIns.keys(decision), r.checkerId(), r.approverId());
        }

        /**
         * The checker and the approver named by the row, when it names them (ADR 0020 amendment): people of this
         * institution, then held to the rules of a certificate issued in the platform by the legitimacy check
         * (qualified for the type on the verification date, three different people). A row that names neither was
         * signed in the institution's system and gets no {@code Signatures}, as before.
         */
        private Signatures signatures(BulkRow r, Person verifier, List<FieldError> errors) {
            if (r.checkerId() == null || r.approverId() == null) {
                return null;
            }
            Person checker = signer(r.checkerId(), "checkerId", "核验员", "checker", errors);
            Person approver = signer(r.approverId(), "approverId", "批准人", "approver", errors);
            if (checker == null || approver == null) {
                return null;
            }
            return new Signatures(verifier == null ? null : verifier.id(),
                    new Signatures.Signer(checker.id(), verifiers.computeIfAbsent(checker.id(), id -> VerifierSnapshot.of(checker))),
                    new Signatures.Signer(approver.id(), verifiers.computeIfAbsent(approver.id(), id -> VerifierSnapshot.of(approver))));
        }

        private Person signer(long personId, String field, String zh, String en, List<FieldError> errors) {
            Person p = people.get(personId);
            if (p == null) {
                errors.add(new FieldError(field, "of-institution", zh + " " + personId + " 不属于本检定机构",
                        en + " " + personId + " is not of this institution"));
            }
            return p;
        }

        /** Writer thread: ids and numbers for the chunk, then COPY into the four tables. */
        private void write(CopySink sink, Chunk chunk) {
            int n = chunk.accepted().size();
            if (n > 0) {
                long[] ids = sink.verificationIds(n);
                for (long id : ids) {
                    if (firstVerificationId == 0 || id < firstVerificationId) {
                        firstVerificationId = id;
                    }
                    lastVerificationId = Math.max(lastVerificationId, id);
                }
                long first = sink.certificateRange(institutionId, year, n);
                StringBuilder v = new StringBuilder(n * 512);
                StringBuilder c = new StringBuilder(n * 96);
                StringBuilder s = new StringBuilder(n * 24);
                for (int i = 0; i < n; i++) {
                    Accepted a = chunk.accepted().get(i);
                    long id = ids[i];
                    v.append(id).append('\t').append(a.instrumentId()).append('\t').append(institutionId).append('\t')
                            .append(a.ownerEnterpriseId()).append('\t');
                    CopySink.text(v, a.regionCode());
                    v.append('\t').append(a.conforming() ? VerificationStatus.CERTIFIED.name() : VerificationStatus.NON_CONFORMING.name())
                            .append('\t').append(a.verificationDate()).append('\t').append(a.verifierId()).append('\t');
                    CopySink.text(v, a.readingsJson());
                    v.append('\t').append(a.conforming() ? 't' : 'f').append('\t').append(a.anyUnverified() ? 't' : 'f').append('\t');
                    CopySink.text(v, a.editions());
                    v.append('\t').append(a.feeYuan() == null ? "\\N" : a.feeYuan().toPlainString()).append('\t')
                            .append(a.feeWaived() ? 't' : 'f').append('\t').append(batchId).append('\t').append(issuedAt).append('\t')
                            .append(book.number()).append('\t');
                    CopySink.text(v, a.standInEditions());
                    v.append('\t').append(a.checkerId() == null ? "\\N" : a.checkerId().toString())
                            .append('\t').append(a.approverId() == null ? "\\N" : a.approverId().toString());
                    v.append('\n');
                    String number = new CertificateNumber(code, year, first + i).format();
                    c.append(id).append('\t').append(number).append('\t').append(institutionId).append('\t')
                            .append(a.conforming() ? CertificateKind.CERTIFICATE.name() : CertificateKind.NON_CONFORMITY_NOTICE.name())
                            .append('\t').append(a.validUntil() == null ? "\\N" : a.validUntil().toString())
                            .append('\t').append(a.nextDue() == null ? "\\N" : a.nextDue().toString())
                            .append('\t').append(issuedAt).append('\n');
                    for (Long sid : a.standardIds()) {
                        s.append(id).append('\t').append(sid).append('\n');
                    }
                    if (firstNumber == null) {
                        firstNumber = number;
                    }
                    lastNumber = number;
                }
                byte[] vb = CopySink.utf8(v);
                sink.verifications(vb, vb.length);
                byte[] sb = CopySink.utf8(s);
                sink.standards(sb, sb.length);
                byte[] cb = CopySink.utf8(c);
                sink.certificates(cb, cb.length);
            }
            if (!chunk.rejected().isEmpty()) {
                StringBuilder e = new StringBuilder(chunk.rejected().size() * 160);
                for (Rejected r : chunk.rejected()) {
                    for (FieldError f : r.errors()) {
                        e.append(batchId).append('\t').append(r.line()).append('\t');
                        CopySink.text(e, f.field());
                        e.append('\t');
                        CopySink.text(e, f.rule());
                        e.append('\t');
                        CopySink.text(e, f.messageZh());
                        e.append('\t');
                        CopySink.text(e, f.messageEn());
                        e.append('\n');
                    }
                }
                byte[] eb = CopySink.utf8(e);
                sink.errors(eb, eb.length);
            }
        }
    }

    /** A blocking defect of the legitimacy check as a row error, named by the input field it is about. */
    static FieldError asError(Defect d) {
        String field = switch (d.code()) {
            case AUTHORIZATION_MISSING -> "instrumentId";
            case AUTHORIZATION_EXPIRED -> "verificationDate";
            case VERIFIER_NOT_QUALIFIED, VERIFIER_QUALIFICATION_EXPIRED -> "verifierId";
            case STANDARD_ASSESSMENT_INVALID, STANDARD_CALIBRATION_OVERDUE, NO_STANDARD_USED -> "standardIds";
            case CONCLUSION_NOT_SUPPORTED -> "conclusion";
            case SIGNERS_NOT_DISTINCT -> "approverId";
            case SIGNER_NOT_QUALIFIED, SIGNATURE_MISSING -> d.field().startsWith("checker") ? "checkerId" : "approverId";
            default -> d.field();
        };
        return new FieldError(field, d.code().name().toLowerCase().replace('_', '-'), d.messageZh(), d.messageEn());
    }

    /** Same reading of the standards registry as the one-by-one path (assessment start not recorded). */
    private static StandardUsed standardUsed(MeasurementStandard s) {
        return new StandardUsed(s.name(), s.assessmentCertificateNo(), s.assessmentValidUntil() == null ? null : LocalDate.of(2000, 1, 1),
                s.assessmentValidUntil(), s.calibrationDue());
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
