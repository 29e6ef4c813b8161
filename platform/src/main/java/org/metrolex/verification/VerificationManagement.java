package org.metrolex.verification;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.DueDates;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Authorization;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.platform.web.PublicBaseUrl;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.document.CertificateDocument;
import org.metrolex.verification.document.CertificatePdf;
import org.metrolex.verification.document.CertificateSignature;
import org.metrolex.verification.document.CertificateXml;
import org.metrolex.verification.document.SigningKey;
import org.metrolex.verification.document.SigningKeys;
import org.metrolex.verification.domain.AuditReport;
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
import org.metrolex.verification.persistence.Verifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's API: booking, assignment to an authorised institution, recording raw readings (the
 * conformity decision is computed by metrology-core, never typed in), issue after the legitimacy check,
 * revocation, and the overdue lists. Reads are scoped by {@link DataScope}; every change is audited in
 * the same transaction.
 *
 * <p>Facts about other modules' records that a verification depends on (the instrument, the institution's
 * authorisations, the verifier's qualifications, the standards) are read with a province-wide system
 * scope once the caller's right to act on the verification itself has been checked: an institution
 * verifying an instrument cannot otherwise see the owner's instrument record.
 */
@Service
public class VerificationManagement {

    private final Verifications verifications;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final LegitimacyCheck legitimacy;
    private final SigningKeys signingKeys;
    private final PublicBaseUrl publicBaseUrl;
    private final CertificateAudits certificateAudits;
    private final RuleBooks rules;
    private final ApplicationEventPublisher events;

    VerificationManagement(Verifications verifications, InstrumentManagement instruments, PartyManagement parties,
                           RegionCatalogue regions, AuditTrail audit, Clock clock, JsonMapper json, SigningKeys signingKeys,
                           PublicBaseUrl publicBaseUrl,
                           CertificateAudits certificateAudits, RuleBooks rules, ApplicationEventPublisher events) {
        this.events = events;
        this.certificateAudits = certificateAudits;
        this.rules = rules;
        this.signingKeys = signingKeys;
        this.publicBaseUrl = publicBaseUrl;
        this.verifications = verifications;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.legitimacy = new LegitimacyCheck(regions::isWithin);
    }

    /**
     * The short institution code printed in certificate numbers ({@link CertificateNumber}: 2–12 upper-case
     * letters or digits): "I" and the institution id zero-padded to five digits, e.g. {@code I00002}. Stable
     * and unique without a new registry field; a registered code (e.g. HBJL) can replace it later.
     */
    public static String institutionCode(long institutionId) {
        return "I" + String.format("%05d", institutionId);
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public ResultPage<Verification> search(DataScope scope, String status, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return verifications.search(scope, status, ps[0], ps[1]);
    }

    /** {@link #search} with the names a list shows (instrument, owner, institution, region, certificate number). */
    @Transactional(readOnly = true)
    public ResultPage<VerificationSummary> list(DataScope scope, String status, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        ResultPage<Verifications.Listed> found = verifications.searchListed(scope, status, ps[0], ps[1]);
        return new ResultPage<>(found.items().stream().map(l -> new VerificationSummary(l.verification(), l.categoryNameZh(),
                l.categoryNameEn(), l.serialNumber(), l.ownerName() == null ? "" : l.ownerName(), l.institutionName(),
                regions.placeName(l.verification().regionCode()), l.documentNumber())).toList(),
                found.total(), found.page(), found.size());
    }

    @Transactional(readOnly = true)
    public Verification require(DataScope scope, long id) {
        return verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Certificate> certificateOf(DataScope scope, long verificationId) {
        return verifications.certificateOf(scope, verificationId);
    }

    /** Valid certificates (not notices) the scope may read, of the given institutions (empty: all): a spot check's population. */
    @Transactional(readOnly = true)
    public List<ValidCertificate> validCertificates(DataScope scope, java.util.Collection<Long> institutions) {
        return verifications.findValidCertificates(scope, institutions);
    }

    /**
     * The decision recomputed from the stored readings with the rule book revision that made it (a later load
     * of editions never changes it), for display; null before readings are recorded.
     */
    @Transactional(readOnly = true)
    public ConformityDecision decision(DataScope scope, long id) {
        Verification v = require(scope, id);
        if (v.readingsJson() == null || v.verificationDate() == null) {
            return null;
        }
        return decide(categoryOf(instrumentOf(v.instrumentId())), json.readValue(v.readingsJson(), Readings.class), v.verificationDate(),
                rules.at(v.ruleBookRevision()));
    }

    /**
     * What re-deciding a recorded verification would change: its decision with the editions it was made with
     * and with the editions in force now. {@code changes} is false when the book has not changed since.
     */
    public record Redecision(boolean mayRedecide, boolean changes, String editionsBefore, String editionsNow,
                             Boolean conformingBefore, Boolean conformingNow) {
    }

    /** Whether the rule book changed since the verification was decided, and how its decision would read now. */
    @Transactional(readOnly = true)
    public Redecision redecision(DataScope scope, long id) {
        Verification v = require(scope, id);
        RuleBookRevision now = rules.current();
        boolean recorded = v.status() == VerificationStatus.RECORDED && v.readingsJson() != null && v.verificationDate() != null;
        if (!recorded || rules.at(v.ruleBookRevision()).number() == now.number()) {
            return new Redecision(false, false, v.editions(), v.editions(), v.conforming(), v.conforming());
        }
        try {
            ConformityDecision d = decide(categoryOf(instrumentOf(v.instrumentId())), json.readValue(v.readingsJson(), Readings.class),
                    v.verificationDate(), now);
            String editions = now.labels(d.editionsUsed());
            return new Redecision(scope.isOfficer(), !editions.equals(v.editions()) || d.conforming() != Boolean.TRUE.equals(v.conforming()),
                    v.editions(), editions, v.conforming(), d.conforming());
        } catch (RuleViolation e) {
            return new Redecision(false, false, v.editions(), null, v.conforming(), null);
        }
    }

    /** What the legitimacy check would say if the recorded verification were issued with {@code conclusion} now. */
    @Transactional(readOnly = true)
    public Legitimacy check(DataScope scope, long id, Conclusion conclusion) {
        return legitimacy.check(draftOf(require(scope, id), conclusion));
    }

    /**
     * What a page shows about the instrument and institution of a verification the caller may read;
     * {@code family} is null for a category without a readings form.
     */
    public record Subject(String categoryName, String categoryNameEn, String serialNumber, String ownerName, String institutionName,
                          String categoryCode, Readings.Family family, String maker, String model, String accuracyClass,
                          String measuringRange) {
    }

    @Transactional(readOnly = true)
    public Subject subject(DataScope scope, long id) {
        Verification v = require(scope, id);
        Instrument i = instrumentOf(v.instrumentId());
        InstrumentCategory c = categoryOf(i);
        return new Subject(c.nameZh(), c.nameEn(), i.serialNumber(),
                parties.enterprise(system(), v.ownerEnterpriseId()).map(Enterprise::name).orElse(""),
                v.institutionId() == null ? "" : institution(v.institutionId()).name(), c.code(), Readings.Family.of(c.code()),
                i.maker(), i.model(), i.accuracyClass(), i.measuringRange());
    }

    /** Who signed a verification so far (ADR 0020): names and the days of the check and the approval; nulls where not yet. */
    public record SignatureNames(String verifier, String checker, LocalDate checkedOn, String approver, LocalDate approvedOn) {
    }

    @Transactional(readOnly = true)
    public SignatureNames signatureNames(DataScope scope, long id) {
        Verification v = require(scope, id);
        java.util.function.Function<Long, String> name = pid -> pid == null ? null : parties.requirePerson(system(), pid).name();
        return new SignatureNames(name.apply(v.verifierPersonId()), name.apply(v.checkerPersonId()),
                v.checkedAt() == null ? null : v.checkedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                name.apply(v.approverPersonId()), v.approvedAt() == null ? null : v.approvedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    /** The readings as last recorded, for correcting them; null before any. */
    @Transactional(readOnly = true)
    public Readings storedReadings(DataScope scope, long id) {
        Verification v = require(scope, id);
        return v.readingsJson() == null ? null : json.readValue(v.readingsJson(), Readings.class);
    }

    /** The verifiers the assigned institution's staff may name on the readings form: the institution's own people. */
    @Transactional(readOnly = true)
    public List<Person> verifiersFor(DataScope scope, long id) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        return parties.searchPeople(system(), null, null, v.institutionId(), 1, ResultPage.MAX_SIZE).items().stream()
                .filter(Person::active).toList();
    }

    /** The measurement standards the assigned institution's staff may name: the institution's own. */
    @Transactional(readOnly = true)
    public List<MeasurementStandard> standardsFor(DataScope scope, long id) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        return instruments.standards(system(), v.institutionId(), 1, ResultPage.MAX_SIZE).items();
    }

    /**
     * The decision metrology-core would make for these readings on {@code date}, without storing anything:
     * what the verifier sees before saving. Refused like {@link #record} when the readings cannot be decided.
     */
    @Transactional(readOnly = true)
    public ConformityDecision preview(DataScope scope, long id, LocalDate date, Readings readings) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        if (date == null) {
            throw new RuleViolation("verificationDate", "required", "检定日期必填", "the verification date is required");
        }
        if (readings == null) {
            throw new RuleViolation("readings", "required", "原始记录必填", "the readings are required");
        }
        return decide(categoryOf(instrumentOf(v.instrumentId())), readings, date, rules.current());
    }

    /** Instruments in use the caller may book a verification for (the owner its own, officers in their region). */
    @Transactional(readOnly = true)
    public ResultPage<Instrument> bookable(DataScope scope, String keyword, Integer page, Integer size) {
        if (!scope.isOfficer() && !(scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null)) {
            return new ResultPage<>(List.of(), 0, 1, 1);
        }
        return instruments.inUse(scope, keyword, page, size);
    }

    /** An instrument the caller may read, for the booking form. */
    @Transactional(readOnly = true)
    public Instrument instrument(DataScope scope, long instrumentId) {
        return instruments.requireInstrument(scope, instrumentId);
    }

    /** The catalogue of instrument categories (filters by category). */
    public List<InstrumentCategory> categories() {
        return instruments.catalogue();
    }

    /** The catalogue category of an instrument (names for display). */
    public java.util.Optional<InstrumentCategory> category(String code) {
        return instruments.category(code);
    }

    /** The institutions the caller may assign this verification to (authorised for its type and region today). */
    @Transactional(readOnly = true)
    public List<Institution> assignable(DataScope scope, long id) {
        Verification v = require(scope, id);
        InstrumentCategory category = categoryOf(instrumentOf(v.instrumentId()));
        LocalDate today = LocalDate.now(clock);
        return parties.institutionsInScope(system()).stream().filter(inst -> authorised(inst, category, v.regionCode(), today)).toList();
    }

    /** An active institution with an authorisation line for the category (by Chinese name) covering the region, valid on the day. */
    private boolean authorised(Institution inst, InstrumentCategory category, String regionCode, LocalDate day) {
        return inst.active() && inst.authorizations().stream().anyMatch(a -> a.instrumentType() != null
                && a.instrumentType().strip().equals(category.nameZh()) && regions.isWithin(regionCode, a.regionCode())
                && a.validFrom() != null && a.validUntil() != null && a.validOn(day));
    }

    // ---------------------------------------------------------------- commands

    /** Books a verification: the owner enterprise for its own instrument, or an officer for one in scope. */
    @Transactional
    public Verification book(DataScope scope, Long instrumentId) {
        if (!scope.isOfficer() && !(scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null)) {
            throw forbidden("只有监管部门工作人员或器具所有者企业可以预约检定", "only bureau officers or the owner enterprise may book a verification");
        }
        if (instrumentId == null) {
            throw new RuleViolation("instrumentId", "required", "计量器具必填", "the instrument is required");
        }
        Instrument i = instruments.requireInstrument(scope, instrumentId);
        long id = verifications.insert(i.id(), i.ownerEnterpriseId(), i.regionCode());
        Verification created = verifications.find(scope, id).orElseThrow();
        audit.record("verification.book", "verification", id, null, created);
        return created;
    }

    /**
     * Assigns the verification to an institution whose authorisation (计量授权, Metrology Law art. 20) covers
     * the instrument's category (by its Chinese name) in the instrument's region and is valid today.
     * Officers in scope or the owner enterprise choose the institution.
     */
    @Transactional
    public Verification assign(DataScope scope, long id, Long institutionId) {
        Verification v = require(scope, id);
        if (!scope.isOfficer() && !scope.isParty(DataScope.PartyKind.ENTERPRISE, v.ownerEnterpriseId())) {
            throw forbidden("只有监管部门工作人员或器具所有者企业可以指派检定机构", "only bureau officers or the owner may assign the institution");
        }
        requireStatus(v, v.status().mayAssign(), "assign");
        if (institutionId == null) {
            throw new RuleViolation("institutionId", "required", "检定机构必填", "the institution is required");
        }
        Institution inst = institution(institutionId);
        InstrumentCategory category = categoryOf(instrumentOf(v.instrumentId()));
        LocalDate today = LocalDate.now(clock);
        if (!authorised(inst, category, v.regionCode(), today)) {
            throw new RuleViolation("institutionId", "authorised",
                    "检定机构“" + inst.name() + "”无在 " + today + " 有效、覆盖“" + category.nameZh() + "”及行政区划 " + v.regionCode()
                            + " 的计量授权（计量法 第二十条）",
                    "institution '" + inst.name() + "' holds no authorisation valid on " + today + " for '" + category.nameZh()
                            + "' covering region " + v.regionCode() + " (Metrology Law art. 20)");
        }
        verifications.assign(id, institutionId);
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.assign", "verification", id, v, after);
        return after;
    }

    /** The readings form: verification date, verifier, standards, raw readings, fee. */
    public record Recording(LocalDate verificationDate, Long verifierId, List<Long> standardIds, Readings readings,
                            BigDecimal feeYuan, Boolean feeWaived) {
    }

    /**
     * Records the raw readings by staff of the assigned institution; the decision is computed here from the
     * readings (metrology-core), never typed in. The verifier and the standards must be the institution's own.
     */
    @Transactional
    public Verification record(DataScope scope, long id, Recording r) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        requireStatus(v, v.status().mayRecord(), "record");
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (r.verificationDate() == null) {
            errors.add(new FieldError("verificationDate", "required", "检定日期必填", "the verification date is required"));
        } else if (r.verificationDate().isAfter(today)) {
            errors.add(new FieldError("verificationDate", "not-future", "检定日期不能晚于今天", "the verification date cannot be in the future"));
        } else {
            FieldLimits.date("verificationDate", r.verificationDate()).ifPresent(errors::add);
        }
        if (r.verifierId() == null) {
            errors.add(new FieldError("verifierId", "required", "检定员必填", "the verifier is required"));
        } else {
            Person p = parties.searchPeople(system(), null, null, v.institutionId(), 1, ResultPage.MAX_SIZE).items().stream()
                    .filter(x -> x.id() == r.verifierId()).findFirst().orElse(null);
            if (p == null) {
                errors.add(new FieldError("verifierId", "of-institution", "检定员不属于本检定机构", "the verifier is not of this institution"));
            }
        }
        List<Long> standardIds = r.standardIds() == null ? List.of() : r.standardIds().stream().distinct().toList();
        for (int k = 0; k < standardIds.size(); k++) {
            Long sid = standardIds.get(k);
            boolean ours = sid != null && instruments.standards(system(), v.institutionId(), 1, ResultPage.MAX_SIZE).items().stream()
                    .anyMatch(s -> s.id() == sid);
            if (!ours) {
                errors.add(new FieldError("standardIds[" + k + "]", "of-institution", "计量标准不属于本检定机构",
                        "the measurement standard is not of this institution"));
            }
        }
        if (r.readings() == null) {
            errors.add(new FieldError("readings", "required", "原始记录必填", "the readings are required"));
        } else {
            errors.addAll(ReadingBounds.check(Readings.Family.of(categoryOf(instrumentOf(v.instrumentId())).code()), r.readings()));
        }
        if (r.feeYuan() != null && (r.feeYuan().signum() < 0 || r.feeYuan().scale() > 2)) {
            errors.add(new FieldError("feeYuan", "money", "检定费须为非负数且最多两位小数", "the fee must be non-negative with at most two decimals"));
        } else if (r.feeYuan() != null) {
            FieldLimits.decimal("feeYuan", r.feeYuan()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        InstrumentCategory category = categoryOf(instrumentOf(v.instrumentId()));
        RuleBookRevision book = rules.current();
        ConformityDecision d = decide(category, r.readings(), r.verificationDate(), book);
        boolean waived = Boolean.TRUE.equals(r.feeWaived());
        verifications.record(id, r.verificationDate(), r.verifierId(), standardIds, json.writeValueAsString(r.readings()),
                d.conforming(), d.anyUnverified(), book.labels(d.editionsUsed()), waived ? BigDecimal.ZERO.setScale(2) : r.feeYuan(), waived,
                book.number(), StandIns.keys(d));
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.record", "verification", id, v, after);
        return after;
    }

    /**
     * Re-decides a recorded verification with the editions in force now, after an edition was loaded or
     * corrected: an explicit, audited act of an officer in scope (the audit entry keeps the editions and the
     * decision before and after). Only before issue: an issued certificate or notice never changes — a
     * certificate issued on a decision later found wrong is revoked and the instrument verified again.
     */
    @Transactional
    public Verification redecide(DataScope scope, long id) {
        Verification v = require(scope, id);
        if (!scope.isOfficer()) {
            throw forbidden("只有监管部门工作人员可以重新判定", "only bureau officers may re-decide a verification");
        }
        if (v.status() != VerificationStatus.RECORDED || v.readingsJson() == null || v.verificationDate() == null) {
            throw new RuleViolation(409, List.of(new FieldError("status", "recorded",
                    "只能重新判定已记录、尚未出具证书的检定；已出具的证书和通知书不会改变（当前状态 " + v.status() + "）",
                    "only a verification recorded and not yet issued can be re-decided; issued certificates and notices never change"
                            + " (current status " + v.status() + ")")));
        }
        RuleBookRevision book = rules.current();
        if (rules.at(v.ruleBookRevision()).number() == book.number()) {
            throw new RuleViolation(409, List.of(new FieldError("ruleBookRevision", "current",
                    "该检定已按现行规则版本判定，无需重新判定", "the verification was decided with the editions in force: nothing to re-decide")));
        }
        ConformityDecision d = decide(categoryOf(instrumentOf(v.instrumentId())), json.readValue(v.readingsJson(), Readings.class),
                v.verificationDate(), book);
        verifications.redecide(id, d.conforming(), d.anyUnverified(), book.labels(d.editionsUsed()), book.number(), StandIns.keys(d));
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.redecide", "verification", id, decisionOf(v), decisionOf(after));
        return after;
    }

    /** What the audit keeps of a decision: editions, conclusion, revision of the rule book, stand-ins. */
    private static Map<String, Object> decisionOf(Verification v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("editions", v.editions());
        m.put("conforming", v.conforming());
        m.put("anyUnverified", v.anyUnverified());
        m.put("ruleBookRevision", v.ruleBookRevision());
        m.put("standInEditions", v.standInEditions());
        m.put("verificationDate", v.verificationDate());
        return m;
    }

    /**
     * The checker (核验员) signs the recorded readings and decision: a person of the assigned institution, not the
     * verifier, holding a qualification for the instrument type valid on the verification date (ADR 0020). Recorded
     * by the institution's account, audited.
     */
    @Transactional
    public Verification signCheck(DataScope scope, long id, Long checkerPersonId) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        requireStatus(v, v.status().mayCheck(), "check");
        Person checker = requireSigner(v, checkerPersonId, "checkerId", List.of(v.verifierPersonId()));
        verifications.check(id, checker.id(), java.time.OffsetDateTime.now(clock), scope.username());
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.check", "verification", id, v, after);
        return after;
    }

    /** The approver (批准人) signs after the checker: the same rules, a third person (ADR 0020). Audited. */
    @Transactional
    public Verification signApproval(DataScope scope, long id, Long approverPersonId) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        requireStatus(v, v.status().mayApprove(), "approve");
        Person approver = requireSigner(v, approverPersonId, "approverId", java.util.Arrays.asList(v.verifierPersonId(), v.checkerPersonId()));
        verifications.approve(id, approver.id(), java.time.OffsetDateTime.now(clock), scope.username());
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.approve", "verification", id, v, after);
        return after;
    }

    /** A signer: named, of the assigned institution, not one who signed before, qualified for the type on the day. */
    private Person requireSigner(Verification v, Long personId, String field, List<Long> signedBefore) {
        if (personId == null) {
            throw new RuleViolation(field, "required", "签署人必填", "the person signing is required");
        }
        Person p = parties.searchPeople(system(), null, null, v.institutionId(), 1, ResultPage.MAX_SIZE).items().stream()
                .filter(x -> x.id() == personId && x.active()).findFirst()
                .orElseThrow(() -> new RuleViolation(field, "of-institution", "签署人不属于本检定机构", "the person is not of this institution"));
        if (signedBefore.contains(p.id())) {
            throw new RuleViolation(field, "distinct", "检定员、核验员、批准人须为三个不同的人",
                    "the verifier, the checker and the approver must be three different people");
        }
        InstrumentCategory category = categoryOf(instrumentOf(v.instrumentId()));
        Legitimacy qualified = legitimacy.check(new CertificateDraft(null, null, List.of(), category.nameZh(), null, null, null,
                v.verificationDate(), null, null, new Signatures(null, new Signatures.Signer(p.id(), VerifierSnapshot.of(p)),
                new Signatures.Signer(p.id(), VerifierSnapshot.of(p)))));
        if (qualified.blocking().stream().anyMatch(d -> d.code() == org.metrolex.verification.domain.DefectCode.SIGNER_NOT_QUALIFIED)) {
            throw new RuleViolation(field, "qualified", p.name() + " 在检定日期 " + v.verificationDate() + " 无覆盖“" + category.nameZh()
                    + "”的有效资格证书", p.name() + " holds no qualification for '" + category.nameZh() + "' valid on the verification date "
                    + v.verificationDate());
        }
        return p;
    }

    /**
     * Issues the certificate (conforming) or notice of non-conformity. The draft is built from the stored
     * facts and run through the {@link LegitimacyCheck}; any blocking defect refuses the issue with every
     * defect listed. The number is {@link CertificateNumber} per institution and year; the next due date comes
     * from the catalogue by {@link DueDates} (the one rule used for due dates; valid until = due − 1 day as in
     * {@link org.metrolex.verification.domain.NextDue}).
     */
    @Transactional
    public Certificate issue(DataScope scope, long id, Conclusion conclusion) {
        Verification v = require(scope, id);
        requireInstitutionStaff(scope, v);
        requireStatus(v, v.status().mayIssue(), "issue");
        Legitimacy result = legitimacy.check(draftOf(v, conclusion));
        if (!result.issuable()) {
            throw new RuleViolation(400, result.blocking().stream().map(VerificationManagement::asError).toList());
        }
        LocalDate today = LocalDate.now(clock);
        long seq = verifications.nextCertificateSequence(v.institutionId(), today.getYear());
        String number = new CertificateNumber(institutionCode(v.institutionId()), today.getYear(), seq).format();
        CertificateKind kind = CertificateKind.of(conclusion);
        LocalDate nextDue = null;
        if (kind == CertificateKind.CERTIFICATE) {
            nextDue = DueDates.next(categoryOf(instrumentOf(v.instrumentId())), v.verificationDate()).date();
        }
        long certId = verifications.insertCertificate(id, number, v.institutionId(), kind,
                nextDue == null ? null : nextDue.minusDays(1), nextDue);
        verifications.setStatus(id, kind == CertificateKind.CERTIFICATE ? VerificationStatus.CERTIFIED : VerificationStatus.NON_CONFORMING);
        Certificate issued = verifications.findCertificate(system(), certId).orElseThrow();
        // Signed in the issuing transaction: a certificate never exists without its signed XML.
        byte[] xml = CertificateXml.canonical(document(verifications.find(system(), id).orElseThrow(), issued, true));
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, signingKeys.current());
        verifications.storeDocument(certId, new SignedDocument(number, new String(xml, StandardCharsets.UTF_8),
                signed.signatureBase64(), signed.algorithm().name(), signed.keyId(), signed.publicKeyBase64()));
        audit.record("certificate.issue", "certificate", certId, null, new IssuedAudit(issued, result.warnings()));
        events.publishEvent(new CertificateIssued(certId, number, kind, id, v.instrumentId(), v.institutionId(),
                v.ownerEnterpriseId(), v.regionCode(), today, nextDue));
        return issued;
    }

    /** What the audit trail keeps of an issue: the certificate and the warnings printed with it. */
    record IssuedAudit(Certificate certificate, List<Defect> warnings) {
    }

    /** Revokes a certificate with a reason: staff of the issuing institution or officers in scope. */
    @Transactional
    public Certificate revoke(DataScope scope, long certificateId, String reason) {
        Certificate c = verifications.findCertificate(scope, certificateId)
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", certificateId));
        if (!scope.isOfficer() && !scope.isParty(DataScope.PartyKind.INSTITUTION, c.institutionId())) {
            throw forbidden("只有发证机构或监管部门可以撤销证书", "only the issuing institution or bureau officers may revoke a certificate");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "required", "撤销原因必填", "the reason for revocation is required");
        }
        if (!c.valid()) {
            throw new RuleViolation(409, List.of(new FieldError("status", "valid", "证书已撤销", "the certificate is already revoked")));
        }
        verifications.revokeCertificate(certificateId, reason.strip());
        Certificate after = verifications.findCertificate(system(), certificateId).orElseThrow();
        audit.record("certificate.revoke", "certificate", certificateId, c, after);
        Verification v = verifications.find(system(), c.verificationId()).orElseThrow();
        events.publishEvent(new CertificateRevoked(certificateId, c.number(), v.id(), v.instrumentId(), c.institutionId(),
                v.ownerEnterpriseId(), v.regionCode(), LocalDate.now(clock)));
        return after;
    }

    // ---------------------------------------------------------------- documents

    /** A certificate the caller may read (issuing institution, owner enterprise, officers by region); 404 otherwise. */
    @Transactional(readOnly = true)
    public Certificate requireCertificate(DataScope scope, long certificateId) {
        return verifications.findCertificate(scope, certificateId)
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", certificateId));
    }

    /**
     * The certificate as PDF, rendered from the signed XML, so the PDF prints exactly what was signed: a later
     * change to the instrument, the owner, the verifier or the standards does not change it (ADR 0011).
     */
    @Transactional
    public byte[] pdf(DataScope scope, long certificateId) {
        return CertificatePdf.render(CertificateXml.parse(signedXml(scope, certificateId).xml()));
    }

    /**
     * The signed XML. A certificate issued one by one was signed in its issuing transaction. One written in
     * bulk (ingestion, ADR 0009; imported histories) is signed on its first request, from the verification
     * record as stored — readings, decision, verifier, standards, dates — and the document is kept from then
     * on, so every later request returns the same bytes and signature (ADR 0011).
     */
    @Transactional
    public SignedDocument signedXml(DataScope scope, long certificateId) {
        Certificate c = requireCertificate(scope, certificateId);
        return verifications.documentOf(scope, certificateId).orElseGet(() -> signNow(c));
    }

    private SignedDocument signNow(Certificate c) {
        byte[] xml = CertificateXml.canonical(document(verifications.find(system(), c.verificationId()).orElseThrow(), c, false));
        CertificateSignature.Signed signed = CertificateSignature.sign(xml, signingKeys.current());
        SignedDocument d = new SignedDocument(c.number(), new String(xml, StandardCharsets.UTF_8), signed.signatureBase64(),
                signed.algorithm().name(), signed.keyId(), signed.publicKeyBase64());
        if (!verifications.storeDocumentIfAbsent(c.id(), d)) {
            // signed by a concurrent request first: that document is the certificate's
            return verifications.documentOf(system(), c.id()).orElseThrow();
        }
        audit.record("verification.certificate.sign", "certificate", c.id(), null,
                Map.of("number", c.number(), "keyId", signed.keyId(), "reason", "first request of a certificate written in bulk"));
        return d;
    }

    /**
     * The public check by certificate number: status and public fields only. One statement (see
     * {@link Verifications#publicByNumber}), so no transaction is opened around it: autocommit saves the
     * BEGIN/COMMIT round trips on the busiest anonymous endpoint.
     */
    public PublicCertificate publicCheck(String number) {
        Verifications.PublicFacts c = verifications.publicByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> RuleViolation.notFound("证书/certificate", number));
        LocalDate today = LocalDate.now(clock);
        String status = !c.valid() ? "REVOKED" : c.kind() == CertificateKind.NON_CONFORMITY_NOTICE ? "NOT_CONFORMING"
                : c.validUntil() != null && today.isAfter(c.validUntil()) ? "EXPIRED" : "VALID";
        return new PublicCertificate(c.number(), status, c.kind().name(), c.categoryNameZh(), c.categoryNameEn(),
                c.ownerName() == null ? "" : c.ownerName(),
                c.issuedAt() == null ? null : c.issuedAt().toLocalDate(), c.validUntil(), c.nextDue(),
                c.valid() ? null : c.revokedReason());
    }

    /**
     * Checks a detached signature over certificate XML. Without a public key the key stored with the
     * certificate whose number the XML names is used; an unknown number or a malformed key is "not valid".
     */
    @Transactional(readOnly = true)
    public SignatureCheck verifySignature(String xml, String signature, String publicKey) {
        List<FieldError> errors = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            errors.add(new FieldError("xml", "required", "证书 XML 必填", "the certificate XML is required"));
        }
        if (signature == null || signature.isBlank()) {
            errors.add(new FieldError("signature", "required", "签名必填", "the signature is required"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        String number = numberIn(xml);
        String key = publicKey != null && !publicKey.isBlank() ? publicKey.strip()
                : number == null ? null : verifications.publicKeyOf(number).orElse(null);
        if (key == null) {
            return new SignatureCheck(false, null, number);
        }
        try {
            PublicKey pk = CertificateSignature.publicKey(key);
            return new SignatureCheck(CertificateSignature.verify(xml, signature, pk), SigningKey.keyId(pk), number);
        } catch (IllegalArgumentException e) {
            return new SignatureCheck(false, null, number);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("<number>([^<]*)</number>");

    /** The certificate number the XML names (the first {@code number} element, in {@code core}). */
    static String numberIn(String xml) {
        Matcher m = NUMBER.matcher(xml);
        return m.find() ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip() : null;
    }

    /** Everything the certificate prints, from the stored verification and certificate (never recomputed conclusions). */
    private CertificateDocument document(Verification v, Certificate c, boolean issuedHere) {
        Instrument i = instrumentOf(v.instrumentId());
        InstrumentCategory category = categoryOf(i);
        Institution inst = institution(c.institutionId());
        LocalDate onDay = v.verificationDate() == null ? c.issuedAt().toLocalDate() : v.verificationDate();
        String authorisationNo = inst.authorizations().stream()
                .filter(a -> a.instrumentType() != null && a.instrumentType().strip().equals(category.nameZh())
                        && a.certificateNo() != null && !a.certificateNo().isBlank())
                .sorted(java.util.Comparator.comparing((Authorization a) -> !(a.validFrom() != null && a.validUntil() != null
                        && a.validOn(onDay) && regions.isWithin(v.regionCode(), a.regionCode()))))
                .map(Authorization::certificateNo).findFirst().orElse("—");
        String verifier = v.verifierPersonId() == null ? "—" : parties.requirePerson(system(), v.verifierPersonId()).name();
        // Certificates written in bulk were checked and approved in the institution's own system (ADR 0020).
        String elsewhere = "发证机构系统内签署 / signed in the institution's system";
        boolean inPlatform = issuedHere || v.checkerPersonId() != null || v.approverPersonId() != null;
        String checker = v.checkerPersonId() != null ? parties.requirePerson(system(), v.checkerPersonId()).name() : inPlatform ? null : elsewhere;
        String approver = v.approverPersonId() != null ? parties.requirePerson(system(), v.approverPersonId()).name() : inPlatform ? null : elsewhere;
        List<CertificateDocument.Standard> standards = v.standardIds().stream().map(sid -> instruments.requireStandard(system(), sid))
                .map(s -> new CertificateDocument.Standard(s.name(), s.assessmentCertificateNo(), s.assessmentValidUntil())).toList();
        RuleBookRevision book = rules.at(v.ruleBookRevision());
        ConformityDecision d = v.readingsJson() == null || v.verificationDate() == null ? null
                : decide(category, json.readValue(v.readingsJson(), Readings.class), v.verificationDate(), book);
        List<CertificateDocument.Reading> readings = new ArrayList<>();
        List<CertificateDocument.RepeatabilityRow> repeatability = new ArrayList<>();
        List<CertificateDocument.RuleEdition> editions = new ArrayList<>();
        if (d != null) {
            for (var p : d.points()) {
                if (p.error() != null && p.mpe() != null) {
                    readings.add(new CertificateDocument.Reading(p.label(), p.nominal(), p.error(), p.mpe().upper(), p.mpe().unit(), p.pass()));
                }
            }
            for (var r : d.repeatability()) {
                if (r.value() != null && r.limit() != null) {
                    repeatability.add(new CertificateDocument.RepeatabilityRow(r.label(), r.value(), r.limit(), r.unit(), r.pass()));
                }
            }
            Set<String> seen = new java.util.HashSet<>();
            for (var e : d.editionsUsed()) {
                // A stand-in (docs/rules.md "Editions not obtained") is named on the certificate in plain words, both
                // languages; a loaded edition with its version, as the stored editions name it.
                int version = book.version(e);
                String title = e.isStandIn() ? e.citationZh() + " / " + e.citation()
                        : version == 0 ? e.clause() : (e.clause() == null ? "" : e.clause() + " ") + "v" + version;
                if (seen.add(e.regulation() + "|" + title + "|" + e.verified())) {
                    editions.add(new CertificateDocument.RuleEdition(e.regulation(), title, e.verified()));
                }
            }
        }
        boolean certificate = c.kind() == CertificateKind.CERTIFICATE;
        String conclusionZh = certificate ? "合格，准予使用" : "不合格，不准使用";
        String conclusionEn = certificate ? "Conforming; approved for use" : "Not conforming; not to be used";
        if (!certificate && d != null && !d.reasons().isEmpty()) {
            conclusionZh += "（" + d.reasons().stream().map(r -> r.zh()).collect(Collectors.joining("；")) + "）";
            conclusionEn += " (" + d.reasons().stream().map(r -> r.en()).collect(Collectors.joining("; ")) + ")";
        }
        return new CertificateDocument(c.number(),
                certificate ? CertificateDocument.Kind.VERIFICATION_CERTIFICATE : CertificateDocument.Kind.NOTICE_OF_NON_CONFORMITY,
                new CertificateDocument.Institution(inst.name(), authorisationNo),
                parties.enterprise(system(), v.ownerEnterpriseId()).map(Enterprise::name).orElse("—"),
                new CertificateDocument.Instrument(category.nameZh(), i.maker(), i.model(), i.serialNumber(), i.accuracyClass(),
                        i.measuringRange()),
                onDay, c.validUntil(), c.nextDue(), verifier, checker, approver, standards, readings, repeatability, conclusionZh, conclusionEn,
                editions, publicBaseUrl.certificateCheck(c.number()));
    }

    // ---------------------------------------------------------------- overdue

    /** Overdue instruments: officers by region, an enterprise its own; others none. */
    @Transactional(readOnly = true)
    public ResultPage<OverdueInstrument> overdue(DataScope scope, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return verifications.overdue(scope, LocalDate.now(clock), ps[0], ps[1]);
    }

    /**
     * Overdue instruments of one enterprise within the caller's scope, all of them by due date (the
     * supervision module's inspection form reads them for its target).
     */
    @Transactional(readOnly = true)
    public List<OverdueInstrument> overdueOfEnterprise(DataScope scope, long enterpriseId) {
        return verifications.overdueOfEnterprise(scope, LocalDate.now(clock), enterpriseId);
    }

    /**
     * The certificate audit ({@link CertificateAudits}, the rules of the legitimacy check on each certificate's
     * own verification date plus the number format) over the certificates and notices with these ids that the
     * officer's scope covers — one call for a supervision certificate spot check.
     */
    public AuditReport auditCertificates(DataScope scope, Collection<Long> certificateIds) {
        return certificateAudits.auditCertificates(scope, certificateIds);
    }

    /**
     * Records today's overdue notices (one per instrument and due date) and publishes {@link InstrumentOverdue} for
     * each new one; run daily by {@link OverdueJob}.
     */
    @Transactional
    public int recordOverdueNotices() {
        List<InstrumentOverdue> recorded = verifications.recordOverdueNotices(LocalDate.now(clock));
        recorded.forEach(events::publishEvent);
        int added = recorded.size();
        if (added > 0) {
            audit.record("overdue.notice", "overdue-notice", LocalDate.now(clock).toString(), null, java.util.Map.of("added", added));
        }
        return added;
    }

    // ---------------------------------------------------------------- helpers

    private CertificateDraft draftOf(Verification v, Conclusion conclusion) {
        Instrument i = instrumentOf(v.instrumentId());
        InstrumentCategory category = categoryOf(i);
        InstitutionSnapshot inst = v.institutionId() == null ? null
                : InstitutionSnapshot.of(institutionCode(v.institutionId()), institution(v.institutionId()));
        VerifierSnapshot verifier = v.verifierPersonId() == null ? null
                : VerifierSnapshot.of(parties.requirePerson(system(), v.verifierPersonId()));
        List<StandardUsed> used = v.standardIds().stream().map(sid -> standardUsed(instruments.requireStandard(system(), sid))).toList();
        ConformityDecision decision = v.readingsJson() == null || v.verificationDate() == null ? null
                : decide(category, json.readValue(v.readingsJson(), Readings.class), v.verificationDate(), rules.at(v.ruleBookRevision()));
        String owner = parties.enterprise(system(), v.ownerEnterpriseId()).map(Enterprise::name).orElse(null);
        return new CertificateDraft(inst, verifier, used, category.nameZh(), v.regionCode(), i.serialNumber(), owner,
                v.verificationDate(), decision, conclusion, new Signatures(v.verifierPersonId(), signer(v.checkerPersonId()),
                signer(v.approverPersonId())));
    }

    private Signatures.Signer signer(Long personId) {
        return personId == null ? null : new Signatures.Signer(personId, VerifierSnapshot.of(parties.requirePerson(system(), personId)));
    }

    /**
     * The registry keeps only the date the assessment certificate runs to; its start is not recorded, so it
     * is taken as open-ended in the past. {@code calibrationDue} is read as the due date (first day it may not be
     * used), the convention of {@link StandardUsed}.
     */
    private static StandardUsed standardUsed(MeasurementStandard s) {
        return new StandardUsed(s.name(), s.assessmentCertificateNo(), s.assessmentValidUntil() == null ? null : LocalDate.of(2000, 1, 1),
                s.assessmentValidUntil(), s.calibrationDue());
    }

    private static FieldError asError(Defect d) {
        return new FieldError(d.field(), d.code().name(), d.messageZh(), d.messageEn());
    }

    /**
     * The readings of the family the instrument's category belongs to ({@link Readings.Family#of}), decided by
     * metrology-core; incomplete or ill-fitting readings are refused naming the field, in Chinese and English.
     */
    private static ConformityDecision decide(InstrumentCategory category, Readings r, LocalDate date, RuleBookRevision book) {
        try {
            return r.decide(category.code(), date, book.conformity());
        } catch (IllegalArgumentException | NullPointerException | org.metrolex.metrology.mpe.NotObtainedException e) {
            String m = e.getMessage() == null ? "incomplete readings / 原始记录不完整" : e.getMessage();
            throw new RuleViolation("readings", "conformity", "原始记录无法判定：" + m, "the readings cannot be decided: " + m);
        }
    }

    private Instrument instrumentOf(long id) {
        return instruments.requireInstrument(system(), id);
    }

    private InstrumentCategory categoryOf(Instrument i) {
        return instruments.category(i.categoryCode()).orElseThrow();
    }

    private Institution institution(long id) {
        return parties.institutionsInScope(system()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new RuleViolation("institutionId", "exists", "检定机构不存在", "the institution does not exist"));
    }

    /** Province-wide read scope for facts a verification depends on (see the class comment). */
    private DataScope system() {
        return DataScope.system("verification");
    }

    private static void requireInstitutionStaff(DataScope scope, Verification v) {
        if (v.institutionId() == null || !scope.isParty(DataScope.PartyKind.INSTITUTION, v.institutionId())) {
            throw forbidden("只有受指派的检定机构可以记录和出具检定结果", "only the assigned institution may record and issue");
        }
    }

    private static void requireStatus(Verification v, boolean allowed, String action) {
        if (!allowed) {
            throw new RuleViolation(409, List.of(new FieldError("status", "transition",
                    "当前状态 " + v.status() + " 不允许此操作：" + action, "the current status " + v.status() + " does not allow: " + action)));
        }
    }

    private static RuleViolation forbidden(String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError("role", "permitted", zh, en)));
    }
}
