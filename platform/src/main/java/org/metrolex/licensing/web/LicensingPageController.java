package org.metrolex.licensing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.licensing.ApplicationView;
import org.metrolex.licensing.AnsweringDocumentRequest;
import org.metrolex.licensing.ApplyingForLicence;
import org.metrolex.licensing.CheckingCommitments;
import org.metrolex.licensing.DecidingApplication;
import org.metrolex.licensing.LicensingQueries;
import org.metrolex.licensing.RevisingProcedure;
import org.metrolex.licensing.UploadingDocument;
import org.metrolex.licensing.StaffAction;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.platform.text.Labels;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Confirmation;
import org.metrolex.platform.web.Confirmation.Fact;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Licensing pages: list, apply, one application with its timeline and actions, overdue, statistics, procedures, public register. */
@PageController
class LicensingPageController {

    private final LicensingQueries queries;
    private final RevisingProcedure revising;
    private final ApplyingForLicence applying;
    private final UploadingDocument uploading;
    private final AnsweringDocumentRequest answering;
    private final DecidingApplication deciding;
    private final CheckingCommitments checking;
    private final InstrumentManagement instruments;
    private final RegionCatalogue regions;
    private final CurrentUser currentUser;
    private final Labels labels;

    LicensingPageController(LicensingQueries queries, RevisingProcedure revising, ApplyingForLicence applying, UploadingDocument uploading, AnsweringDocumentRequest answering, DecidingApplication deciding, CheckingCommitments checking, InstrumentManagement instruments, RegionCatalogue regions,
                            CurrentUser currentUser, Labels labels) {
        this.labels = labels;
        this.queries = queries;
        this.revising = revising;
        this.applying = applying;
        this.uploading = uploading;
        this.answering = answering;
        this.deciding = deciding;
        this.checking = checking;
        this.instruments = instruments;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/licensing")
    @PreAuthorize(LicensingApiController.LOGGED_IN)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) Integer page, Model model) {
        DataScope scope = currentUser.scope();
        ApplicationStatus s = parse(ApplicationStatus.class, status);
        LicenceType t = parse(LicenceType.class, type);
        model.addAttribute("result", queries.search(scope, s, t, page, 20));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("mayApply", scope.role() == Role.INSTITUTION_STAFF || scope.role() == Role.ENTERPRISE_USER);
        model.addAttribute("officer", scope.isOfficer());
        model.addAttribute("overdueChecks", scope.isOfficer()
                ? queries.commitmentChecks(scope, false).stream().filter(c -> c.overdueSince() != null).count() : 0L);
        return "licensing/applications";
    }

    @GetMapping("/licensing/apply")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String applyForm(@RequestParam(required = false) String procedure, Model model) {
        return applyForm(model, Forms.entered(model, DossierDraft.class, () -> new DossierDraft(procedure, "", "", "", "", null, false)));
    }

    @PostMapping("/licensing/apply")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String apply(@RequestParam(required = false) String procedureCode, @RequestParam(required = false) String subject,
                 @RequestParam(required = false) String instrumentType, @RequestParam(required = false) String coveredRegionCode,
                 @RequestParam(required = false) String model, @RequestParam(required = false) Long standardId,
                 @RequestParam(required = false) boolean byCommitment, RedirectAttributes redirect) {
        DossierDraft draft = new DossierDraft(procedureCode, subject, instrumentType, coveredRegionCode, model, standardId, byCommitment);
        try {
            ApplicationView v = applying.apply(currentUser.scope(), draft);
            return Forms.done(redirect, "/licensing/applications/" + v.dossier().id(), "common.saved");
        } catch (RuleViolation e) {
            return Forms.back(redirect, "/licensing/apply", e, draft);
        }
    }

    private String applyForm(Model model, DossierDraft draft) {
        DataScope scope = currentUser.scope();
        LicenceType.ApplicantKind kind = scope.role() == Role.ENTERPRISE_USER ? LicenceType.ApplicantKind.ENTERPRISE
                : LicenceType.ApplicantKind.INSTITUTION;
        model.addAttribute("procedures", queries.procedures().stream()
                .filter(p -> p.procedure().licenceType().applicantKind() == kind).toList());
        model.addAttribute("draft", draft);
        model.addAttribute("categories", instruments.catalogue().stream().map(c -> c.nameZh()).toList());
        model.addAttribute("regions", regions.all().stream().filter(r -> r.code().startsWith("13")).toList());
        model.addAttribute("standards", kind == LicenceType.ApplicantKind.INSTITUTION
                ? instruments.standards(scope, scope.partyId(), 1, 100).items() : List.of());
        return "licensing/apply";
    }

    @GetMapping("/licensing/applications/{id:\\d+}")
    @PreAuthorize(LicensingApiController.LOGGED_IN)
    @SuppressWarnings("unchecked")
    String detail(@PathVariable long id, Model model) {
        ApplicationView v = queries.view(currentUser.scope(), id);
        model.addAttribute("v", v);
        model.addAttribute("entered", Forms.entered(model, Map.class, Map::of));
        model.addAttribute("regionName", regions.fullName(v.dossier().regionCode()));
        model.addAttribute("coveredName", v.dossier().coveredRegionCode() == null ? "" : regions.fullName(v.dossier().coveredRegionCode()));
        model.addAttribute("maxUpload", queries.maxUploadBytes());
        return "licensing/application";
    }

    @PostMapping("/licensing/applications/{id:\\d+}/documents")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String upload(@PathVariable long id, @RequestParam(required = false) String requirement,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        String url = "/licensing/applications/" + id;
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolation("file", "required", "请选择要上传的文件", "choose a file to upload");
            }
            uploading.upload(currentUser.scope(), id, requirement, file.getOriginalFilename(), file.getBytes());
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation e) {
            return Forms.back(redirect, url, "upload", e, null);
        }
    }

    @PostMapping("/licensing/applications/{id:\\d+}/answer")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String answer(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        String url = "/licensing/applications/" + id;
        try {
            answering.answer(currentUser.scope(), id, version);
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation e) {
            return Forms.back(redirect, url, "answer", e, null);
        }
    }

    /**
     * The confirmation of a decision that closes the application (grant, refuse, not accept, revoke): what
     * it does, to whom, and — for a grant with required documents missing — the reason to grant anyway,
     * which is audited. Any other action (or none) leads back to the application.
     */
    @GetMapping("/licensing/applications/{id:\\d+}/action")
    @PreAuthorize(LicensingApiController.DECIDER)
    String confirmAction(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        String url = "/licensing/applications/" + id;
        StaffAction.Kind k;
        try {
            k = parse(StaffAction.Kind.class, params.get("kind"));
        } catch (RuleViolation e) {
            k = null;
        }
        if (k == null || !StaffAction.of(k).irreversible()) {
            return "redirect:" + url;
        }
        ApplicationView v = queries.view(currentUser.scope(), id);
        var d = v.dossier();
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        List<Fact> facts = new ArrayList<>(List.of(new Fact("licensing.applicant", d.applicantName()),
                new Fact("licensing.subject", d.subject()), new Fact("licensing.reference", d.referenceNo())));
        String reason = params.getOrDefault("reason", "");
        if (!reason.isBlank()) {
            facts.add(new Fact("licensing.reason", reason));
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String f : List.of("kind", "reason", "items", "lateReason", "version")) {
            if (params.get(f) != null) {
                fields.put(f, params.get(f));
            }
        }
        boolean missing = k == StaffAction.Kind.GRANT && !v.missingDocuments().isEmpty();
        if (missing) {
            facts.add(new Fact("licensing.stillMissing", String.join(english ? ", " : "、",
                    v.missingDocuments().stream().map(r -> english ? r.nameEn() : r.nameZh()).toList())));
        }
        Confirmation confirm = Confirmation.of("licensing.confirm.title", missing ? "licensing.confirm.GRANT.missing" : "licensing.confirm." + k.name(),
                List.of(d.applicantName()), facts, url + "/action", fields, "licensing.action." + k.name(), url);
        model.addAttribute("confirm", missing ? confirm.askingReason("licensing.override.reason", "documentsOverride") : confirm);
        return "common/confirm";
    }

    @PostMapping("/licensing/applications/{id:\\d+}/action")
    @PreAuthorize(LicensingApiController.DECIDER)
    String act(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String items, @RequestParam(required = false) String lateReason,
               @RequestParam(required = false) Integer version, @RequestParam(required = false) String documentsOverride,
               @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        String url = "/licensing/applications/" + id;
        Map<String, String> entered = new java.util.HashMap<>();
        entered.put("kind", kind == null ? "" : kind);
        entered.put("reason", reason == null ? "" : reason);
        entered.put("items", items == null ? "" : items);
        entered.put("lateReason", lateReason == null ? "" : lateReason);
        try {
            StaffAction.Kind k = parse(StaffAction.Kind.class, kind);
            List<String> lines = items == null ? List.of() : Arrays.stream(items.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            StaffAction action = new StaffAction(k, reason, lines, lateReason, documentsOverride);
            if (k != null && action.irreversible() && !Confirmation.confirmed(confirm)) {
                entered.forEach(redirect::addAttribute);
                if (version != null) {
                    redirect.addAttribute("version", version);
                }
                return "redirect:" + url + "/action";
            }
            deciding.act(currentUser.scope(), id, action, version);
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation e) {
            if (e.errors().stream().anyMatch(x -> x.field().equals("documentsOverride"))) {
                // refused on the confirmation page itself: back there, with what was entered
                entered.forEach(redirect::addAttribute);
                if (version != null) {
                    redirect.addAttribute("version", version);
                }
                return Forms.back(redirect, url + "/action", null, e, null);
            }
            return Forms.back(redirect, url, "action", e, entered);
        }
    }

    @GetMapping("/licensing/overdue")
    @PreAuthorize(LicensingApiController.OFFICER)
    String overdue(Model model) {
        model.addAttribute("rows", queries.overdue(currentUser.scope()));
        return "licensing/overdue";
    }

    @GetMapping("/licensing/commitment-checks")
    @PreAuthorize(LicensingApiController.OFFICER)
    String commitmentChecks(@RequestParam(required = false) boolean done, Model model) {
        DataScope scope = currentUser.scope();
        model.addAttribute("rows", queries.commitmentChecks(scope, done));
        model.addAttribute("done", done);
        model.addAttribute("today", queries.todayForPages());
        model.addAttribute("decider", scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER);
        return "licensing/commitmentChecks";
    }

    @PostMapping("/licensing/commitment-checks/{id:\\d+}")
    @PreAuthorize(LicensingApiController.DECIDER)
    String commitmentCheck(@PathVariable long id, @RequestParam(required = false) String result,
                           @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            if (!"PASSED".equals(result) && !"FAILED".equals(result)) {
                throw new RuleViolation("result", "one-of", "请选择核查结论：通过或不通过", "choose the result: passed or failed");
            }
            checking.recordCommitmentCheck(currentUser.scope(), id, "PASSED".equals(result), reason);
            return Forms.done(redirect, "/licensing/commitment-checks", "common.saved");
        } catch (RuleViolation e) {
            return Forms.back(redirect, "/licensing/commitment-checks", "check-" + id, e, null);
        }
    }

    @GetMapping("/licensing/statistics")
    @PreAuthorize(LicensingApiController.OFFICER)
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", queries.statistics(currentUser.scope(), from, to));
        model.addAttribute("steps", List.of(StepKind.values()));
        return "licensing/statistics";
    }

    @GetMapping("/licensing/procedures")
    @PreAuthorize(LicensingApiController.LOGGED_IN)
    String procedures(Model model) {
        model.addAttribute("procedures", queries.procedures());
        model.addAttribute("admin", currentUser.scope().role() == Role.PROVINCE_ADMIN);
        return "licensing/procedures";
    }

    @PostMapping("/licensing/procedures/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String revise(@PathVariable String code, @RequestParam(required = false) Integer totalLimitDays,
                  @RequestParam(required = false) Integer warnDays, @RequestParam Map<String, String> all,
                  @RequestParam(required = false) String documents, @RequestParam(required = false) boolean byCommitmentAllowed,
                  RedirectAttributes redirect) {
        try {
            Map<StepKind, Integer> limits = new EnumMap<>(StepKind.class);
            for (StepKind k : StepKind.values()) {
                String v = all.get("step." + k.name());
                if (v != null && !v.isBlank()) {
                    limits.put(k, parseInt("step." + k.name(), k, v));
                }
            }
            List<RequiredDocument> docs = null;
            if (documents != null && !documents.isBlank()) {
                docs = new ArrayList<>();
                for (String line : documents.split("\\R")) {
                    String[] f = line.split("\\|");
                    if (line.isBlank()) {
                        continue;
                    }
                    docs.add(new RequiredDocument(f[0].strip(), f.length > 1 ? f[1].strip() : "", f.length > 2 ? f[2].strip() : ""));
                }
            }
            revising.reviseProcedure(currentUser.scope(), code,
                    new RevisingProcedure.ProcedureRevision(totalLimitDays, warnDays, limits, docs, byCommitmentAllowed, null, null));
            return Forms.done(redirect, "/licensing/procedures", "common.saved");
        } catch (RuleViolation e) {
            return Forms.back(redirect, "/licensing/procedures", code, e, null);
        }
    }

    @GetMapping("/public/licences")
    @PreAuthorize("permitAll()")
    String publicLicences(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                          @RequestParam(required = false) Integer page, Model model) {
        LicenceType t = parse(LicenceType.class, type);
        model.addAttribute("result", queries.publicLicences(q, t, page, 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", t == null ? "" : t.name());
        return "licensing/publicLicences";
    }

    private int parseInt(String field, StepKind step, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "integer", "“" + labels.zh(step) + "”的时限须为整数（工作日），“" + v + "”不是整数",
                    "the limit of step \"" + labels.en(step) + "\" must be a whole number of working days; \"" + v + "\" is not");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(type.getSimpleName(), "one-of", "取值无效：" + v, "not a valid value: " + v);
        }
    }
}
