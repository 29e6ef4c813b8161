package org.metrolex.licensing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.EventKind;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.licensing.domain.PublicLicence;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepClock;
import org.metrolex.licensing.domain.StepDefinition;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.Timeline;
import org.metrolex.licensing.domain.UploadCheck;
import org.metrolex.licensing.persistence.LicenceApplications;
import org.metrolex.licensing.persistence.LicenceDocuments;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.licensing.persistence.Licences;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.region.RegionCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensing module's API: procedures (versioned configuration), applications with their documents,
 * staff actions on the state machine of {@link LicenceApplication}, licences with write-through to the
 * registries, the overdue list, statistics and the public register. Reads take a {@link DataScope}; every
 * change is audited in its transaction.
 */
@Service
public class LicensingManagement {

    private final LicenceProcedures procedures;
    private final LicenceApplications applications;
    private final LicenceDocuments documents;
    private final Licences licences;
    private final CalendarManagement calendar;
    private final PartyManagement parties;
    private final InstrumentManagement instruments;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final DocumentScanner scanner;
    private final Clock clock;
    private final long maxUploadBytes;
    private final ClockFactory clocks;
    private final ApplicationEventPublisher events;

    LicensingManagement(LicenceProcedures procedures, LicenceApplications applications, LicenceDocuments documents,
                        Licences licences, CalendarManagement calendar, PartyManagement parties, InstrumentManagement instruments,
                        RegionCatalogue regions, AuditTrail audit, DocumentScanner scanner, Clock clock,
                        ApplicationEventPublisher events,
                        @Value("${app.licensing.max-upload-bytes:10485760}") long maxUploadBytes) {
        this.events = events;
        this.procedures = procedures;
        this.applications = applications;
        this.documents = documents;
        this.licences = licences;
        this.calendar = calendar;
        this.parties = parties;
        this.instruments = instruments;
        this.regions = regions;
        this.audit = audit;
        this.scanner = scanner;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.clocks = calendar::newClock;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today by the injected clock, for pages that mark what is overdue. */
    public LocalDate todayForPages() {
        return today();
    }

    // ---------------------------------------------------------------- procedures

    @Transactional
    public int seedProcedures(List<Procedure> shipped) {
        int stored = 0;
        for (Procedure p : shipped) {
            if (procedures.history(p.code()).isEmpty()) {
                long id = procedures.store(p.withVersion(1), "system");
                audit.record("licence-procedure.seed", "licence-procedure", id, null, p);
                stored++;
            }
        }
        return stored;
    }

    @Transactional(readOnly = true)
    public List<StoredProcedure> procedures() {
        return procedures.currentVersions();
    }

    @Transactional(readOnly = true)
    public List<StoredProcedure> procedureHistory(String code) {
        return procedures.history(code);
    }

    /** What an administrator may change without a code change; null fields stay as they are. */
    public record ProcedureRevision(Integer totalLimitDays, Integer warnDays, Map<StepKind, Integer> stepLimits,
                                    List<RequiredDocument> documents, Boolean byCommitmentAllowed, Integer commitmentCheckDays,
                                    Integer validityYears) {
    }

    /** Stores a new version of a procedure; applications already made keep theirs. Province administrators only. */
    @Transactional
    public StoredProcedure reviseProcedure(DataScope scope, String code, ProcedureRevision r) {
        if (scope.role() != Role.PROVINCE_ADMIN) {
            throw forbidden("只有省局管理员可以修改许可程序", "only the provincial administrator may change procedures");
        }
        StoredProcedure current = procedures.currentVersion(code).orElseThrow(() -> RuleViolation.notFound("许可程序/procedure", code));
        Procedure p = current.procedure();
        List<StepDefinition> steps = p.steps().stream().map(s -> r.stepLimits() != null && r.stepLimits().get(s.kind()) != null
                ? new StepDefinition(s.kind(), Math.max(1, r.stepLimits().get(s.kind())), s.clockExcluded()) : s).toList();
        int version = procedures.history(code).stream().mapToInt(s -> s.procedure().version()).max().orElse(0) + 1;
        Procedure next = new Procedure(p.code(), version, p.licenceType(), p.nameZh(), p.nameEn(),
                nz(r.totalLimitDays(), p.totalLimitDays()), nz(r.warnDays(), p.warnDays()), steps,
                r.documents() == null ? p.documents() : r.documents(),
                r.byCommitmentAllowed() == null ? p.byCommitmentAllowed() : r.byCommitmentAllowed(),
                nz(r.commitmentCheckDays(), p.commitmentCheckDays()), nz(r.validityYears(), p.validityYears()), p.numberPrefix(),
                "修订自第 " + p.version() + " 版 / revised from version " + p.version() + "; " + p.source());
        List<FieldError> problems = next.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(400, problems);
        }
        long id = procedures.store(next, scope.username());
        audit.record("licence-procedure.revise", "licence-procedure", id, p, next);
        return procedures.versionById(id).orElseThrow();
    }

    // ---------------------------------------------------------------- applications: reads

    @Transactional(readOnly = true)
    public ResultPage<Dossier> search(DataScope scope, ApplicationStatus status, LicenceType type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return applications.search(scope, status, type, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public ApplicationView view(DataScope scope, long id) {
        Dossier d = requireDossier(scope, id);
        StoredProcedure sp = procedures.versionById(d.procedureId()).orElseThrow();
        LicenceApplication app = replay(d, sp);
        Timeline timeline = app.timeline(clocks, today());
        List<LicenceDocument> docs = documents.findByApplication(scope, id);
        List<RequiredDocument> missing = missingDocuments(scope, d, sp);
        Licence licence = licences.findByApplication(scope, id).orElse(null);
        boolean applicant = isApplicant(scope, d);
        return new ApplicationView(d, sp, app, timeline, docs, missing, licence,
                decides(scope, d) ? staffActions(app) : List.of(),
                applicant && !app.status().closed(),
                applicant && app.status() == ApplicationStatus.AWAITING_DOCUMENTS);
    }

    @Transactional(readOnly = true)
    public byte[] documentContent(DataScope scope, long applicationId, long documentId) {
        return documents.findContent(scope, applicationId, documentId)
                .orElseThrow(() -> RuleViolation.notFound("申请材料/document", documentId));
    }

    @Transactional(readOnly = true)
    public Optional<LicenceDocument> document(DataScope scope, long applicationId, long documentId) {
        return documents.findByApplication(scope, applicationId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    // ---------------------------------------------------------------- applications: applicant commands

    /** An enterprise (type approval) or an institution (authorisation, standard approval) applies online. */
    @Transactional
    public ApplicationView apply(DataScope scope, DossierDraft draft) {
        return apply(scope, draft, today());
    }

    @Transactional
    ApplicationView apply(DataScope scope, DossierDraft draft, LocalDate on) {
        StoredProcedure sp = procedures.currentVersion(draft.procedureCode()).orElse(null);
        LicenceType type = sp == null ? null : sp.procedure().licenceType();
        List<FieldError> errors = new ArrayList<>(draft.problems(type));
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        LicenceType.ApplicantKind kind = type.applicantKind();
        boolean isKind = scope.partyId() != null && (kind == LicenceType.ApplicantKind.ENTERPRISE
                ? scope.role() == Role.ENTERPRISE_USER : scope.role() == Role.INSTITUTION_STAFF);
        if (!isKind) {
            throw forbidden("“" + type.zh() + "”只能由" + (kind == LicenceType.ApplicantKind.ENTERPRISE ? "企业" : "检定机构") + "申请",
                    type.en() + " is applied for by " + (kind == LicenceType.ApplicantKind.ENTERPRISE ? "an enterprise" : "an institution"));
        }
        String name;
        String region;
        if (kind == LicenceType.ApplicantKind.ENTERPRISE) {
            Enterprise e = parties.requireEnterprise(scope, scope.partyId());
            name = e.name();
            region = e.regionCode();
        } else {
            Institution i = parties.requireInstitution(scope, scope.partyId());
            name = i.name();
            region = i.regionCode();
        }
        String subject = draft.subject();
        switch (type) {
            case INSTITUTION_AUTHORIZATION -> {
                if (!regions.exists(draft.coveredRegionCode())) {
                    throw new RuleViolation("coveredRegionCode", "gbt2260", "授权区域不是有效的行政区划代码", "the region covered is not a known region code");
                }
                if (instruments.catalogue().stream().noneMatch(c -> c.nameZh().equals(draft.instrumentType()))) {
                    throw new RuleViolation("instrumentType", "catalogue", "器具类别须为强制检定目录中的名称：" + draft.instrumentType(),
                            "the instrument type must be a name of the mandatory-verification catalogue: " + draft.instrumentType());
                }
                if (subject.isEmpty()) {
                    subject = draft.instrumentType() + "（" + regions.fullName(draft.coveredRegionCode()) + "）";
                }
            }
            case STANDARD_APPROVAL -> {
                MeasurementStandard s = instruments.requireStandard(scope, draft.standardId());
                if (s.institutionId() != scope.partyId()) {
                    throw new RuleViolation("standardId", "own", "只能为本机构的计量标准申请核准", "only the institution's own standards may be submitted");
                }
                if (subject.isEmpty()) {
                    subject = s.name();
                }
            }
            case TYPE_APPROVAL -> {
                if (subject.isEmpty()) {
                    subject = draft.instrumentType() + " " + draft.model();
                }
            }
        }
        LicenceApplication app = LicenceApplication.submit(sp.procedure(), draft.byCommitment(), on, scope.username());
        long id = applications.insert(new LicenceApplications.NewDossier(sp.id(), type, kind, scope.partyId(), name, region, subject,
                draft.instrumentType(), draft.coveredRegionCode(), draft.model(), draft.standardId(), draft.byCommitment(), on));
        applications.append(id, 1, app.last(), app.status());
        Dossier created = requireDossier(scope, id);
        audit.record("licence-application.submit", "licence-application", id, null, created);
        return view(scope, id);
    }

    /** Uploads one document; its type is judged by content, its size bounded, and the scan hook run. */
    @Transactional
    public LicenceDocument upload(DataScope scope, long id, String requirement, String fileName, byte[] content) {
        // the name comes from the client's Content-Disposition: a NUL or a 300-character name is refused here, for
        // every way a file arrives, before it reaches the scanner, the database or a download header
        FieldLimits.text("fileName", fileName).ifPresent(e -> {
            throw new RuleViolation(400, List.of(e));
        });
        Dossier d = requireDossier(scope, id);
        if (!isApplicant(scope, d)) {
            throw forbidden("只有申请人可以上传申请材料", "only the applicant may upload documents");
        }
        StoredProcedure sp = procedures.versionById(d.procedureId()).orElseThrow();
        if (replay(d, sp).status().closed()) {
            throw new RuleViolation(409, List.of(new FieldError("status", "open", "申请已办结，不能再上传材料",
                    "the application is closed; no more documents can be uploaded")));
        }
        String req = requirement == null ? "" : requirement.strip();
        if (!req.equals("supplement") && sp.procedure().documents().stream().noneMatch(r -> r.code().equals(req))) {
            throw new RuleViolation("requirement", "listed", "材料类别须为本程序所列材料之一或“补正材料”",
                    "the document kind must be one the procedure lists, or a supplement");
        }
        String type = UploadCheck.check(content, maxUploadBytes);
        DocumentScanner.Result scan = scanner.scan(fileName, content);
        if (scan.status() == LicenceDocument.ScanStatus.INFECTED) {
            throw new RuleViolation("file", "virus-free", "病毒扫描未通过：" + scan.note(), "the virus scan refused the file: " + scan.note());
        }
        // the name is shown on pages and sent back in Content-Disposition: its base name in safe characters only
        String name = org.metrolex.platform.web.FileNames.safe(fileName, "document");
        long docId = documents.insert(id, req, name, type, content, sha256(content), scan.status(), scan.note(), scope.username());
        LicenceDocument stored = documents.findByApplication(scope, id).stream().filter(x -> x.id() == docId).findFirst().orElseThrow();
        audit.record("licence-application.upload", "licence-application", id, null, stored);
        return stored;
    }

    /** The applicant answers a one-time request for missing documents: the clock resumes. */
    @Transactional
    public ApplicationView answer(DataScope scope, long id) {
        return answer(scope, id, (Integer) null);
    }

    /**
     * As {@link #answer(DataScope, long)}; {@code expectedVersion} (the version the page or client showed, null:
     * the one read now) makes a concurrent change answer HTTP 409 "changed by someone else, reload".
     */
    @Transactional
    public ApplicationView answer(DataScope scope, long id, Integer expectedVersion) {
        return answer(scope, id, today(), false, expectedVersion);
    }

    @Transactional
    ApplicationView answer(DataScope scope, long id, LocalDate on) {
        return answer(scope, id, on, false, null);
    }

    /** {@code demo}: the demo loader answers on the applicant's behalf with a back-dated answer. */
    @Transactional
    ApplicationView answer(DataScope scope, long id, LocalDate on, boolean demo) {
        return answer(scope, id, on, demo, null);
    }

    private ApplicationView answer(DataScope scope, long id, LocalDate on, boolean demo, Integer expectedVersion) {
        Dossier d = requireDossier(scope, id);
        if (!demo && !isApplicant(scope, d)) {
            throw forbidden("只有申请人可以提交补正材料", "only the applicant may answer the request");
        }
        applications.claim(id, expectedVersion == null ? d.version() : expectedVersion);
        StoredProcedure sp = procedures.versionById(d.procedureId()).orElseThrow();
        LicenceApplication app = replay(d, sp);
        if (app.status() == ApplicationStatus.AWAITING_DOCUMENTS && !demo) {
            List<String> unanswered = unansweredItems(sp.procedure(), app.last(), documents.findByApplication(scope, id));
            if (!unanswered.isEmpty()) {
                throw new RuleViolation("file", "one-per-item",
                        "一次性告知所列材料须逐项上传后再提交，尚缺：" + String.join("、", unanswered),
                        "upload one document for every item the request listed before answering; still missing: "
                                + String.join(", ", unanswered));
            }
        }
        ApplicationEvent e = app.supplyDocuments(on, scope.username());
        return persist(scope, d, app, e, null);
    }

    /**
     * The items of a one-time request (一次性告知, 《行政许可法》第三十二条) not yet answered by an upload made on or
     * after the request day: an item naming one of the procedure's documents (by code, Chinese or English name)
     * needs an upload of that document kind; every other item needs its own upload marked as a supplement.
     */
    static List<String> unansweredItems(Procedure p, ApplicationEvent request, List<LicenceDocument> docs) {
        LocalDate requested = request.on();
        List<LicenceDocument> since = docs.stream()
                .filter(doc -> !doc.uploadedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate().isBefore(requested))
                .toList();
        List<String> missing = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (String item : request.items()) {
            Optional<RequiredDocument> kind = p.documents().stream()
                    .filter(r -> r.code().equals(item) || r.nameZh().equals(item) || r.nameEn().equalsIgnoreCase(item)).findFirst();
            if (kind.isEmpty()) {
                free.add(item);
            } else if (since.stream().noneMatch(doc -> doc.requirement().equals(kind.get().code()))) {
                missing.add(item);
            }
        }
        long supplements = since.stream().filter(doc -> doc.requirement().equals("supplement")).count();
        for (int i = (int) Math.min(supplements, free.size()); i < free.size(); i++) {
            missing.add(free.get(i));
        }
        return missing;
    }

    // ---------------------------------------------------------------- staff commands

    /** A deciding officer's action: the provincial bureau or a city bureau for applicants in its region. */
    @Transactional
    public ApplicationView act(DataScope scope, long id, StaffAction action) {
        return act(scope, id, action, today(), null);
    }

    /**
     * As {@link #act(DataScope, long, StaffAction)}; {@code expectedVersion} (the version the page or client
     * showed, null: the one read now) makes a concurrent change answer HTTP 409 "changed by someone else, reload".
     */
    @Transactional
    public ApplicationView act(DataScope scope, long id, StaffAction action, Integer expectedVersion) {
        return act(scope, id, action, today(), expectedVersion);
    }

    @Transactional
    ApplicationView act(DataScope scope, long id, StaffAction action, LocalDate on) {
        return act(scope, id, action, on, null);
    }

    private ApplicationView act(DataScope scope, long id, StaffAction action, LocalDate on, Integer expectedVersion) {
        if (action == null || action.kind() == null) {
            throw new RuleViolation("kind", "required", "操作必填", "the action is required");
        }
        Dossier d = requireDossier(scope, id);
        if (!decides(scope, d)) {
            throw forbidden("只有省局或申请人所在地的市局可以办理许可", "only the provincial bureau or the applicant's city bureau may handle licences");
        }
        applications.claim(id, expectedVersion == null ? d.version() : expectedVersion);
        StoredProcedure sp = procedures.versionById(d.procedureId()).orElseThrow();
        LicenceApplication app = replay(d, sp);
        String actor = scope.username();
        boolean checkPending = app.commitmentCheckPending();
        List<RequiredDocument> missing = action.kind() == StaffAction.Kind.GRANT ? missingDocuments(scope, d, sp) : List.of();
        boolean overridden = !missing.isEmpty() && action.documentsOverride() != null && !action.documentsOverride().isBlank();
        if (!missing.isEmpty() && !overridden) {
            String names = String.join("、", missing.stream().map(RequiredDocument::nameZh).toList());
            String namesEn = String.join(", ", missing.stream().map(RequiredDocument::nameEn).toList());
            throw new RuleViolation(409, List.of(new FieldError("documentsOverride", "documentsComplete",
                    "尚有必需材料未上传：" + names + "。材料齐全后才能准予许可；确需先行准予的，须写明理由（记入审计日志）",
                    "required documents are not uploaded: " + namesEn
                            + ". A licence is granted when the dossier is complete; to grant anyway, give the reason (it is audited)")));
        }
        ApplicationEvent e = switch (action.kind()) {
            case ACCEPT -> app.accept(on, actor, action.lateReason(), clocks);
            case NOT_ACCEPT -> app.notAccept(on, actor, action.reason(), action.lateReason(), clocks);
            case REQUEST_DOCUMENTS -> app.requestDocuments(on, actor, action.items());
            case SUSPEND -> app.suspend(on, actor, action.reason());
            case RESUME -> app.resume(on, actor);
            case COMPLETE_REVIEW -> app.completeReview(on, actor, action.lateReason(), clocks);
            case COMPLETE_ASSESSMENT -> app.completeAssessment(on, actor, action.lateReason(), clocks);
            case GRANT -> app.grant(on, actor, action.reason(), action.lateReason(), clocks);
            case REFUSE -> app.refuse(on, actor, action.reason(), action.lateReason(), clocks);
            case ISSUE -> app.issue(on, actor, action.lateReason(), clocks);
            case GRANT_BY_COMMITMENT -> app.grantByCommitment(on, actor);
            case CONFIRM_COMMITMENT -> app.confirmCommitment(on, actor);
            case REVOKE -> app.revoke(on, actor, action.reason());
        };
        Licence licence = null;
        if (e.kind() == EventKind.GRANTED || e.kind() == EventKind.GRANTED_BY_COMMITMENT) {
            licence = grantLicence(scope, d, sp.procedure(), on, e.kind() == EventKind.GRANTED_BY_COMMITMENT);
        } else if (e.kind() == EventKind.COMMITMENT_CONFIRMED) {
            licences.findByApplication(scope, id).ifPresent(l -> licences.commitmentChecked(l.id(), "PASSED", on, actor,
                    action.reason()));
        } else if (e.kind() == EventKind.REVOKED) {
            Licence l = licences.findByApplication(scope, id).orElseThrow();
            licences.revoke(l.id(), e.reason());
            if (checkPending) {
                // A revocation while the check after approval by commitment is open is that check failing.
                licences.commitmentChecked(l.id(), "FAILED", on, actor, e.reason());
            }
            withdraw(scope, d, l, on);
            licence = licences.findByApplication(scope, id).orElseThrow();
        }
        if (overridden) {
            audit.record("licence-application.grant-with-missing-documents", "licence-application", d.id(),
                    Map.of("missingDocuments", missing.stream().map(RequiredDocument::code).toList()),
                    Map.of("reason", action.documentsOverride().strip(), "actor", actor));
        }
        ApplicationView view = persist(scope, d, app, e, licence);
        publish(d, e, licence, on);
        return view;
    }

    /** The decisions other modules may care about, published in the deciding transaction. */
    private void publish(Dossier d, ApplicationEvent e, Licence licence, LocalDate on) {
        switch (e.kind()) {
            case GRANTED, GRANTED_BY_COMMITMENT -> events.publishEvent(new LicenceGranted(licence.id(), d.id(), licence.number(),
                    d.licenceType(), d.applicantKind(), d.applicantId(), d.regionCode(), on, licence.validUntil(),
                    licence.byCommitment()));
            case REFUSED -> events.publishEvent(new LicenceRefused(d.id(), d.referenceNo(), d.licenceType(), d.applicantKind(),
                    d.applicantId(), d.regionCode(), on));
            case REVOKED -> events.publishEvent(new LicenceRevoked(licence.id(), d.id(), licence.number(), d.licenceType(),
                    d.applicantKind(), d.applicantId(), d.regionCode(), on));
            default -> { }
        }
    }

    /** The procedure's required documents of which no upload of that kind exists. */
    private List<RequiredDocument> missingDocuments(DataScope scope, Dossier d, StoredProcedure sp) {
        List<LicenceDocument> docs = documents.findByApplication(scope, d.id());
        return sp.procedure().documents().stream()
                .filter(req -> docs.stream().noneMatch(doc -> doc.requirement().equals(req.code()))).toList();
    }

    private ApplicationView persist(DataScope scope, Dossier d, LicenceApplication app, ApplicationEvent e, Licence licence) {
        applications.append(d.id(), app.events().size(), e, app.status());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", app.status().name());
        after.put("event", e);
        if (licence != null) {
            after.put("licence", licence);
        }
        audit.record("licence-application." + e.kind().name().toLowerCase().replace('_', '-'), "licence-application", d.id(),
                Map.of("status", d.status().name()), after);
        return view(scope, d.id());
    }

    /** Number, validity, the licence row, and the write-through to the registry the licence changes. */
    private Licence grantLicence(DataScope scope, Dossier d, Procedure p, LocalDate on, boolean byCommitment) {
        int serial = licences.nextSerial(p.numberPrefix(), on.getYear());
        String number = p.numberPrefix() + "(" + on.getYear() + ")" + String.format("%05d", serial) + "号";
        LocalDate until = p.validityYears() == 0 ? null : on.plusYears(p.validityYears()).minusDays(1);
        LocalDate checkDue = byCommitment ? calendar.addWorkingDays(on, p.commitmentCheckDays()).date() : null;
        long id = licences.insert(new Licence(0, d.id(), number, d.licenceType(), d.applicantKind(), d.applicantId(),
                d.applicantName(), d.regionCode(), d.subject(), on, until, byCommitment, checkDue, true, null, scope.username()));
        switch (d.licenceType()) {
            // 计量法 第二十条: the authorisation sets or extends the institution's scope, which the verification
            // assignment and legitimacy checks read.
            case INSTITUTION_AUTHORIZATION -> parties.addAuthorization(scope, d.applicantId(), number, d.instrumentType(),
                    d.coveredRegionCode(), on, until == null ? on.plusYears(5).minusDays(1) : until);
            // 《计量标准考核办法》: the approval is the standard's assessment certificate.
            case STANDARD_APPROVAL -> instruments.recordAssessmentCertificate(scope, d.standardId(), number,
                    until == null ? on.plusYears(4).minusDays(1) : until);
            case TYPE_APPROVAL -> { }
        }
        return licences.findByApplication(scope, d.id()).filter(l -> l.id() == id).orElseThrow();
    }

    /** A revoked licence stops counting in the registries from the revocation day. */
    private void withdraw(DataScope scope, Dossier d, Licence l, LocalDate on) {
        switch (d.licenceType()) {
            case INSTITUTION_AUTHORIZATION -> parties.withdrawAuthorization(scope, d.applicantId(), l.number(), on.minusDays(1));
            case STANDARD_APPROVAL -> instruments.recordAssessmentCertificate(scope, d.standardId(), l.number(), on.minusDays(1));
            case TYPE_APPROVAL -> { }
        }
    }

    // ---------------------------------------------------------------- supervision

    /** Open applications that are overdue or within the warning margin, overdue first. Officers only. */
    @Transactional(readOnly = true)
    public List<OverdueApplication> overdue(DataScope scope) {
        if (!scope.isOfficer()) {
            return List.of();
        }
        List<Dossier> open = applications.findOpen(scope);
        Map<Long, List<ApplicationEvent>> histories = applications.historiesOf(open.stream().map(Dossier::id).toList());
        Map<Long, StoredProcedure> cache = new LinkedHashMap<>();
        List<OverdueApplication> out = new ArrayList<>();
        LocalDate today = today();
        for (Dossier d : open) {
            StoredProcedure sp = cache.computeIfAbsent(d.procedureId(), pid -> procedures.versionById(pid).orElseThrow());
            LicenceApplication app = LicenceApplication.replay(sp.procedure(), d.byCommitment(), histories.get(d.id()));
            Timeline t = app.timeline(clocks, today);
            if (!t.overdue() && !t.warning()) {
                continue;
            }
            StepClock current = t.steps().get(t.steps().size() - 1);
            var st = t.overall() != null && (t.overall().overdue() || !current.status().overdue()) ? t.overall() : current.status();
            String step = t.overall() == st ? "OVERALL" : current.step().kind().name();
            out.add(new OverdueApplication(d, step, st.daysUsed(), st.daysLeft(), st.deadline(), t.overdue(), st.provisional()));
        }
        out.sort(Comparator.comparing((OverdueApplication o) -> !o.overdue()).thenComparing(OverdueApplication::deadline));
        return out;
    }

    /**
     * Accepted, completed, on time, average working days per step and per procedure, by procedure and by
     * city, for the period. Applications submitted up to a year before {@code from} are considered.
     */
    @Transactional(readOnly = true)
    public LicensingStatistics statistics(DataScope scope, LocalDate from, LocalDate to) {
        if (!scope.isOfficer()) {
            throw forbidden("只有监管部门可以查看许可统计", "only bureau officers may see licensing statistics");
        }
        LocalDate f = from == null ? LocalDate.of(today().getYear(), 1, 1) : from;
        LocalDate t = to == null ? today() : to;
        List<Dossier> all = applications.findSubmittedSince(scope, f.minusYears(1));
        Map<Long, List<ApplicationEvent>> histories = applications.historiesOf(all.stream().map(Dossier::id).toList());
        Map<Long, StoredProcedure> cache = new LinkedHashMap<>();
        Map<String, Acc> byProcedure = new LinkedHashMap<>();
        procedures.currentVersions().forEach(sp -> byProcedure.put(sp.procedure().code(),
                new Acc(sp.procedure().code(), sp.procedure().nameZh(), sp.procedure().nameEn())));
        Map<String, Acc> byRegion = new java.util.TreeMap<>();
        for (Dossier d : all) {
            StoredProcedure sp = cache.computeIfAbsent(d.procedureId(), pid -> procedures.versionById(pid).orElseThrow());
            LicenceApplication app = LicenceApplication.replay(sp.procedure(), d.byCommitment(), histories.get(d.id()));
            String city = cityOf(d.regionCode());
            Acc region = byRegion.computeIfAbsent(city, c -> new Acc(c, regions.name(c), c));
            Acc proc = byProcedure.computeIfAbsent(sp.procedure().code(), c -> new Acc(c, sp.procedure().nameZh(), sp.procedure().nameEn()));
            for (Acc acc : List.of(proc, region)) {
                acc.add(app, f, t, clocks);
            }
        }
        Function<Acc, LicensingStatistics.Row> row = Acc::row;
        return new LicensingStatistics(f, t, byProcedure.values().stream().map(row).toList(),
                byRegion.values().stream().map(row).toList());
    }

    private String cityOf(String code) {
        // Cities are xxxx00; counties and districts belong to the city of their first four digits, except the
        // counties the province administers directly (辛集 130181, 定州 130682: RULES.md §8), counted alone.
        if (code == null || code.length() != 6 || code.endsWith("0000") || code.equals("130181") || code.equals("130682")) {
            return code;
        }
        return code.substring(0, 4) + "00";
    }

    private static final class Acc {
        final String key;
        final String zh;
        final String en;
        long accepted;
        long completed;
        long onTime;
        long daysSum;
        final Map<String, long[]> steps = new LinkedHashMap<>();

        Acc(String key, String zh, String en) {
            this.key = key;
            this.zh = zh;
            this.en = en;
        }

        void add(LicenceApplication app, LocalDate from, LocalDate to, ClockFactory clocks) {
            app.acceptedOn().filter(a -> !a.isBefore(from) && !a.isAfter(to)).ifPresent(a -> accepted++);
            LocalDate done = app.completedOn();
            Timeline tl = null;
            if (done != null && !done.isBefore(from) && !done.isAfter(to)) {
                completed++;
                if (app.completedOnTime(clocks).orElse(false)) {
                    onTime++;
                }
                tl = app.timeline(clocks, to);
                daysSum += tl.overall() == null ? 0 : tl.overall().daysUsed();
            }
            if (app.events().isEmpty()) {
                return;
            }
            if (tl == null) {
                tl = app.timeline(clocks, to.isBefore(app.last().on()) ? app.last().on() : to);
            }
            for (StepClock s : tl.steps()) {
                if (s.ended() != null && !s.ended().isBefore(from) && !s.ended().isAfter(to)) {
                    long[] v = steps.computeIfAbsent(s.step().kind().name(), k -> new long[2]);
                    v[0] += s.status().daysUsed();
                    v[1]++;
                }
            }
        }

        LicensingStatistics.Row row() {
            Map<String, BigDecimal> avg = new LinkedHashMap<>();
            for (StepKind k : StepKind.values()) {
                long[] v = steps.get(k.name());
                if (v != null && v[1] > 0) {
                    avg.put(k.name(), average(v[0], v[1]));
                }
            }
            return new LicensingStatistics.Row(key, zh, en, accepted, completed, onTime,
                    completed == 0 ? null : average(daysSum, completed), avg);
        }

        /** GB/T 8170: one decimal, round half to even. */
        private static BigDecimal average(long sum, long n) {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN);
        }
    }

    // ---------------------------------------------------------------- licences

    /** The public register of licence decisions: public fields only, for anyone. */
    @Transactional(readOnly = true)
    public ResultPage<PublicLicence> publicLicences(String keyword, LicenceType type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return licences.publicRegister(keyword, type, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public byte[] licencePdf(DataScope scope, long applicationId) {
        ApplicationView v = view(scope, applicationId);
        if (v.licence() == null) {
            throw RuleViolation.notFound("许可证书/licence of application", applicationId);
        }
        return org.metrolex.licensing.document.LicencePdf.render(v.licence(), v.procedure().procedure(),
                regions.fullName(v.licence().regionCode()),
                v.dossier().coveredRegionCode() == null ? "" : regions.fullName(v.dossier().coveredRegionCode()));
    }

    @Transactional(readOnly = true)
    public List<Licence> commitmentChecksDue(DataScope scope, LocalDate by) {
        return licences.findCommitmentChecksDue(scope, by == null ? today() : by);
    }

    // ---------------------------------------------------------------- approval by commitment: the later check

    /**
     * The checks after approval by commitment (告知承诺) in the officer's regions: open ones (due, overdue,
     * upcoming), earliest due first, or with {@code includeDone} also the passed and failed ones. Officers only.
     */
    @Transactional(readOnly = true)
    public List<CommitmentCheck> commitmentChecks(DataScope scope, boolean includeDone) {
        if (!scope.isOfficer()) {
            throw forbidden("只有监管部门可以查看告知承诺核查", "only bureau officers may see commitment checks");
        }
        return licences.findCommitmentChecks(scope, includeDone);
    }

    /**
     * Records the result of the check after approval by commitment. Passed: the check is closed (the licence
     * stays). Failed: the reason is required and the licence is revoked (《行政许可法》第六十九条; 告知承诺 不实的
     * 撤销), which ends the write-through to the party or instrument registry. Deciding officers only; audited
     * through the application's event.
     */
    @Transactional
    public ApplicationView recordCommitmentCheck(DataScope scope, long applicationId, boolean passed, String reason) {
        return recordCommitmentCheck(scope, applicationId, passed, reason, today());
    }

    @Transactional
    ApplicationView recordCommitmentCheck(DataScope scope, long applicationId, boolean passed, String reason, LocalDate on) {
        Dossier d = requireDossier(scope, applicationId);
        StoredProcedure sp = procedures.versionById(d.procedureId()).orElseThrow();
        if (decides(scope, d) && !replay(d, sp).commitmentCheckPending()) {
            throw new RuleViolation(409, List.of(new FieldError("status", "commitment-check-open",
                    "该申请没有待核查的告知承诺：" + d.referenceNo(), "there is no open commitment check for " + d.referenceNo())));
        }
        String r = reason == null ? "" : reason.strip();
        if (passed) {
            return act(scope, applicationId, new StaffAction(StaffAction.Kind.CONFIRM_COMMITMENT, r, List.of(), ""), on);
        }
        if (r.isEmpty()) {
            throw new RuleViolation("reason", "required", "核查不通过须写明理由", "a failed check needs a reason");
        }
        return act(scope, applicationId, new StaffAction(StaffAction.Kind.REVOKE, "告知承诺核查不通过 / commitment check failed: " + r,
                List.of(), ""), on);
    }

    /**
     * The daily job: flags every open check of a valid licence past its due date (once), as the in-app notice
     * shown on the checks list and the applications list; each flag is audited. Returns how many were flagged.
     */
    @Transactional
    public int flagOverdueCommitmentChecks() {
        LocalDate today = today();
        List<Long> flagged = licences.flagOverdueCommitmentChecks(today);
        for (Long id : flagged) {
            audit.record("licence.commitment-check-overdue", "licence", id, null, Map.of("overdueSince", today.toString()));
        }
        return flagged.size();
    }

    // ---------------------------------------------------------------- internals

    private Dossier requireDossier(DataScope scope, long id) {
        return applications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("许可申请/licence application", id));
    }

    private LicenceApplication replay(Dossier d, StoredProcedure sp) {
        return LicenceApplication.replay(sp.procedure(), d.byCommitment(), applications.historiesOf(List.of(d.id())).get(d.id()));
    }

    private static boolean isApplicant(DataScope scope, Dossier d) {
        return scope.isParty(d.applicantKind() == LicenceType.ApplicantKind.ENTERPRISE
                ? DataScope.PartyKind.ENTERPRISE : DataScope.PartyKind.INSTITUTION, d.applicantId());
    }

    /** The provincial bureau, or a city bureau for applicants in its region (the licensing authority in the seed). */
    private static boolean decides(DataScope scope, Dossier d) {
        return (scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER) && scope.coversRegion(d.regionCode());
    }

    private static List<StaffAction.Kind> staffActions(LicenceApplication app) {
        return switch (app.status()) {
            case SUBMITTED -> app.byCommitment()
                    ? List.of(StaffAction.Kind.GRANT_BY_COMMITMENT, StaffAction.Kind.REQUEST_DOCUMENTS, StaffAction.Kind.NOT_ACCEPT)
                    : List.of(StaffAction.Kind.ACCEPT, StaffAction.Kind.REQUEST_DOCUMENTS, StaffAction.Kind.NOT_ACCEPT);
            case UNDER_REVIEW -> List.of(StaffAction.Kind.COMPLETE_REVIEW, StaffAction.Kind.REQUEST_DOCUMENTS, StaffAction.Kind.SUSPEND);
            case IN_ASSESSMENT -> List.of(StaffAction.Kind.COMPLETE_ASSESSMENT, StaffAction.Kind.SUSPEND);
            case SUSPENDED -> List.of(StaffAction.Kind.RESUME);
            case AWAITING_DECISION -> List.of(StaffAction.Kind.GRANT, StaffAction.Kind.REFUSE, StaffAction.Kind.SUSPEND);
            case GRANTED -> List.of(StaffAction.Kind.ISSUE);
            case ISSUED -> app.commitmentCheckPending()
                    ? List.of(StaffAction.Kind.CONFIRM_COMMITMENT, StaffAction.Kind.REVOKE) : List.of(StaffAction.Kind.REVOKE);
            default -> List.of();
        };
    }

    private static RuleViolation forbidden(String zh, String en) {
        return new RuleViolation(403, List.of(new FieldError("role", "allowed", zh, en)));
    }

    private static int nz(Integer v, int dflt) {
        return v == null ? dflt : v;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
