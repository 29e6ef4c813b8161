package org.metrolex.prepackaged.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.metrolex.prepackaged.CMarkDeclaration;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.NewLot;
import org.metrolex.prepackaged.PrepackagedManagement;
import org.metrolex.prepackaged.ReadingsForm;
import org.metrolex.prepackaged.ReadingsImport;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.metrolex.prepackaged.domain.LotStatus;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.persistence.LotQuery;
import org.metrolex.region.RegionCatalogue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: lot inspections (list, new, detail with sample, readings, import, decision, report), C-mark declarations, statistics, public C-mark list. */
@PageController
class PrepackagedPageController {

    private static final String OFFICERS = PrepackagedApiController.OFFICERS;
    private static final String READERS = PrepackagedApiController.READERS;

    private final PrepackagedManagement prepackaged;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RegionCatalogue regions;

    PrepackagedPageController(PrepackagedManagement prepackaged, PartyManagement parties, CurrentUser currentUser, Clock clock,
                              RegionCatalogue regions) {
        this.regions = regions;
        this.prepackaged = prepackaged;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- lots

    @GetMapping("/prepackaged/lots")
    @PreAuthorize(READERS)
    String lots(@RequestParam(required = false) String status, @RequestParam(required = false) String keyword,
                @RequestParam(required = false) Integer page, Model model) {
        DataScope scope = currentUser.scope();
        model.addAttribute("result", prepackaged.search(scope, new LotQuery(null, status, null, null, null, keyword), page, 20));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("keyword", keyword == null ? "" : keyword);
        model.addAttribute("statuses", List.of(LotStatus.values()));
        model.addAttribute("officer", scope.isOfficer());
        return "prepackaged/lots";
    }

    @GetMapping("/prepackaged/lots/new")
    @PreAuthorize(OFFICERS)
    String newLot(Model model) {
        return lotForm(model, Map.of("inspectionDate", LocalDate.now(clock).toString(), "nominalUnit", "g"), List.of());
    }

    @PostMapping("/prepackaged/lots/new")
    @PreAuthorize(OFFICERS)
    String createLot(@RequestParam Map<String, String> form, Model model) {
        List<FieldError> parseErrors = new ArrayList<>();
        NewLot cmd = new NewLot(longOf(form, "producerId", parseErrors), form.get("productName"), form.get("brand"), form.get("batchNo"),
                decimalOf(form, "nominalValue", parseErrors), form.get("nominalUnit"), intOf(form, "lotSize", parseErrors),
                dateOf(form, "inspectionDate", parseErrors), null, null);
        try {
            if (!parseErrors.isEmpty()) {
                throw new RuleViolation(400, parseErrors);
            }
            Lot lot = prepackaged.create(currentUser.scope(), cmd);
            return "redirect:/prepackaged/lots/" + lot.id();
        } catch (RuleViolation v) {
            if (v.status() == 403) {
                throw v;
            }
            return lotForm(model, form, v.errors());
        }
    }

    private String lotForm(Model model, Map<String, String> values, List<FieldError> errors) {
        List<Enterprise> choices = new ArrayList<>(parties.enterpriseChoices(currentUser.scope(), 200));
        // Prepackaged-goods producers first, then the others by name.
        choices.sort(Comparator.comparing((Enterprise e) -> e.category() != EnterpriseCategory.PREPACKAGE_PRODUCER)
                .thenComparing(Enterprise::name));
        model.addAttribute("producers", choices);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "prepackaged/lotForm";
    }

    @GetMapping("/prepackaged/lots/{id:\\d+}")
    @PreAuthorize(READERS)
    String lot(@PathVariable long id, Model model) {
        return lotPage(id, model, List.of(), Map.of(), null);
    }

    @PostMapping("/prepackaged/lots/{id:\\d+}/readings")
    @PreAuthorize(OFFICERS)
    String readings(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        DataScope scope = currentUser.scope();
        Lot lot = prepackaged.require(scope, id);
        Map<String, String> values = new HashMap<>(form.toSingleValueMap());
        List<FieldError> parseErrors = new ArrayList<>();
        List<ReadingsForm.Entry> entries = new ArrayList<>();
        for (int number : lot.sampleNumbers()) {
            BigDecimal gross = decimalOf(values, "gross." + number, parseErrors);
            BigDecimal tare = decimalOf(values, "tare." + number, parseErrors);
            BigDecimal net = decimalOf(values, "net." + number, parseErrors);
            if (gross != null || tare != null || net != null) {
                entries.add(new ReadingsForm.Entry(number, gross, tare, net));
            }
        }
        BigDecimal averageTare = decimalOf(values, "averageTare", parseErrors);
        try {
            if (!parseErrors.isEmpty()) {
                throw new RuleViolation(400, parseErrors);
            }
            prepackaged.recordReadings(scope, id, new ReadingsForm(values.get("tareMode"), averageTare, entries));
            redirect.addFlashAttribute("flash", "prepackaged.readings.saved");
            return "redirect:/prepackaged/lots/" + id;
        } catch (RuleViolation v) {
            if (v.status() == 403 || v.status() == 404) {
                throw v;
            }
            return lotPage(id, model, v.errors(), values, null);
        }
    }

    @PostMapping("/prepackaged/lots/{id:\\d+}/import")
    @PreAuthorize(OFFICERS)
    String importReadings(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                          @RequestParam(required = false) String tareMode, @RequestParam(required = false) String averageTare, Model model) {
        List<FieldError> parseErrors = new ArrayList<>();
        BigDecimal tare = decimalOf(averageTare == null ? Map.of() : Map.of("averageTare", averageTare), "averageTare", parseErrors);
        if (!parseErrors.isEmpty()) {
            prepackaged.require(currentUser.scope(), id);
            return lotPage(id, model, parseErrors, Map.of(), null);
        }
        ReadingsImport report = prepackaged.importReadings(currentUser.scope(), id, tareMode, tare, PrepackagedApiController.bytes(file));
        return lotPage(id, model, List.of(), Map.of(), report);
    }

    private String lotPage(long id, Model model, List<FieldError> errors, Map<String, String> entered, ReadingsImport report) {
        DataScope scope = currentUser.scope();
        Lot lot = prepackaged.require(scope, id);
        Map<String, String> values = new HashMap<>();
        for (PackageReading r : lot.readings()) {
            put(values, "gross." + r.packageNumber(), r.gross());
            put(values, "tare." + r.packageNumber(), lot.tareMode() == org.metrolex.prepackaged.domain.TareMode.PER_PACKAGE ? r.tare() : null);
            put(values, "net." + r.packageNumber(), lot.tareMode() == org.metrolex.prepackaged.domain.TareMode.NET ? r.net() : null);
        }
        if (lot.tareMode() != null) {
            values.put("tareMode", lot.tareMode().name());
        }
        put(values, "averageTare", lot.averageTare());
        values.putAll(entered);
        model.addAttribute("lot", lot);
        model.addAttribute("regionName", regions.fullName(lot.regionCode()));
        model.addAttribute("plan", prepackaged.plan(scope, id));
        model.addAttribute("decision", prepackaged.decision(scope, id));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("report", report);
        model.addAttribute("officer", scope.isOfficer());
        return "prepackaged/lot";
    }

    // ---------------------------------------------------------------- C-mark declarations

    @GetMapping("/prepackaged/cmarks")
    @PreAuthorize(READERS)
    String cmarks(@RequestParam(required = false) String status, @RequestParam(required = false) String keyword,
                  @RequestParam(required = false) Integer page, Model model) {
        return cmarkList(status, keyword, page, model, List.of(), Map.of());
    }

    @PostMapping("/prepackaged/cmarks")
    @PreAuthorize(READERS)
    String declare(@RequestParam Map<String, String> form, Model model) {
        List<FieldError> parseErrors = new ArrayList<>();
        Long enterpriseId = longOf(form, "enterpriseId", parseErrors);
        try {
            if (!parseErrors.isEmpty()) {
                throw new RuleViolation(400, parseErrors);
            }
            CMarkDeclaration c = prepackaged.declare(currentUser.scope(), enterpriseId, form.get("productScope"), form.get("contact"));
            return "redirect:/prepackaged/cmarks/" + c.id();
        } catch (RuleViolation v) {
            if (v.status() == 403) {
                throw v;
            }
            return cmarkList(null, null, null, model, v.errors(), form);
        }
    }

    private String cmarkList(String status, String keyword, Integer page, Model model, List<FieldError> errors, Map<String, String> values) {
        DataScope scope = currentUser.scope();
        model.addAttribute("result", prepackaged.cmarks(scope, status, keyword, page, 20));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("keyword", keyword == null ? "" : keyword);
        model.addAttribute("statuses", List.of(CMarkStatus.values()));
        model.addAttribute("officer", scope.isOfficer());
        model.addAttribute("enterprises", scope.isOfficer() ? parties.enterpriseChoices(scope, 200) : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "prepackaged/cmarks";
    }

    @GetMapping("/prepackaged/cmarks/{id:\\d+}")
    @PreAuthorize(READERS)
    String cmark(@PathVariable long id, Model model) {
        return cmarkPage(id, model, List.of());
    }

    @PostMapping("/prepackaged/cmarks/{id:\\d+}/review")
    @PreAuthorize(OFFICERS)
    String review(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect) {
        try {
            prepackaged.review(currentUser.scope(), id, decision, note);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/prepackaged/cmarks/" + id;
        } catch (RuleViolation v) {
            if (v.status() == 403 || v.status() == 404) {
                throw v;
            }
            return cmarkPage(id, model, v.errors());
        }
    }

    private String cmarkPage(long id, Model model, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        CMarkDeclaration c = prepackaged.requireCMark(scope, id);
        model.addAttribute("cmark", c);
        model.addAttribute("results", prepackaged.resultsOf(scope, c.enterpriseId()));
        model.addAttribute("errors", errors);
        model.addAttribute("mayReview", scope.isOfficer() && c.status().mayReview());
        model.addAttribute("mayRevoke", scope.isOfficer() && c.status().mayRevoke());
        return "prepackaged/cmark";
    }

    @GetMapping("/public/cmarks")
    @PreAuthorize("permitAll()")
    String publicCMarks(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", prepackaged.publicCMarks(keyword, page, 20));
        model.addAttribute("keyword", keyword == null ? "" : keyword);
        return "prepackaged/publicCMarks";
    }

    // ---------------------------------------------------------------- statistics

    @GetMapping("/prepackaged/statistics")
    @PreAuthorize(OFFICERS)
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", prepackaged.statistics(currentUser.scope(), from, to));
        return "prepackaged/statistics";
    }

    // ---------------------------------------------------------------- form parsing

    private static void put(Map<String, String> values, String key, BigDecimal v) {
        if (v != null) {
            values.put(key, v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString());
        }
    }

    private static String text(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static BigDecimal decimalOf(Map<String, String> form, String key, List<FieldError> errors) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "number", "“" + v + "”不是数值", "'" + v + "' is not a number"));
            return null;
        }
    }

    private static Integer intOf(Map<String, String> form, String key, List<FieldError> errors) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "integer", "“" + v + "”不是整数", "'" + v + "' is not a whole number"));
            return null;
        }
    }

    private static Long longOf(Map<String, String> form, String key, List<FieldError> errors) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "integer", "“" + v + "”不是整数", "'" + v + "' is not a whole number"));
            return null;
        }
    }

    private static LocalDate dateOf(Map<String, String> form, String key, List<FieldError> errors) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(key, "date", "“" + v + "”不是日期（YYYY-MM-DD）", "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
