package org.metrolex.licensing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.identity.Role;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.licensing.ApplicationView;
import org.metrolex.licensing.LicensingManagement;
import org.metrolex.licensing.StaffAction;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
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

    private final LicensingManagement licensing;
    private final InstrumentManagement instruments;
    private final RegionCatalogue regions;
    private final CurrentUser currentUser;

    LicensingPageController(LicensingManagement licensing, InstrumentManagement instruments, RegionCatalogue regions,
                            CurrentUser currentUser) {
        this.licensing = licensing;
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
        model.addAttribute("result", licensing.search(scope, s, t, page, 20));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("mayApply", scope.role() == Role.INSTITUTION_STAFF || scope.role() == Role.ENTERPRISE_USER);
        model.addAttribute("officer", scope.isOfficer());
        model.addAttribute("overdueChecks", scope.isOfficer()
                ? licensing.commitmentChecks(scope, false).stream().filter(c -> c.overdueSince() != null).count() : 0L);
        return "licensing/applications";
    }

    @GetMapping("/licensing/apply")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String applyForm(@RequestParam(required = false) String procedure, Model model) {
        return applyForm(model, new DossierDraft(procedure, "", "", "", "", null, false), List.of());
    }

    @PostMapping("/licensing/apply")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String apply(@RequestParam(required = false) String procedureCode, @RequestParam(required = false) String subject,
                 @RequestParam(required = false) String instrumentType, @RequestParam(required = false) String coveredRegionCode,
                 @RequestParam(required = false) String model, @RequestParam(required = false) Long standardId,
                 @RequestParam(required = false) boolean byCommitment, Model m, RedirectAttributes redirect) {
        DossierDraft draft = new DossierDraft(procedureCode, subject, instrumentType, coveredRegionCode, model, standardId, byCommitment);
        try {
            ApplicationView v = licensing.apply(currentUser.scope(), draft);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/applications/" + v.dossier().id();
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return applyForm(m, draft, e.errors());
        }
    }

    private String applyForm(Model model, DossierDraft draft, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        LicenceType.ApplicantKind kind = scope.role() == Role.ENTERPRISE_USER ? LicenceType.ApplicantKind.ENTERPRISE
                : LicenceType.ApplicantKind.INSTITUTION;
        model.addAttribute("procedures", licensing.procedures().stream()
                .filter(p -> p.procedure().licenceType().applicantKind() == kind).toList());
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", instruments.catalogue().stream().map(c -> c.nameZh()).toList());
        model.addAttribute("regions", regions.all().stream().filter(r -> r.code().startsWith("13")).toList());
        model.addAttribute("standards", kind == LicenceType.ApplicantKind.INSTITUTION
                ? instruments.standards(scope, scope.partyId(), 1, 100).items() : List.of());
        return "licensing/apply";
    }

    @GetMapping("/licensing/applications/{id:\\d+}")
    @PreAuthorize(LicensingApiController.LOGGED_IN)
    String detail(@PathVariable long id, Model model) {
        return detail(id, model, List.of());
    }

    @PostMapping("/licensing/applications/{id:\\d+}/documents")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String upload(@PathVariable long id, @RequestParam(required = false) String requirement,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null) {
                throw new RuleViolation("file", "required", "请选择要上传的文件", "choose a file to upload");
            }
            licensing.upload(currentUser.scope(), id, requirement, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/applications/" + id;
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return detail(id, model, e.errors());
        }
    }

    @PostMapping("/licensing/applications/{id:\\d+}/answer")
    @PreAuthorize(LicensingApiController.APPLICANT)
    String answer(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        try {
            licensing.answer(currentUser.scope(), id, version);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/applications/" + id;
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return detail(id, model, e.errors());
        }
    }

    @PostMapping("/licensing/applications/{id:\\d+}/action")
    @PreAuthorize(LicensingApiController.DECIDER)
    String act(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String items, @RequestParam(required = false) String lateReason,
               @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        try {
            StaffAction.Kind k = parse(StaffAction.Kind.class, kind);
            List<String> lines = items == null ? List.of() : Arrays.stream(items.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            licensing.act(currentUser.scope(), id, new StaffAction(k, reason, lines, lateReason), version);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/applications/" + id;
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return detail(id, model, e.errors());
        }
    }

    private String detail(long id, Model model, List<FieldError> errors) {
        ApplicationView v = licensing.view(currentUser.scope(), id);
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        model.addAttribute("regionName", regions.fullName(v.dossier().regionCode()));
        model.addAttribute("coveredName", v.dossier().coveredRegionCode() == null ? "" : regions.fullName(v.dossier().coveredRegionCode()));
        model.addAttribute("maxUpload", licensing.maxUploadBytes());
        return "licensing/application";
    }

    @GetMapping("/licensing/overdue")
    @PreAuthorize(LicensingApiController.OFFICER)
    String overdue(Model model) {
        model.addAttribute("rows", licensing.overdue(currentUser.scope()));
        return "licensing/overdue";
    }

    @GetMapping("/licensing/commitment-checks")
    @PreAuthorize(LicensingApiController.OFFICER)
    String commitmentChecks(@RequestParam(required = false) boolean done, Model model) {
        return commitmentChecks(done, model, List.of());
    }

    private String commitmentChecks(boolean done, Model model, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        model.addAttribute("rows", licensing.commitmentChecks(scope, done));
        model.addAttribute("done", done);
        model.addAttribute("today", licensing.todayForPages());
        model.addAttribute("decider", scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER);
        model.addAttribute("errors", errors);
        return "licensing/commitmentChecks";
    }

    @PostMapping("/licensing/commitment-checks/{id:\\d+}")
    @PreAuthorize(LicensingApiController.DECIDER)
    String commitmentCheck(@PathVariable long id, @RequestParam(required = false) String result,
                           @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            if (!"PASSED".equals(result) && !"FAILED".equals(result)) {
                throw new RuleViolation("result", "one-of", "请选择核查结论：通过或不通过", "choose the result: passed or failed");
            }
            licensing.recordCommitmentCheck(currentUser.scope(), id, "PASSED".equals(result), reason);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/commitment-checks";
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return commitmentChecks(false, model, e.errors());
        }
    }

    @GetMapping("/licensing/statistics")
    @PreAuthorize(LicensingApiController.OFFICER)
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", licensing.statistics(currentUser.scope(), from, to));
        model.addAttribute("steps", List.of(StepKind.values()));
        return "licensing/statistics";
    }

    @GetMapping("/licensing/procedures")
    @PreAuthorize(LicensingApiController.LOGGED_IN)
    String procedures(Model model) {
        return procedures(model, List.of());
    }

    private String procedures(Model model, List<FieldError> errors) {
        model.addAttribute("procedures", licensing.procedures());
        model.addAttribute("admin", currentUser.scope().role() == Role.PROVINCE_ADMIN);
        model.addAttribute("errors", errors);
        return "licensing/procedures";
    }

    @PostMapping("/licensing/procedures/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String revise(@PathVariable String code, @RequestParam(required = false) Integer totalLimitDays,
                  @RequestParam(required = false) Integer warnDays, @RequestParam Map<String, String> all,
                  @RequestParam(required = false) String documents, @RequestParam(required = false) boolean byCommitmentAllowed,
                  Model model, RedirectAttributes redirect) {
        try {
            Map<StepKind, Integer> limits = new EnumMap<>(StepKind.class);
            for (StepKind k : StepKind.values()) {
                String v = all.get("step." + k.name());
                if (v != null && !v.isBlank()) {
                    limits.put(k, parseInt("step." + k.name(), v));
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
            licensing.reviseProcedure(currentUser.scope(), code,
                    new LicensingManagement.ProcedureRevision(totalLimitDays, warnDays, limits, docs, byCommitmentAllowed, null, null));
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/licensing/procedures";
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return procedures(model, e.errors());
        }
    }

    @GetMapping("/public/licences")
    @PreAuthorize("permitAll()")
    String publicLicences(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                          @RequestParam(required = false) Integer page, Model model) {
        LicenceType t = parse(LicenceType.class, type);
        model.addAttribute("result", licensing.publicLicences(q, t, page, 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", t == null ? "" : t.name());
        return "licensing/publicLicences";
    }

    private static int parseInt(String field, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "integer", "须为整数：" + v, "must be a whole number: " + v);
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
