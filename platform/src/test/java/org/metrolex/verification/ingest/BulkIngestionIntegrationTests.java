package org.metrolex.verification.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.RevokingCertificate;
import org.metrolex.verification.CertificateDocuments;
import org.metrolex.verification.CertificateChecks;
import org.metrolex.verification.VerificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bulk ingestion (issue 4) on the demo province: the 石家庄 institute uploads verification records of
 * price-computing scales in 长安区 as CSV and JSON lines. Every test files its own instruments and uses
 * its own batch keys.
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
class BulkIngestionIntegrationTests {

    /** Class III, e = 5 g, Max 30 kg: the docs/cli.md `conformity` example, conforming (JJG 539 MPE). */
    static final String GOOD = "{\"family\":\"SCALE\",\"kind\":\"SUBSEQUENT\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"unit\":\"kg\","
            + "\"zero\":{\"load\":0,\"indication\":0,\"addedWeights\":0.002},"
            + "\"loads\":[{\"load\":0.1,\"indication\":0.1,\"addedWeights\":0.002},{\"load\":15,\"indication\":15.005,\"addedWeights\":0.004},"
            + "{\"load\":30,\"indication\":30.005,\"addedWeights\":0.001}]}";
    /** The same scale 30 g heavy at Max: far outside the MPE, not conforming. */
    static final String BAD = GOOD.replace("\"indication\":30.005", "\"indication\":30.035");
    static final String HEADER = "instrumentId,verificationDate,verifierId,standardIds,feeYuan,feeWaived,readings\n";

    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired RegionCatalogue regions;
    @Autowired PartyManagement parties;
    @Autowired JdbcTemplate jdbc;
    @Autowired RevokingCertificate revoking;
    @Autowired CertificateDocuments documents;
    @Autowired CertificateChecks checks;

    long institutionId;
    long enterpriseId;
    long verifier;
    long standard;
    LocalDate day;

    @BeforeEach
    void data() {
        day = LocalDate.now(clock).minusDays(3);
        TestLogins.actAs("admin");
        institutionId = TestLogins.principal(identity, Role.INSTITUTION_STAFF).partyId();
        enterpriseId = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
        verifier = jdbc.queryForObject("select min(p.id) from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and q.scope like '%电子计价秤%' and q.valid_from <= ?::date - 400 "
                + "and q.valid_until > ?::date", Long.class, institutionId, LocalDate.now(clock), LocalDate.now(clock));
        standard = instruments.registerStandard(scope(Role.INSTITUTION_STAFF), new MeasurementStandardDraft(institutionId,
                "砝码标准装置（M1级，批量测试）", "[2024]冀量标法证字第" + (int) (Math.random() * 9000 + 1000) + "号",
                LocalDate.now(clock).plusYears(2), "JZ-B-" + UUID.randomUUID().toString().substring(0, 6), LocalDate.now(clock).plusMonths(6))).id();
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    long scale(String region) {
        return scale(region, enterpriseId);
    }

    long scale(String region, long owner) {
        return instruments.file(scope(Role.PROVINCE_ADMIN), new InstrumentDraft("PRICE_COMPUTING_SCALE", "测试衡器厂", "ACS-30",
                "BK-" + UUID.randomUUID().toString().substring(0, 12), null, "III", "30 kg", owner, region, null, "TRADE")).id();
    }

    String csvRow(long instrument, LocalDate date, long verifierId, String readings) {
        return instrument + "," + date + "," + verifierId + "," + standard + ",30.00,false,\"" + readings.replace("\"", "\"\"") + "\"\n";
    }

    static String key() {
        return "t-" + UUID.randomUUID();
    }

    ResultActions upload(String key, String contentType, String body) throws Exception {
        return mvc.perform(post("/api/verifications/bulk").param("batchKey", key).with(csrf())
                .with(TestLogins.as(identity, Role.INSTITUTION_STAFF)).contentType(contentType)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    String errorsCsv(String key) throws Exception {
        return mvc.perform(get("/api/verifications/bulk/{key}/errors", key).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long verificationsOf(long instrument) {
        return jdbc.queryForObject("select count(*) from verification where instrument_id = ?", Long.class, instrument);
    }

    @Test
    void aMixedCsvFileAcceptsConformingAndNonConformingRowsAndReportsEveryRejectedRowByLine() throws Exception {
        long a = scale("130102");
        long b = scale("130102");
        long unqualified = jdbc.queryForObject("select min(p.id) from person p where p.institution_id = ? and not exists "
                + "(select 1 from qualification q where q.person_id = p.id and q.scope like '%电子计价秤%')", Long.class, institutionId);
        String body = HEADER
                + csvRow(a, day, verifier, GOOD)                        // line 2: certificate
                + csvRow(b, day, verifier, BAD)                         // line 3: notice of non-conformity
                + csvRow(999_999_999L, day, verifier, GOOD)             // line 4: no such instrument
                + csvRow(a, day, unqualified, GOOD)                     // line 5: verifier not qualified (JJF 1069 scope)
                + csvRow(a, LocalDate.now(clock).plusDays(2), verifier, GOOD) // line 6: future date
                + a + "," + day + "," + verifier + "," + standard + ",30.001,maybe,\"{not json\"\n" // line 7: three bad cells
                + csvRow(b, day, verifier, GOOD);                       // line 8: certificate
        String key = key();
        upload(key, "text/csv", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsTotal").value(7))
                .andExpect(jsonPath("$.rowsAccepted").value(3))
                .andExpect(jsonPath("$.rowsRejected").value(4))
                .andExpect(jsonPath("$.certificates").value(2))
                .andExpect(jsonPath("$.notices").value(1))
                .andExpect(jsonPath("$.replayed").value(false));
        // conforming rows: certificate, next due = verification date + the catalogue's 12 months, valid until the day before
        List<Map<String, Object>> docs = jdbc.queryForList("select v.instrument_id, v.status, v.conforming, c.kind, c.number, c.next_due, "
                + "c.valid_until from verification v join certificate c on c.verification_id = v.id "
                + "where v.instrument_id in (?, ?) order by c.number", a, b);
        assertThat(docs).hasSize(3);
        assertThat(docs).extracting(m -> m.get("kind")).containsExactly("CERTIFICATE", "NON_CONFORMITY_NOTICE", "CERTIFICATE");
        assertThat(docs.get(0).get("next_due").toString()).isEqualTo(day.plusMonths(12).toString());
        assertThat(docs.get(0).get("valid_until").toString()).isEqualTo(day.plusMonths(12).minusDays(1).toString());
        assertThat(docs.get(1).get("next_due")).isNull();
        assertThat(docs.get(1).get("status")).isEqualTo("NON_CONFORMING");
        // numbers are consecutive per institution and year, in input order
        String prefix = VerificationManagement.institutionCode(institutionId) + "-" + LocalDate.now(clock).getYear() + "-";
        List<Long> seq = docs.stream().map(m -> (String) m.get("number")).peek(n -> assertThat(n).startsWith(prefix))
                .map(n -> Long.parseLong(n.substring(prefix.length()))).sorted().toList();
        assertThat(seq.get(1)).isEqualTo(seq.get(0) + 1);
        assertThat(seq.get(2)).isEqualTo(seq.get(0) + 2);
        // every rejected row in the report, by line, field and rule, in Chinese and English
        String report = errorsCsv(key);
        assertThat(report).startsWith("\uFEFFline,field,rule,message_zh,message_en");
        assertThat(report).contains("4,instrumentId,in-scope,", "5,verifierId,verifier-not-qualified,", "6,verificationDate,not-future,",
                "7,feeYuan,money,", "7,feeWaived,boolean,", "7,readings,json,");
        assertThat(report).contains("不存在或不在本机构授权范围内", "is unknown or not in your scope");
        assertThat(report.lines().filter(l -> l.startsWith("2,") || l.startsWith("3,") || l.startsWith("8,"))).isEmpty();
        mvc.perform(get("/api/verifications/bulk/{key}", key).with(TestLogins.as(identity, Role.CITY_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsRejected").value(4));
        // a bulk certificate is publicly checkable by its number
        mvc.perform(get("/api/public/certificates/{n}", (String) docs.get(0).get("number")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALID"));
    }

    /** The overdue read model as V1_43 defines it, recomputed from scratch: the latest valid document per instrument. */
    Map<String, Object> latestDocument(long instrument) {
        return jdbc.queryForMap("select c.id as certificate_id, c.kind, c.next_due from certificate c join verification v "
                + "on v.id = c.verification_id where v.instrument_id = ? and c.status = 'VALID' order by c.issued_at desc, c.id desc "
                + "limit 1", instrument);
    }

    Map<String, Object> dueRow(long instrument) {
        return jdbc.queryForMap("select certificate_id, kind, next_due from instrument_due where instrument_id = ?", instrument);
    }

    /**
     * V1_45: a batch merges its documents into instrument_due once, after its last chunk. The result is what the
     * per-statement trigger of V1_43 gives: a later batch's notice replaces an earlier certificate, of two rows for one
     * instrument in a batch the later one counts, an instrument the batch does not touch keeps its row, and the
     * triggers work as before once the batch has committed.
     */
    /**
     * A row may name the checker (核验员) and the approver (批准人) who signed in the institution's system (ADR 0020
     * amendment): both or neither; when named, each a qualified person of the institution and three different people,
     * the rules of a certificate issued in the platform; the certificate then prints their names.
     */
    @Test
    void aRowThatNamesItsCheckerAndApproverIsHeldToTheSignatureRulesAndPrintsTheirNames() throws Exception {
        long a = scale("130102");
        List<Long> signers = jdbc.queryForList("select distinct p.id from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and p.active and q.scope like '%电子计价秤%' and q.valid_from <= ?::date - 400 "
                + "and q.valid_until > ?::date and p.id <> ? order by p.id limit 2", Long.class, institutionId,
                LocalDate.now(clock), LocalDate.now(clock), verifier);
        assertThat(signers).hasSize(2);
        long checker = signers.get(0);
        long approver = signers.get(1);
        long unqualified = jdbc.queryForObject("select min(p.id) from person p where p.institution_id = ? and not exists "
                + "(select 1 from qualification q where q.person_id = p.id and q.scope like '%电子计价秤%')", Long.class, institutionId);
        long stranger = jdbc.queryForObject("select min(id) from person where institution_id <> ?", Long.class, institutionId);
        String header = "instrumentId,verificationDate,verifierId,standardIds,feeYuan,feeWaived,readings,checkerId,approverId\n";
        String body = header
                + signedRow(a, checker, approver)        // line 2: accepted, names printed
                + signedRow(a, checker, "")              // line 3: approver missing
                + signedRow(a, unqualified, approver)    // line 4: checker not qualified for 电子计价秤
                + signedRow(a, verifier, approver)       // line 5: the verifier checks his own work
                + signedRow(a, stranger, approver)       // line 6: a person of another institution
                + signedRow(a, "", "");                  // line 7: neither: signed in the institution's system, as before
        String key = key();
        upload(key, "text/csv", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsAccepted").value(2)).andExpect(jsonPath("$.rowsRejected").value(4));
        assertThat(errorsCsv(key)).contains("3,approverId,both-or-neither,", "4,checkerId,signer-not-qualified,",
                "5,approverId,signers-not-distinct,", "6,checkerId,of-institution,");
        List<Map<String, Object>> rows = jdbc.queryForList("select c.id, v.checker_person_id, v.approver_person_id from verification v "
                + "join certificate c on c.verification_id = v.id where v.instrument_id = ? order by v.id", a);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("checker_person_id", checker).containsEntry("approver_person_id", approver);
        assertThat(rows.get(1).get("checker_person_id")).isNull();
        DataScope admin = TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        String checkerName = parties.requirePerson(admin, checker).name();
        String approverName = parties.requirePerson(admin, approver).name();
        String named = documents.signedXml(admin, ((Number) rows.get(0).get("id")).longValue()).xml();
        assertThat(named).contains(checkerName, approverName).doesNotContain("发证机构系统内签署");
        assertThat(documents.signedXml(admin, ((Number) rows.get(1).get("id")).longValue()).xml()).contains("发证机构系统内签署");
    }

    String signedRow(long instrument, Object checker, Object approver) {
        return instrument + "," + day + "," + verifier + "," + standard + ",30.00,false,\"" + GOOD.replace("\"", "\"\"") + "\","
                + checker + "," + approver + "\n";
    }

    @Test
    void aBatchKeepsTheOverdueReadModelOnTheLatestDocumentOfEachInstrument() throws Exception {
        long a = scale("130102");
        long b = scale("130102");
        long c = scale("130102");
        upload(key(), "text/csv", HEADER + csvRow(a, day.minusDays(10), verifier, GOOD) + csvRow(b, day.minusDays(10), verifier, GOOD))
                .andExpect(status().isCreated());
        Map<String, Object> aBefore = dueRow(a);
        long bCertificate = (Long) dueRow(b).get("certificate_id");
        upload(key(), "text/csv", HEADER + csvRow(b, day, verifier, BAD) + csvRow(c, day.minusDays(5), verifier, GOOD)
                + csvRow(c, day, verifier, GOOD)).andExpect(status().isCreated());
        for (long instrument : List.of(a, b, c)) {
            assertThat(dueRow(instrument)).as("instrument %d", instrument).isEqualTo(latestDocument(instrument));
        }
        assertThat(dueRow(a)).isEqualTo(aBefore);
        assertThat(dueRow(b).get("kind")).isEqualTo("NON_CONFORMITY_NOTICE");
        assertThat(dueRow(c).get("next_due").toString()).isEqualTo(day.plusMonths(12).toString());
        // the deferral was local to the batch's transaction: revoking b's notice brings its certificate back at once
        long notice = (Long) dueRow(b).get("certificate_id");
        revoking.revoke(scope(Role.INSTITUTION_STAFF), notice, "录入错误 / entered in error");
        assertThat(dueRow(b).get("certificate_id")).isEqualTo(bCertificate);
    }

    /** ADR 0011: a certificate written in bulk is signed on its first request, then always answers the same document. */
    @Test
    void aBulkCertificateIsSignedOnFirstRequestAndKeepsThatDocument() throws Exception {
        long a = scale("130102");
        String key = key();
        upload(key, "text/csv", HEADER + csvRow(a, day, verifier, GOOD)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.certificates").value(1));
        Map<String, Object> c = jdbc.queryForMap("select c.id, c.number, c.document_xml from certificate c join verification v "
                + "on v.id = c.verification_id where v.instrument_id = ?", a);
        assertThat(c.get("document_xml")).as("COPY writes no document").isNull();
        DataScope admin = TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        long id = ((Number) c.get("id")).longValue();
        var first = documents.signedXml(admin, id);
        assertThat(first.xml()).contains((String) c.get("number"), "<conformity>CONFORMING</conformity>", "<nominal>30</nominal>");
        assertThat(checks.verifySignature(first.xml(), first.signature(), null).valid()).isTrue();
        var again = documents.signedXml(admin, id);
        assertThat(again.signature()).isEqualTo(first.signature());
        assertThat(again.xml()).isEqualTo(first.xml());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'verification.certificate.sign' and entity_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        byte[] pdf = documents.pdf(admin, id);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void reSendingTheSameBatchChangesNothingAndAnswersTheOriginalResult() throws Exception {
        long a = scale("130102");
        String body = HEADER + csvRow(a, day, verifier, GOOD) + csvRow(a, day.minusDays(1), 999_999_999L, GOOD);
        String key = key();
        upload(key, "text/csv", body).andExpect(status().isCreated()).andExpect(jsonPath("$.rowsAccepted").value(1));
        long sequence = jdbc.queryForObject("select last_value from certificate_sequence where institution_id = ? and year = ?",
                Long.class, institutionId, LocalDate.now(clock).getYear());
        upload(key, "text/csv", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true))
                .andExpect(jsonPath("$.rowsAccepted").value(1))
                .andExpect(jsonPath("$.rowsRejected").value(1));
        assertThat(verificationsOf(a)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_value from certificate_sequence where institution_id = ? and year = ?",
                Long.class, institutionId, LocalDate.now(clock).getYear())).isEqualTo(sequence);
        assertThat(jdbc.queryForObject("select count(*) from verification_ingest_error e join verification_ingest_batch b "
                + "on b.id = e.batch_id where b.batch_key = ?", Long.class, key)).isEqualTo(1);
        // one audit entry per batch, with the key, the counts and the SHA-256 of the body
        List<String> audits = jdbc.queryForList("select after_json::text from audit_entry where action = 'verification.bulk-ingest' "
                + "and after_json::text like ?", String.class, "%" + key + "%");
        assertThat(audits).hasSize(1);
        assertThat(audits.get(0).replace(" ", "")).contains("\"rowsAccepted\":1", "bodySha256", key);
        // the same key with another body is a conflict, and still nothing is written
        upload(key, "text/csv", body + csvRow(a, day.minusDays(2), verifier, GOOD)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("batchKey"));
        assertThat(verificationsOf(a)).isEqualTo(1);
    }

    @Test
    void jsonLinesAreIngestedLikeCsvAndAnUnreadableLineIsARejectedRow() throws Exception {
        long a = scale("130102");
        String body = "{\"instrumentId\":" + a + ",\"verificationDate\":\"" + day + "\",\"verifierId\":" + verifier
                + ",\"standardIds\":[" + standard + "],\"feeWaived\":true,\"readings\":" + GOOD + "}\n"
                + "\n"
                + "this is not json\n"
                + "{\"instrumentId\":" + a + ",\"verificationDate\":\"" + day + "\",\"verifierId\":" + verifier
                + ",\"standardIds\":[" + standard + "],\"readings\":" + BAD + "}\n";
        String key = key();
        upload(key, "application/x-ndjson", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("NDJSON"))
                .andExpect(jsonPath("$.rowsTotal").value(3))
                .andExpect(jsonPath("$.certificates").value(1))
                .andExpect(jsonPath("$.notices").value(1))
                .andExpect(jsonPath("$.rowsRejected").value(1));
        assertThat(errorsCsv(key)).contains("3,line,json,");
        assertThat(jdbc.queryForObject("select count(*) from verification where instrument_id = ? and fee_waived and fee_yuan = 0",
                Long.class, a)).isEqualTo(1);
    }

    @Test
    void anInstitutionCannotIngestForAnInstrumentOutsideItsAuthorisation() throws Exception {
        // a county of another city than 石家庄: the institute holds no authorisation line covering it (计量法 第二十条)
        Map<String, Object> owner = jdbc.queryForMap("select id, region_code from enterprise where region_code like '1302%' order by id limit 1");
        String elsewhere = (String) owner.get("region_code");
        assertThat(jdbc.queryForObject("select count(*) from institution_authorization where institution_id = ? and instrument_type = '电子计价秤' "
                + "and region_code in ('130000', '130200', ?)", Long.class, institutionId, elsewhere)).isZero();
        long outside = scale(elsewhere, ((Number) owner.get("id")).longValue());
        String key = key();
        upload(key, "text/csv", HEADER + csvRow(outside, day, verifier, GOOD)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsAccepted").value(0)).andExpect(jsonPath("$.rowsRejected").value(1));
        // answered like an unknown id: the report names neither the instrument's category nor its region
        String report = errorsCsv(key);
        assertThat(report).contains("2,instrumentId,in-scope,", "is unknown or not in your scope")
                .doesNotContain("电子计价秤", elsewhere, "authorization");
        assertThat(verificationsOf(outside)).isZero();
        // enterprises cannot upload at all
        mvc.perform(post("/api/verifications/bulk").param("batchKey", key()).with(csrf())
                        .with(TestLogins.as(identity, Role.ENTERPRISE_USER)).contentType("text/csv").content(HEADER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBatchThatFailsPartWayLeavesNothingBehindAndItsKeyCanBeUsedAgain() throws Exception {
        long a = scale("130102");
        StringBuilder good = new StringBuilder(HEADER);
        // more rows than one chunk (app.ingest.chunk-rows, 10,000), so COPY has run before the body breaks
        for (int i = 0; i < 10_100; i++) {
            good.append(csvRow(a, day.minusDays(i % 300), verifier, GOOD));
        }
        long verificationsBefore = jdbc.queryForObject("select count(*) from verification", Long.class);
        Long sequenceBefore = jdbc.<Long>query("select last_value from certificate_sequence where institution_id = ? and year = ?",
                (java.sql.ResultSet rs) -> rs.next() ? rs.getLong(1) : null, institutionId, LocalDate.now(clock).getYear());
        String key = key();
        upload(key, "text/csv", good.toString() + a + "," + day + ",\"unterminated\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].rule").value("readable"));
        assertThat(verificationsOf(a)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from verification", Long.class)).isEqualTo(verificationsBefore);
        Long sequenceAfter = jdbc.<Long>query("select last_value from certificate_sequence where institution_id = ? and year = ?",
                (java.sql.ResultSet rs) -> rs.next() ? rs.getLong(1) : null, institutionId, LocalDate.now(clock).getYear());
        assertThat(sequenceAfter).isEqualTo(sequenceBefore);
        mvc.perform(get("/api/verifications/bulk/{key}", key).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isNotFound());
        // the key is free again (a short body: ten thousand more certificates would crowd the demo's audit selection)
        upload(key, "text/csv", HEADER + csvRow(a, day, verifier, GOOD) + csvRow(a, day.minusDays(1), verifier, GOOD))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rowsAccepted").value(2));
        assertThat(verificationsOf(a)).isEqualTo(2);
    }

    @Test
    void theConformityDecisionIsComputedFromTheReadingsNeverTakenFromTheFile() throws Exception {
        long a = scale("130102");
        String header = "instrumentId,verificationDate,verifierId,standardIds,conclusion,readings\n";
        String body = header
                + a + "," + day + "," + verifier + "," + standard + ",CONFORMING,\"" + BAD.replace("\"", "\"\"") + "\"\n"  // claims 合格: refused
                + a + "," + day + "," + verifier + "," + standard + ",不合格,\"" + GOOD.replace("\"", "\"\"") + "\"\n"    // claims 不合格: refused
                + a + "," + day + "," + verifier + "," + standard + ",,\"" + BAD.replace("\"", "\"\"") + "\"\n";         // computed: not conforming
        String key = key();
        upload(key, "text/csv", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsAccepted").value(1)).andExpect(jsonPath("$.notices").value(1))
                .andExpect(jsonPath("$.certificates").value(0));
        assertThat(errorsCsv(key)).contains("2,conclusion,conclusion-not-supported,", "3,conclusion,conclusion-not-supported,");
        assertThat(jdbc.queryForObject("select conforming from verification where instrument_id = ?", Boolean.class, a)).isFalse();
        assertThat(jdbc.queryForObject("select editions from verification where instrument_id = ?", String.class, a)).isNotBlank();
    }

    /** JJG 270-2008, subsequent verification: +0.4 / −0.5 kPa within the MPE (the ReadingsTests example), conforming. */
    static final String SPHYGMO_GOOD = "{\"family\":\"SPHYGMOMANOMETER\",\"kind\":\"SUBSEQUENT\",\"zeroIndicationKpa\":0.5,"
            + "\"points\":[{\"standardKpa\":10.0,\"indicationKpa\":10.4},{\"standardKpa\":20.0,\"indicationKpa\":19.5}]}";

    @Test
    void everyFamilyOfMetrologyCoreIsDecidedAndReadingsOfAnotherFamilyAreRejected() throws Exception {
        DataScope admin = scope(Role.PROVINCE_ADMIN);
        String serial = "BK-XYJ-" + UUID.randomUUID().toString().substring(0, 8);
        long sphygmo = instruments.file(admin, new InstrumentDraft("SPHYGMOMANOMETER", "测试医疗器械厂", "XY-300", serial, null, null,
                "0–40 kPa", enterpriseId, "130102", null, "HEALTH")).id();
        // an authorisation line and a verifier qualification naming the catalogue category exactly (计量法 第二十条; JJF 1069)
        String nameZh = instruments.category("SPHYGMOMANOMETER").orElseThrow().nameZh();
        parties.addAuthorization(admin, institutionId, "(冀)法计(2026)" + serial, nameZh, "130100",
                LocalDate.now(clock).minusYears(1), LocalDate.now(clock).plusYears(2));
        long bpVerifier = parties.createPerson(admin, new PersonDraft("血压计检定员（批量测试）", "VERIFIER", "130100", institutionId, "")).id();
        parties.addQualification(admin, bpVerifier, "冀检BK" + serial, nameZh, LocalDate.now(clock).minusYears(1), LocalDate.now(clock).plusYears(3));
        String body = HEADER
                + csvRow(sphygmo, day, bpVerifier, SPHYGMO_GOOD)   // line 2: decided by JJG 270-2008, certificate
                + csvRow(sphygmo, day, bpVerifier, GOOD);          // line 3: scale readings for a sphygmomanometer
        String key = key();
        upload(key, "text/csv", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsAccepted").value(1)).andExpect(jsonPath("$.certificates").value(1))
                .andExpect(jsonPath("$.rowsRejected").value(1));
        Map<String, Object> v = jdbc.queryForMap("select conforming, editions from verification where instrument_id = ?", sphygmo);
        assertThat(v.get("conforming")).isEqualTo(true);
        assertThat((String) v.get("editions")).contains("JJG 270");
        String report = errorsCsv(key);
        assertThat(report).contains("3,readings,conformity,").contains("SCALE").contains("SPHYGMOMANOMETER");
        assertThat(report.lines().filter(l -> l.startsWith("2,"))).isEmpty();
    }

    @Test
    void aBodyWithoutTheRequiredColumnsOrAKeyIsRefusedWhole() throws Exception {
        upload(key(), "text/csv", "instrumentId,verificationDate\n1,2026-01-01\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        upload("", "text/csv", HEADER).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("batchKey"));
        upload(key(), "application/json", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"));
    }
}
