package org.metrolex.instrument;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentSpreadsheet.Column;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.instrument.domain.PublicInstrument;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.instrument.persistence.InstrumentCategories;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.instrument.persistence.Instruments;
import org.metrolex.instrument.persistence.MeasurementStandards;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's API: the catalogue, the instrument registry and the public QR check. Reads return only
 * what the caller's {@link DataScope} allows (officers by the instrument's region, an enterprise its
 * own instruments); writes are by officers in scope or by the owner enterprise, and are audited in the
 * same transaction.
 */
@Service
public class InstrumentManagement {

    private final Instruments instruments;
    private final InstrumentCategories categories;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final MeasurementStandards standards;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate eachRow;
    private final ObjectProvider<VerificationStandings> standings;

    InstrumentManagement(Instruments instruments, InstrumentCategories categories, MeasurementStandards standards,
                         PartyManagement parties, RegionCatalogue regions, AuditTrail audit,
                         PlatformTransactionManager transactions, ObjectProvider<VerificationStandings> standings) {
        this.standings = standings;
        this.instruments = instruments;
        this.standards = standards;
        this.categories = categories;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
        this.eachRow = new TransactionTemplate(transactions);
        // a row of an import commits on its own even when the caller already holds a transaction
        this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---------------------------------------------------------------- catalogue

    @Transactional(readOnly = true)
    public List<InstrumentCategory> catalogue() {
        return categories.catalogue();
    }

    @Transactional(readOnly = true)
    public Optional<InstrumentCategory> category(String code) {
        return categories.byCode(code);
    }

    /** Stores catalogue rows by code (the shipped file at start-up); each changed row is audited. */
    @Transactional
    public int storeCatalogue(List<InstrumentCategory> rows) {
        int changed = 0;
        for (InstrumentCategory c : rows) {
            Optional<InstrumentCategory> before = categories.byCode(c.code());
            if (categories.upsert(c)) {
                audit.record("instrument-category.store", "instrument-category", c.code(), before.orElse(null), c);
                changed++;
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- registry

    @Transactional(readOnly = true)
    public ResultPage<Instrument> search(DataScope scope, InstrumentQuery query, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return instruments.search(scope, query, ps[0], ps[1]);
    }

    /**
     * Instruments in use that the caller may see, matching {@code keyword} (maker, model or serial number):
     * the choices when booking a verification. Other modules cannot name {@link InstrumentQuery}.
     */
    @Transactional(readOnly = true)
    public ResultPage<Instrument> inUse(DataScope scope, String keyword, Integer page, Integer size) {
        return search(scope, new InstrumentQuery(keyword, null, "ACTIVE"), page, size);
    }

    @Transactional(readOnly = true)
    public Instrument requireInstrument(DataScope scope, long id) {
        return instruments.find(scope, id).orElseThrow(() -> RuleViolation.notFound("计量器具/instrument", id));
    }

    @Transactional(readOnly = true)
    public long count(DataScope scope) {
        return instruments.count(scope);
    }

    /**
     * Where the instrument stands with its verification — last verification, certificate, valid until, next due,
     * status today — as the verification module's read model says (the one source of these facts; this module
     * does not estimate them). {@code NOT_VERIFIED} when it has no valid document or no verification module runs.
     */
    @Transactional(readOnly = true)
    public VerificationStanding standing(DataScope scope, long instrumentId) {
        Instrument i = requireInstrument(scope, instrumentId);
        return standings(scope, List.of(i.id())).getOrDefault(i.id(), VerificationStanding.notVerified(i.id()));
    }

    /** {@link #standing} of many instruments at once (a list page); ids the caller may not read are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, VerificationStanding> standings(DataScope scope, java.util.Collection<Long> instrumentIds) {
        VerificationStandings source = standings.getIfAvailable();
        return source == null ? java.util.Map.of() : source.of(scope, instrumentIds);
    }

    /** The owner's name as the caller may see it (an enterprise in scope), or null. */
    @Transactional(readOnly = true)
    public String ownerName(DataScope scope, long enterpriseId) {
        return parties.enterprise(scope, enterpriseId).map(Enterprise::name).orElse(null);
    }

    /**
     * Files (备案) one instrument. An enterprise user files for itself: the owner is its enterprise and
     * the region its enterprise's region, whatever the draft says. An officer files for any enterprise
     * in scope, in that enterprise's region or one below it.
     */
    @Transactional
    public Instrument file(DataScope scope, InstrumentDraft draft) {
        requireWriter(scope);
        InstrumentDraft d = forCaller(scope, draft);
        requireValid(scope, d);
        requireCovers(scope, d.regionCode());
        requireUnique(d, null);
        long id = instruments.insert(d, newQrToken());
        Instrument created = instruments.find(scope, id).orElseThrow();
        audit.record("instrument.file", "instrument", id, null, created);
        return created;
    }

    @Transactional
    public Instrument edit(DataScope scope, long id, int version, InstrumentDraft draft) {
        requireWriter(scope);
        Instrument before = requireInstrument(scope, id);
        if (before.status() == InstrumentStatus.SCRAPPED) {
            throw new RuleViolation(409, List.of(new FieldError("status", "not-scrapped",
                    "已报废的计量器具不能修改", "a scrapped instrument cannot be edited")));
        }
        InstrumentDraft d = forCaller(scope, draft);
        requireValid(scope, d);
        requireCovers(scope, d.regionCode());
        requireUnique(d, id);
        if (!instruments.update(id, version, d)) {
            throw new RuleViolation(409, List.of(new FieldError("version", "current", "记录已被他人修改，请刷新后重试",
                    "the record was changed by someone else: reload and try again")));
        }
        Instrument after = instruments.find(scope, id).orElseThrow();
        audit.record("instrument.edit", "instrument", id, before, after);
        return after;
    }

    /** Suspends, scraps or reactivates an instrument; a change the current status does not allow is refused. */
    @Transactional
    public Instrument changeStatus(DataScope scope, long id, InstrumentStatus.Change change) {
        requireWriter(scope);
        Instrument before = requireInstrument(scope, id);
        InstrumentStatus next = before.status().after(change);
        if (next == null) {
            throw new RuleViolation(409, List.of(new FieldError("status", "transition",
                    "当前状态不允许此操作：" + before.status() + " → " + change,
                    "the current status does not allow this change: " + before.status() + " → " + change)));
        }
        instruments.setStatus(id, next);
        Instrument after = instruments.find(scope, id).orElseThrow();
        audit.record("instrument." + change.name().toLowerCase(), "instrument", id, before, after);
        return after;
    }

    /** Outcome of storing one imported row by its identity (category, maker, serial number). */
    public enum Upsert { FILED, UPDATED, UNCHANGED }

    /**
     * Files the instrument or, if one with the same category, maker and serial number is already filed
     * and the caller may change it, brings it up to date: re-importing the same row changes nothing.
     */
    @Transactional
    public Upsert upsert(DataScope scope, InstrumentDraft draft) {
        requireWriter(scope);
        InstrumentDraft d = forCaller(scope, draft);
        requireValid(scope, d);
        requireCovers(scope, d.regionCode());
        Optional<Long> existing = instruments.findIdForUniqueness(d.categoryCode(), d.maker(), d.serialNumber());
        if (existing.isEmpty()) {
            long id = instruments.insert(d, newQrToken());
            audit.record("instrument.import.file", "instrument", id, null, instruments.find(scope, id).orElseThrow());
            return Upsert.FILED;
        }
        Instrument before = instruments.find(scope, existing.get()).orElseThrow(() -> new RuleViolation("serialNumber",
                "unique", "同一类别、同一制造厂的该出厂编号已由其他所有者备案", "an instrument of this category and maker with this "
                        + "serial number is already filed by another owner"));
        if (sameAs(before, d)) {
            return Upsert.UNCHANGED;
        }
        if (before.status() == InstrumentStatus.SCRAPPED) {
            throw new RuleViolation("status", "not-scrapped", "已报废的计量器具不能修改", "a scrapped instrument cannot be edited");
        }
        instruments.update(before.id(), before.version(), d);
        audit.record("instrument.import.update", "instrument", before.id(), before, instruments.find(scope, before.id()).orElseThrow());
        return Upsert.UPDATED;
    }

    /**
     * Imports an .xlsx list of instruments (columns in {@link InstrumentSpreadsheet.Column}). The category
     * may be given by code or Chinese name, the use by code or Chinese name, the owner by its credit code
     * (ignored for an enterprise user, who files for itself). A file that cannot be read or lacks a
     * column is refused whole; otherwise every row is stored or reported on its own, each in its own
     * transaction, and re-importing the same file changes nothing.
     */
    public InstrumentImportReport importInstruments(DataScope scope, InputStream in) {
        requireWriter(scope);
        List<InstrumentSpreadsheet.Line> lines = InstrumentSpreadsheet.read(in);
        List<InstrumentCategory> catalogue = categories.catalogue();
        int filed = 0;
        int updated = 0;
        int unchanged = 0;
        List<InstrumentImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (InstrumentSpreadsheet.Line line : lines) {
            List<FieldError> problems = new ArrayList<>();
            InstrumentDraft draft = draftOf(scope, line, catalogue, problems);
            if (problems.isEmpty() && !seen.add(List.of(draft.categoryCode(), draft.maker(), draft.serialNumber()))) {
                problems.add(new FieldError("serialNumber", "duplicate-in-file", "该器具在文件中重复出现，已按首次出现的行处理",
                        "this instrument appears earlier in the file; only its first row is imported"));
            }
            if (problems.isEmpty()) {
                try {
                    // upsert is called on this object, not through the proxy, so the template opens the transaction
                    switch (eachRow.execute(status -> upsert(scope, draft))) {
                        case FILED -> filed++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (RuleViolation v) {
                    problems.addAll(v.errors());
                } catch (DataIntegrityViolationException e) {
                    problems.add(new FieldError("serialNumber", "unique", "同一类别、同一制造厂的该出厂编号已备案",
                            "an instrument of this category and maker with this serial number is already filed"));
                }
            }
            for (FieldError e : problems) {
                rejected.add(new InstrumentImportReport.RejectedRow(line.rowNumber(), e.field(), e.rule(), e.messageZh(), e.messageEn()));
            }
        }
        return new InstrumentImportReport(lines.size(), filed, updated, unchanged, rejected);
    }

    private InstrumentDraft draftOf(DataScope scope, InstrumentSpreadsheet.Line line, List<InstrumentCategory> catalogue,
                                    List<FieldError> problems) {
        String category = line.get(Column.CATEGORY);
        String categoryCode = catalogue.stream().filter(c -> c.code().equalsIgnoreCase(nz(category).strip())
                || c.nameZh().equals(nz(category).strip())).map(InstrumentCategory::code).findFirst().orElse(category);
        InstrumentUse use = InstrumentUse.parse(line.get(Column.PURPOSE));
        Long owner = null;
        if (scope.role() != Role.ENTERPRISE_USER) {
            String code = line.get(Column.OWNER_CREDIT_CODE);
            if (code == null || code.isBlank()) {
                problems.add(new FieldError("ownerCreditCode", "required", "所有者统一社会信用代码必填",
                        "the owner's credit code is required"));
            } else {
                owner = parties.enterpriseByCreditCode(scope, code).map(Enterprise::id).orElse(null);
                if (owner == null) {
                    problems.add(new FieldError("ownerCreditCode", "exists", "所有者企业不存在或不在您的管辖范围内：" + code.strip(),
                            "the owner enterprise does not exist or lies outside your jurisdiction: " + code.strip()));
                }
            }
        }
        return new InstrumentDraft(categoryCode, line.get(Column.MAKER), line.get(Column.MODEL), line.get(Column.SERIAL_NUMBER),
                line.get(Column.TYPE_APPROVAL_NO), line.get(Column.ACCURACY_CLASS), line.get(Column.MEASURING_RANGE), owner,
                line.get(Column.REGION_CODE), line.get(Column.LOCATION), use == null ? line.get(Column.PURPOSE) : use.name());
    }

    private static boolean sameAs(Instrument i, InstrumentDraft d) {
        return i.categoryCode().equals(d.categoryCode()) && i.maker().equals(d.maker()) && i.model().equals(d.model())
                && i.serialNumber().equals(d.serialNumber()) && nz(i.typeApprovalNo()).equals(d.typeApprovalNo())
                && nz(i.accuracyClass()).equals(d.accuracyClass()) && nz(i.measuringRange()).equals(d.measuringRange())
                && Objects.equals(i.ownerEnterpriseId(), d.ownerEnterpriseId()) && i.regionCode().equals(d.regionCode())
                && nz(i.location()).equals(d.location()) && i.purpose() == d.parsedPurpose();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- measurement standards

    @Transactional(readOnly = true)
    public ResultPage<MeasurementStandard> standards(DataScope scope, Long institutionId, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return standards.search(scope, institutionId, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public MeasurementStandard requireStandard(DataScope scope, long id) {
        return standards.find(scope, id).orElseThrow(() -> RuleViolation.notFound("计量标准/measurement standard", id));
    }

    /**
     * Records a measurement standard. Institution staff record their own institution's; officers any
     * institution they can see. The standard takes its institution's region, which scopes who reads it.
     */
    @Transactional
    public MeasurementStandard registerStandard(DataScope scope, MeasurementStandardDraft draft) {
        MeasurementStandardDraft d;
        if (scope.role() == Role.INSTITUTION_STAFF && scope.partyId() != null) {
            d = draft.ofInstitution(scope.partyId());
        } else if (scope.isOfficer()) {
            d = draft;
        } else {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer-or-institution",
                    "只有监管部门工作人员或检定机构可以登记计量标准", "only bureau officers or the institution may record standards")));
        }
        List<FieldError> errors = d.problems();
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        Institution institution = parties.institutionsInScope(scope).stream().filter(i -> i.id() == d.institutionId())
                .findFirst().orElseThrow(() -> new RuleViolation("institutionId", "exists", "检定机构不存在或不在您的管辖范围内",
                        "the institution does not exist or lies outside your jurisdiction"));
        long id = standards.insert(d, institution.regionCode());
        MeasurementStandard created = standards.find(scope, id).orElseThrow();
        audit.record("measurement-standard.register", "measurement-standard", id, null, created);
        return created;
    }

    /**
     * Records the assessment certificate (计量标准考核证书) of a standard, as a standard approval grants it
     * (licensing) or, with an earlier valid-until, as a revocation ends it. Officers of the standard's region only.
     */
    @Transactional
    public MeasurementStandard recordAssessmentCertificate(DataScope scope, long standardId, String certificateNo, LocalDate validUntil) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门可以登记计量标准考核证书",
                    "only bureau officers may record an assessment certificate")));
        }
        if (certificateNo == null || certificateNo.isBlank() || validUntil == null) {
            throw new RuleViolation("assessmentCertificateNo", "required", "考核证书编号及有效期必填",
                    "assessment certificate number and valid-until are required");
        }
        MeasurementStandard before = requireStandard(scope, standardId);
        standards.setAssessment(standardId, certificateNo.strip(), validUntil);
        MeasurementStandard after = requireStandard(scope, standardId);
        audit.record("measurement-standard.assessment", "measurement-standard", standardId, before, after);
        return after;
    }

    // ---------------------------------------------------------------- public

    /** The public QR check: public fields only, for anyone. */
    @Transactional(readOnly = true)
    public Optional<PublicInstrument> publicLookup(String qrToken) {
        if (qrToken == null || !qrToken.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return instruments.publicByQrToken(qrToken).map(i -> {
            InstrumentCategory c = categories.byCode(i.categoryCode()).orElseThrow();
            VerificationStandings source = standings.getIfAvailable();
            return new PublicInstrument(c.nameZh(), c.nameEn(), i.maker(), i.model(), Instrument.maskSerial(i.serialNumber()),
                    parties.publicEnterpriseName(i.ownerEnterpriseId()).orElse(""), i.status(),
                    source == null ? VerificationStanding.notVerified(i.id()).publicView() : source.publicOf(i.id()));
        });
    }

    // ---------------------------------------------------------------- rules of who may write

    private InstrumentDraft forCaller(DataScope scope, InstrumentDraft draft) {
        if (scope.role() == Role.ENTERPRISE_USER) {
            Enterprise own = parties.requireEnterprise(scope, scope.partyId());
            return draft.ownedBy(own.id(), own.regionCode());
        }
        return draft;
    }

    /** The owner must be an enterprise the caller can see; its region bounds the instrument's. */
    private void requireValid(DataScope scope, InstrumentDraft d) {
        String ownerRegion = d.ownerEnterpriseId() == null ? null
                : parties.enterprise(scope, d.ownerEnterpriseId()).map(Enterprise::regionCode).orElse(null);
        List<FieldError> errors = d.problems(code -> categories.byCode(code).isPresent(), regions::exists, ownerRegion,
                regions::isWithin);
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
    }

    private static void requireWriter(DataScope scope) {
        if (!scope.isOfficer() && !(scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null)) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer-or-owner",
                    "只有监管部门工作人员或器具所有者企业可以备案和修改计量器具",
                    "only bureau officers or the owner enterprise may file and change instruments")));
        }
    }

    /** Officers write only where they supervise; an enterprise's own region was forced above. */
    private static void requireCovers(DataScope scope, String regionCode) {
        if (scope.isOfficer() && !scope.coversRegion(regionCode)) {
            throw new RuleViolation(403, List.of(new FieldError("regionCode", "scope", "该区划不在您的管辖范围内",
                    "this region lies outside your jurisdiction")));
        }
    }

    private void requireUnique(InstrumentDraft d, Long self) {
        instruments.findIdForUniqueness(d.categoryCode(), d.maker(), d.serialNumber()).filter(id -> !id.equals(self))
                .ifPresent(id -> {
                    throw new RuleViolation("serialNumber", "unique", "同一类别、同一制造厂的该出厂编号已备案",
                            "an instrument of this category and maker with this serial number is already filed");
                });
    }

    /** 128 random bits, URL-safe: printed in the QR code, so it must not be guessable from the id. */
    private String newQrToken() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
