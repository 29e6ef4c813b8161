package org.metrolex.verification;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Qualification;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.verification.CertificateAuditFile.Column;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.CertificateAudit;
import org.metrolex.verification.domain.CertificateDraft;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.InstitutionSnapshot;
import org.metrolex.verification.domain.IssueFacts;
import org.metrolex.verification.domain.IssuedCertificate;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.StandardUsed;
import org.metrolex.verification.domain.VerifierSnapshot;
import org.metrolex.verification.persistence.CertificateAuditRecords;
import org.metrolex.verification.persistence.CertificateAuditRecords.IssuedRow;
import org.metrolex.verification.persistence.CertificateAuditRecords.StoredImport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificate audit (issue 4): the legitimacy rules of issue ({@link LegitimacyCheck}, each judged on the
 * certificate's own verification date) run over a set of certificates — those issued here, selected by
 * institution, region and period within the officer's scope, or external ones imported from an .xlsx/CSV
 * file — giving a report of defects by kind and by institution: the tool for a spot check like the seed's
 * (672 certificates of 32 institutions checked, 617 defective). Officers only.
 *
 * <p>Issued certificates are rebuilt from what is stored: the institution's authorisation lines, the
 * verifier's qualifications, the standards used (registry), the instrument, and the decision recomputed from
 * the stored raw readings. Facts about other modules' records are read province-wide once the certificate
 * itself has passed the caller's scope (as {@link VerificationFactsLoader} does). Imported certificates are
 * judged on what they state, except the institution's authorisation, which is the registry's (found by
 * credit code): an institution unknown here has no authorisation.
 */
@Service
public class CertificateAudits {

    /** Largest set one audit examines, so memory stays bounded; narrow the selection beyond it. */
    public static final int MAX_CERTIFICATES = 20_000;

    private final CertificateAuditRecords records;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final CertificateAudit certificateAudit;

    private final org.metrolex.rules.RuleBooks rules;

    CertificateAudits(CertificateAuditRecords records, InstrumentManagement instruments, PartyManagement parties,
                      Labels labels, RegionCatalogue regions, AuditTrail audit, JsonMapper json, org.metrolex.rules.RuleBooks rules) {
        this.rules = rules;
        this.records = records;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.certificateAudit = new CertificateAudit(new LegitimacyCheck(regions::isWithin, labels));
    }

    // ---------------------------------------------------------------- issued here

    /** Audits the certificates and notices issued here that the selection names, within the officer's scope. */
    @Transactional(readOnly = true)
    public CertificateAuditResult auditIssued(DataScope scope, AuditSelection selection) {
        requireOfficer(scope);
        AuditSelection s = selection == null ? AuditSelection.all() : selection;
        List<FieldError> errors = new ArrayList<>();
        Set<String> regionCodes = null;
        if (s.regionCode() != null) {
            if (!regions.exists(s.regionCode())) {
                errors.add(new FieldError("regionCode", "exists", "行政区划代码不存在：" + s.regionCode(), "unknown region code " + s.regionCode()));
            } else if (!scope.coversRegion(s.regionCode())) {
                errors.add(new FieldError("regionCode", "in-scope", "行政区划 " + s.regionCode() + " 不在您的管辖范围内",
                        "region " + s.regionCode() + " is outside your jurisdiction"));
            } else {
                regionCodes = regions.selfAndDescendants(s.regionCode());
            }
        }
        if (s.from() != null && s.to() != null && s.from().isAfter(s.to())) {
            errors.add(new FieldError("to", "after-from", "截止日期不能早于起始日期", "the end date cannot be before the start date"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        List<IssuedRow> rows = records.findIssued(scope, s.institutionIds(), regionCodes, s.from(), s.to(), MAX_CERTIFICATES + 1);
        if (rows.size() > MAX_CERTIFICATES) {
            throw new RuleViolation("selection", "max-size", "所选证书超过 " + MAX_CERTIFICATES + " 份，请缩小机构、区域或期间范围",
                    "more than " + MAX_CERTIFICATES + " certificates selected: narrow the institutions, region or period");
        }
        Facts facts = new Facts();
        List<IssuedCertificate> certificates = rows.stream().map(facts::issued).toList();
        AuditReport report = certificateAudit.audit(certificates);
        Map<String, String> names = new HashMap<>();
        facts.institutions.values().forEach(i -> names.put(VerificationManagement.institutionCode(i.id()), i.name()));
        return new CertificateAuditResult(CertificateAuditResult.Source.ISSUED, s, null, null, null, null, false, rows.size(),
                List.of(), report, names);
    }

    /**
     * The audit report of the certificates and notices issued here with these ids, within the officer's scope
     * (ids outside it, or unknown, are not examined) — for a supervision certificate spot check, which audits
     * the certificates it drew. At most {@link #MAX_CERTIFICATES} ids.
     */
    @Transactional(readOnly = true)
    public AuditReport auditCertificates(DataScope scope, Collection<Long> certificateIds) {
        requireOfficer(scope);
        if (certificateIds != null && certificateIds.size() > MAX_CERTIFICATES) {
            throw new RuleViolation("certificateIds", "max-size", "所选证书超过 " + MAX_CERTIFICATES + " 份",
                    "more than " + MAX_CERTIFICATES + " certificates selected");
        }
        List<IssuedRow> rows = records.findIssuedByIds(scope, certificateIds == null ? List.of() : Set.copyOf(certificateIds));
        Facts facts = new Facts();
        return certificateAudit.audit(rows.stream().map(facts::issued).toList());
    }

    /** The institutions an officer may pick for an audit: every registered institution (they verify across regions). */
    @Transactional(readOnly = true)
    public List<Institution> institutions(DataScope scope) {
        requireOfficer(scope);
        return parties.institutionsInScope(system());
    }

    /** Read-through caches of the facts certificates refer to, for one audit. */
    private final class Facts {

        final Map<Long, Institution> institutions = new LinkedHashMap<>();
        final Map<Long, Optional<VerifierSnapshot>> verifiers = new HashMap<>();
        final Map<Long, Optional<StandardUsed>> standards = new HashMap<>();
        final Map<Long, Optional<Instrument>> instrumentsById = new HashMap<>();
        final Map<String, Optional<InstrumentCategory>> categories = new HashMap<>();
        final Map<Long, Optional<String>> owners = new HashMap<>();
        final Map<Long, Institution> registry;

        Facts() {
            registry = parties.institutionsInScope(system()).stream().collect(Collectors.toMap(Institution::id, i -> i));
        }

        IssuedCertificate issued(IssuedRow r) {
            Institution inst = registry.get(r.institutionId());
            if (inst != null) {
                institutions.putIfAbsent(inst.id(), inst);
            }
            Instrument instrument = instrumentsById.computeIfAbsent(r.instrumentId(),
                    id -> quietly(() -> instruments.requireInstrument(system(), id))).orElse(null);
            InstrumentCategory category = instrument == null ? null
                    : categories.computeIfAbsent(instrument.categoryCode(), instruments::category).orElse(null);
            IssueFacts facts = new IssueFacts(inst == null ? null : InstitutionSnapshot.of(VerificationManagement.institutionCode(inst.id()), inst),
                    verifier(r.verifierPersonId()), standards(r.standardIds()), category == null ? null : category.nameZh(),
                    r.regionCode(), instrument == null ? null : instrument.serialNumber(), owners.computeIfAbsent(r.ownerEnterpriseId(),
                    id -> parties.enterprise(system(), id).map(Enterprise::name)).orElse(null));
            Conclusion claimed = CertificateKind.CERTIFICATE.name().equals(r.kind()) ? Conclusion.CONFORMING : Conclusion.NON_CONFORMING;
            return new IssuedCertificate(r.number(), facts.draft(r.verificationDate(), Decisions.storedOrNull(json,
                    category == null ? null : category.code(), r.readingsJson(), r.verificationDate(),
                    rules.at(r.ruleBookRevision()).conformity()), claimed, null));
        }

        private VerifierSnapshot verifier(Long personId) {
            return personId == null ? null : verifiers.computeIfAbsent(personId,
                    id -> quietly(() -> VerifierSnapshot.of(parties.requirePerson(system(), id)))).orElse(null);
        }

        private List<StandardUsed> standards(List<Long> ids) {
            return ids.stream().map(sid -> standards.computeIfAbsent(sid,
                    id -> quietly(() -> StandardUsed.of(instruments.requireStandard(system(), id))))).flatMap(Optional::stream).toList();
        }
    }

    private static <T> Optional<T> quietly(java.util.function.Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (RuleViolation e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- imported

    /** What is kept of an imported audit besides its counts. */
    record StoredReport(AuditReport report, Map<String, String> institutionNames) {
    }

    /**
     * Imports a file of external certificates and audits it. Idempotent: the same bytes imported again in
     * the same region return the stored audit and add nothing. Rows that cannot be read are rejected with
     * their reasons; every other row is audited.
     */
    @Transactional
    public CertificateAuditResult importAndAudit(DataScope scope, String fileName, byte[] content) {
        requireOfficer(scope);
        byte[] bytes = content == null ? new byte[0] : content;
        String region = homeRegion(scope);
        String sha = sha256(bytes);
        Optional<StoredImport> existing = records.findImportByContent(scope, sha, region);
        if (existing.isPresent()) {
            return view(existing.get(), true);
        }
        List<CertificateAuditFile.Line> lines = CertificateAuditFile.read(fileName, bytes);
        Map<String, Institution> byCreditCode = parties.institutionsInScope(system()).stream()
                .collect(Collectors.toMap(Institution::creditCode, i -> i, (a, b) -> a));
        List<AuditRowError> rejected = new ArrayList<>();
        List<IssuedCertificate> certificates = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CertificateAuditFile.Line line : lines) {
            List<AuditRowError> errors = new ArrayList<>();
            IssuedCertificate c = imported(line, byCreditCode, names, errors);
            if (errors.isEmpty()) {
                certificates.add(c);
            } else {
                rejected.addAll(errors);
            }
        }
        AuditReport report = certificateAudit.audit(certificates);
        // stored and shown: the base name in safe characters only (docs/security.md)
        String name = org.metrolex.platform.web.FileNames.safe(fileName, "upload");
        StoredImport row = new StoredImport(0, sha, region, name, scope.username(), null,
                lines.size(), (int) rejected.stream().map(AuditRowError::row).distinct().count(), (int) report.examined(),
                (int) report.defective(), json.writeValueAsString(new StoredReport(report, names)), json.writeValueAsString(rejected));
        long id = records.insertImport(row);
        StoredImport stored = records.findImport(scope, id).orElseThrow();
        audit.record("certificate-audit.import", "certificate-audit-import", id, null, Map.of("file", stored.fileName(),
                "sha256", sha, "rowsRead", stored.rowsRead(), "rowsRejected", stored.rowsRejected(), "examined", stored.examined(),
                "defective", stored.defective()));
        return view(stored, false);
    }

    @Transactional(readOnly = true)
    public CertificateAuditResult imported(DataScope scope, long id) {
        requireOfficer(scope);
        return view(records.findImport(scope, id).orElseThrow(() -> RuleViolation.notFound("证书抽查导入/audit import", id)), false);
    }

    /** Imports the caller may see (officers: made in their region or below), newest first; counts only. */
    @Transactional(readOnly = true)
    public ResultPage<StoredImport> imports(DataScope scope, Integer page, Integer size) {
        requireOfficer(scope);
        int[] ps = ResultPage.clamp(page, size);
        return records.searchImports(scope, ps[0], ps[1]);
    }

    private CertificateAuditResult view(StoredImport s, boolean again) {
        StoredReport stored = json.readValue(s.reportJson(), StoredReport.class);
        List<AuditRowError> rejected = json.readValue(s.errorsJson(), new TypeReference<List<AuditRowError>>() { });
        return new CertificateAuditResult(CertificateAuditResult.Source.IMPORTED, null, s.id(), s.fileName(), s.importedBy(),
                s.importedAt(), again, s.rowsRead(), rejected, stored.report(), stored.institutionNames());
    }

    private IssuedCertificate imported(CertificateAuditFile.Line l, Map<String, Institution> registry, Map<String, String> names,
                                       List<AuditRowError> errors) {
        String creditCode = l.get(Column.INSTITUTION_CREDIT_CODE);
        String institutionName = l.get(Column.INSTITUTION_NAME);
        InstitutionSnapshot institution = null;
        if (creditCode != null || institutionName != null) {
            Institution known = creditCode == null ? null : registry.get(creditCode.toUpperCase());
            String key = creditCode != null ? creditCode.toUpperCase() : institutionName;
            String name = institutionName != null ? institutionName : known != null ? known.name() : null;
            institution = new InstitutionSnapshot(key, name, known == null ? List.of() : known.authorizations());
            names.putIfAbsent(key, name == null ? key : name);
        }
        LocalDate validFrom = CertificateAuditFile.date(l, Column.VERIFIER_VALID_FROM, errors);
        LocalDate validUntil = CertificateAuditFile.date(l, Column.VERIFIER_VALID_UNTIL, errors);
        VerifierSnapshot verifier = null;
        if (l.get(Column.VERIFIER) != null || l.get(Column.VERIFIER_SCOPE) != null) {
            List<Qualification> qualifications = l.get(Column.VERIFIER_SCOPE) == null && l.get(Column.VERIFIER_CERTIFICATE_NO) == null
                    ? List.of()
                    : List.of(new Qualification(0, Objects.requireNonNullElse(l.get(Column.VERIFIER_CERTIFICATE_NO), "—"),
                    Objects.requireNonNullElse(l.get(Column.VERIFIER_SCOPE), ""), validFrom, validUntil));
            verifier = new VerifierSnapshot(l.get(Column.VERIFIER), qualifications);
        }
        List<String> sNames = CertificateAuditFile.split(l.get(Column.STANDARD_NAME));
        List<String> sNos = CertificateAuditFile.split(l.get(Column.STANDARD_ASSESSMENT_NO));
        List<String> sFrom = CertificateAuditFile.split(l.get(Column.STANDARD_ASSESSMENT_VALID_FROM));
        List<String> sUntil = CertificateAuditFile.split(l.get(Column.STANDARD_ASSESSMENT_VALID_UNTIL));
        List<String> sDue = CertificateAuditFile.split(l.get(Column.STANDARD_CALIBRATION_DUE));
        int n = Math.max(Math.max(sNames.size(), sNos.size()), Math.max(Math.max(sFrom.size(), sUntil.size()), sDue.size()));
        List<StandardUsed> standards = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            standards.add(new StandardUsed(at(sNames, k), at(sNos, k), date(l, Column.STANDARD_ASSESSMENT_VALID_FROM, at(sFrom, k), errors),
                    date(l, Column.STANDARD_ASSESSMENT_VALID_UNTIL, at(sUntil, k), errors),
                    date(l, Column.STANDARD_CALIBRATION_DUE, at(sDue, k), errors)));
        }
        LocalDate day = CertificateAuditFile.date(l, Column.VERIFICATION_DATE, errors);
        Conclusion conclusion = CertificateAuditFile.conclusion(l, errors);
        BigDecimal maxError = CertificateAuditFile.number(l, Column.MAX_ERROR, errors);
        BigDecimal mpe = CertificateAuditFile.number(l, Column.MPE, errors);
        CertificateDraft draft = new IssueFacts(institution, verifier, standards, l.get(Column.INSTRUMENT_TYPE), l.get(Column.REGION_CODE),
                l.get(Column.SERIAL_NUMBER), l.get(Column.OWNER_NAME)).draft(day, AuditDecisions.fromSummary(maxError, mpe), conclusion, null);
        return new IssuedCertificate(l.get(Column.NUMBER), draft);
    }

    private static String at(List<String> values, int k) {
        return k < values.size() && !values.get(k).isBlank() ? values.get(k) : null;
    }

    /** One value of a multi-standard date cell, read like a whole cell. */
    private static LocalDate date(CertificateAuditFile.Line l, Column c, String value, List<AuditRowError> errors) {
        if (value == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(l.cells());
        cells.set(c.ordinal(), value);
        return CertificateAuditFile.date(new CertificateAuditFile.Line(l.rowNumber(), cells), c, errors);
    }

    // ---------------------------------------------------------------- helpers

    private static void requireOfficer(DataScope scope) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有市场监管部门工作人员可以开展证书抽查",
                    "only bureau officers may audit certificates")));
        }
    }

    /** The officer's own region: the one in the scope whose parent is not. */
    private String homeRegion(DataScope scope) {
        if (scope.unrestricted()) {
            return regions.tree().roots().stream().map(Region::code).sorted().findFirst().orElseThrow();
        }
        return scope.regionCodes().stream().filter(code -> regions.find(code).map(Region::parentCode)
                        .map(p -> !scope.regionCodes().contains(p)).orElse(true))
                .sorted().findFirst().orElseThrow(() -> new RuleViolation("role", "region", "账号未设置管辖区域", "the account has no region"));
    }

    private DataScope system() {
        return DataScope.system("certificate-audit");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template of an import file: the header row in Chinese, as CSV (UTF-8 with BOM so Excel reads it). */
    public static byte[] csvTemplate() {
        String header = java.util.Arrays.stream(Column.values()).map(c -> c.chinese).collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
