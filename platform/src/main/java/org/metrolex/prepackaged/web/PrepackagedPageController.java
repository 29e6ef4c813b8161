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
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.web.FieldMessages;
import org.metrolex.platform.web.FormInput;
import org.metrolex.platform.web.FormSubmission;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.prepackaged.CMarkDeclaration;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.NewLot;
import org.metrolex.prepackaged.PrepackagedManagement;
import org.metrolex.prepackaged.DeclaringCMark;
import org.metrolex.prepackaged.ReviewingCMark;
import org.metrolex.prepackaged.PrepackagedQueries;
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
    private final DeclaringCMark declaring;
    private final ReviewingCMark reviewing;
    private final PrepackagedQueries queries;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RegionCatalogue regions;
    private final FieldMessages fields;
    private final FormSubmission submission;

    PrepackagedPageController(PrepackagedManagement prepackaged, DeclaringCMark declaring, ReviewingCMark reviewing, PrepackagedQueries queries, PartyManagement parties, CurrentUser currentUser, Clock clock,
                              RegionCatalogue regions, FieldMessages fields, FormSubmission submission) {
        this.regions = regions;
        this.fields = fields;
        this.submission = submission;
        this.prepackaged = prepackaged;
        this.declaring = declaring;
        this.reviewing = reviewing;
        this.queries = queries;
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
    @SuppressWarnings("unchecked")
    String newLot(Model model) {
        return lotForm(model, Forms.entered(model, Map.class,
                () -> Map.of("inspectionDate", LocalDate.now(clock).toString(), "nominalUnit", "g")));
    }

    @PostMapping("/prepackaged/lots/new")
    @PreAuthorize(OFFICERS)
    String createLot(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        FormInput in = fields.read(form);
        NewLot cmd = new NewLot(in.choice("producerId", "prepackaged.producer"), form.get("productName"), form.get("brand"), form.get("batchNo"),
                in.decimal("nominalValue", "prepackaged.nominal"), form.get("nominalUnit"), in.integer("lotSize", "prepackaged.lotSize"),
                in.date("inspectionDate", "prepackaged.inspectionDate"), null, null);
        try {
            Lot lot = submission.run(in, () -> prepackaged.create(currentUser.scope(), cmd));
            return Forms.done(redirect, "/prepackaged/lots/" + lot.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/prepackaged/lots/new", v, new HashMap<>(form));
        }
    }

    private String lotForm(Model model, Map<String, String> values) {
        List<Enterprise> choices = new ArrayList<>(parties.enterpriseChoices(currentUser.scope(), 200));
        // Prepackaged-goods producers first, then the others by name.
        choices.sort(Comparator.comparing((Enterprise e) -> e.category() != EnterpriseCategory.PREPACKAGE_PRODUCER)
                .thenComparing(Enterprise::name));
        model.addAttribute("producers", choices);
        model.addAttribute("values", values);
        return "prepackaged/lotForm";
    }

    @GetMapping("/prepackaged/lots/{id:\\d+}")
    @PreAuthorize(READERS)
    @SuppressWarnings("unchecked")
    String lot(@PathVariable long id, Model model) {
        // after a refused save the readings as entered, after an import its report, arrive as flash attributes
        return lotPage(id, model, Forms.entered(model, Map.class, Map::of), (ReadingsImport) model.getAttribute("report"));
    }

    @PostMapping("/prepackaged/lots/{id:\\d+}/readings")
    @PreAuthorize(OFFICERS)
    String readings(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        DataScope scope = currentUser.scope();
        Lot lot = prepackaged.require(scope, id);
        Map<String, String> values = new HashMap<>(form.toSingleValueMap());
        FormInput in = fields.read(values);
        List<ReadingsForm.Entry> entries = new ArrayList<>();
        for (int number : lot.sampleNumbers()) {
            BigDecimal gross = packageValue(in, "gross", number);
            BigDecimal tare = packageValue(in, "tare", number);
            BigDecimal net = packageValue(in, "net", number);
            if (gross != null || tare != null || net != null) {
                entries.add(new ReadingsForm.Entry(number, gross, tare, net));
            }
        }
        BigDecimal averageTare = in.decimal("averageTare", "prepackaged.averageTare");
        String url = "/prepackaged/lots/" + id;
        try {
            submission.run(in, () -> prepackaged.recordReadings(scope, id, new ReadingsForm(values.get("tareMode"), averageTare, entries)));
            return Forms.done(redirect, url, "prepackaged.readings.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, "readings", v, values);
        }
    }

    /** One package's gross, tare or net reading; an error names the package by its sample number. */
    private BigDecimal packageValue(FormInput in, String column, int number) {
        String field = column + "." + number;
        String text = in.text(field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            in.reject(fields.error(field, "prepackaged." + column, "packageNumber", number, text));
            return null;
        }
    }

    @PostMapping("/prepackaged/lots/{id:\\d+}/import")
    @PreAuthorize(OFFICERS)
    String importReadings(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                          @RequestParam(required = false) String tareMode, @RequestParam(required = false) String averageTare,
                          RedirectAttributes redirect) {
        String url = "/prepackaged/lots/" + id;
        prepackaged.require(currentUser.scope(), id);
        FormInput in = fields.read(averageTare == null ? Map.of() : Map.of("averageTare", averageTare));
        BigDecimal tare = in.decimal("averageTare", "prepackaged.averageTare");
        if (!in.ok()) {
            return Forms.back(redirect, url, "import", in.errors(), null);
        }
        try {
            redirect.addFlashAttribute("report", prepackaged.importReadings(currentUser.scope(), id, tareMode, tare, PrepackagedApiController.bytes(file)));
            return "redirect:" + url;
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, "import", v, null);
        }
    }

    private String lotPage(long id, Model model, Map<String, String> entered, ReadingsImport report) {
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
        @SuppressWarnings("unchecked")
        Map<String, String> entered = Forms.entered(model, Map.class, Map::of);
        return cmarkList(status, keyword, page, model, entered);
    }

    @PostMapping("/prepackaged/cmarks")
    @PreAuthorize(READERS)
    String declare(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        FormInput in = fields.read(form);
        Long enterpriseId = in.choice("enterpriseId", "prepackaged.producer");
        try {
            CMarkDeclaration c = submission.run(in, () -> declaring.declare(currentUser.scope(), enterpriseId, form.get("productScope"), form.get("contact")));
            return Forms.done(redirect, "/prepackaged/cmarks/" + c.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/prepackaged/cmarks", v, new HashMap<>(form));
        }
    }

    private String cmarkList(String status, String keyword, Integer page, Model model, Map<String, String> values) {
        DataScope scope = currentUser.scope();
        model.addAttribute("result", queries.cmarks(scope, status, keyword, page, 20));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("keyword", keyword == null ? "" : keyword);
        model.addAttribute("statuses", List.of(CMarkStatus.values()));
        model.addAttribute("officer", scope.isOfficer());
        model.addAttribute("enterprises", scope.isOfficer() ? parties.enterpriseChoices(scope, 200) : List.of());
        model.addAttribute("values", values);
        return "prepackaged/cmarks";
    }

    @GetMapping("/prepackaged/cmarks/{id:\\d+}")
    @PreAuthorize(READERS)
    String cmark(@PathVariable long id, Model model) {
        DataScope scope = currentUser.scope();
        CMarkDeclaration c = queries.requireCMark(scope, id);
        model.addAttribute("cmark", c);
        model.addAttribute("results", queries.resultsOf(scope, c.enterpriseId()));
        model.addAttribute("mayReview", scope.isOfficer() && c.status().mayReview());
        model.addAttribute("mayRevoke", scope.isOfficer() && c.status().mayRevoke());
        return "prepackaged/cmark";
    }

    @PostMapping("/prepackaged/cmarks/{id:\\d+}/review")
    @PreAuthorize(OFFICERS)
    String review(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        String url = "/prepackaged/cmarks/" + id;
        try {
            reviewing.review(currentUser.scope(), id, decision, note);
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, v);
        }
    }

    @GetMapping("/public/cmarks")
    @PreAuthorize("permitAll()")
    String publicCMarks(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.publicCMarks(keyword, page, 20));
        model.addAttribute("keyword", keyword == null ? "" : keyword);
        return "prepackaged/publicCMarks";
    }

    // ---------------------------------------------------------------- statistics

    @GetMapping("/prepackaged/statistics")
    @PreAuthorize(OFFICERS)
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("stats", queries.statistics(currentUser.scope(), from, to));
        return "prepackaged/statistics";
    }

    // ---------------------------------------------------------------- form parsing

    private static void put(Map<String, String> values, String key, BigDecimal v) {
        if (v != null) {
            values.put(key, v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString());
        }
    }
}
