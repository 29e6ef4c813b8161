package org.metrolex.instrument.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.FilingInstrument;
import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.text.Labels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the instrument registry: list and search, detail with due date and QR link, file, edit, status. */
@PageController
@RequestMapping("/instruments")
class InstrumentPageController {

    private static final String READERS_AND_WRITERS =
            "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    private final InstrumentQueries queries;
    private final FilingInstrument filing;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final String publicBaseUrl;
    private final MessageSource messages;

    private final Labels labels;

    InstrumentPageController(InstrumentQueries queries, FilingInstrument filing, PartyManagement parties, CurrentUser currentUser,
                             RegionCatalogue regions, @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl,
                             MessageSource messages, Labels labels) {
        this.labels = labels;
        this.messages = messages;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.queries = queries;
        this.filing = filing;
        this.parties = parties;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @GetMapping
    @PreAuthorize(READERS_AND_WRITERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                Model model, java.util.Locale locale) {
        DataScope scope = currentUser.scope();
        boolean english = "en".equals(locale.getLanguage());
        Map<String, InstrumentCategory> byCode = categoriesByCode();
        Map<Long, String> owners = new HashMap<>();
        var result = queries.search(scope, new InstrumentQuery(q, category, status), page, 20)
                .map(i -> new InstrumentRow(i, byCode.get(i.categoryCode()).name(english),
                        owners.computeIfAbsent(i.ownerEnterpriseId(), id -> queries.ownerName(scope, id)),
                        regions.name(i.regionCode())));
        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("categories", categoryOptions(english));
        model.addAttribute("statuses", List.of(InstrumentStatus.values()));
        return "instrument/instruments";
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(READERS_AND_WRITERS)
    String detail(@PathVariable long id, Model model, java.util.Locale locale) {
        DataScope scope = currentUser.scope();
        Instrument i = queries.requireInstrument(scope, id);
        InstrumentCategory c = queries.category(i.categoryCode()).orElseThrow();
        model.addAttribute("instrument", i);
        model.addAttribute("category", c);
        // The one source of "last verification / next due / status": the verification module's read model.
        model.addAttribute("standing", queries.standing(scope, i.id()));
        model.addAttribute("ownerName", queries.ownerName(scope, i.ownerEnterpriseId()));
        model.addAttribute("regionName", regions.fullName(i.regionCode()));
        model.addAttribute("publicUrl", "/public/instruments/" + i.qrToken());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "instrument/instrument";
    }

    /**
     * Printable QR labels (A4, 24 a page) of the instruments the list shows with the same filters, first
     * {@link #LABELS_MAX}: each label's code opens the instrument's public page, which a citizen or an
     * inspector scans on site.
     */
    @GetMapping("/labels.pdf")
    @PreAuthorize(READERS_AND_WRITERS)
    void labels(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String status, java.util.Locale locale, HttpServletResponse response) throws IOException {
        DataScope scope = currentUser.scope();
        boolean english = "en".equals(locale.getLanguage());
        Map<String, InstrumentCategory> byCode = categoriesByCode();
        Map<Long, String> owners = new HashMap<>();
        List<InstrumentLabelSheet.Label> labels = new java.util.ArrayList<>();
        for (int page = 1; labels.size() < LABELS_MAX; page++) {
            var result = queries.search(scope, new InstrumentQuery(q, category, status), page, 100);
            for (Instrument i : result.items()) {
                if (labels.size() < LABELS_MAX) {
                    labels.add(new InstrumentLabelSheet.Label(publicBaseUrl + "/public/instruments/" + i.qrToken(),
                            byCode.get(i.categoryCode()).name(english), i.maker() + " " + i.model(), i.serialNumber(),
                            owners.computeIfAbsent(i.ownerEnterpriseId(), id -> queries.ownerName(scope, id))));
                }
            }
            if (!result.hasNext()) {
                break;
            }
        }
        byte[] pdf = InstrumentLabelSheet.pdf(labels, messages.getMessage("instrument.labels.title", null, locale));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"instrument-labels.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** Ten pages of labels at most in one sheet; narrow the list's filters for more. */
    static final int LABELS_MAX = 10 * InstrumentLabelSheet.PER_PAGE;

    @GetMapping("/new")
    @PreAuthorize(READERS_AND_WRITERS)
    String newForm(Model model, java.util.Locale locale) {
        return form(model, Forms.entered(model, InstrumentFormFields.class, InstrumentFormFields::new), null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize(READERS_AND_WRITERS)
    String file(@ModelAttribute InstrumentFormFields form, RedirectAttributes redirect) {
        try {
            Instrument i = filing.file(currentUser.scope(), form.draft(labels));
            return Forms.done(redirect, "/instruments/" + i.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/instruments/new", v, form);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize(READERS_AND_WRITERS)
    String editForm(@PathVariable long id, Model model, java.util.Locale locale) {
        var stored = queries.requireInstrument(currentUser.scope(), id);
        return form(model, Forms.entered(model, InstrumentFormFields.class, () -> InstrumentFormFields.of(stored)), id, locale);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize(READERS_AND_WRITERS)
    String edit(@PathVariable long id, @ModelAttribute InstrumentFormFields form, RedirectAttributes redirect) {
        try {
            filing.edit(currentUser.scope(), id, form.version, form.draft(labels));
            return Forms.done(redirect, "/instruments/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/instruments/" + id + "/edit", v, form);
        }
    }

    @PostMapping("/{id:\\d+}/status")
    @PreAuthorize(READERS_AND_WRITERS)
    String changeStatus(@PathVariable long id, @RequestParam(required = false) String change) {
        filing.changeStatus(currentUser.scope(), id, StatusChanges.parse(change));
        return "redirect:/instruments/" + id;
    }

    private String form(Model model, InstrumentFormFields form, Long id, java.util.Locale locale) {
        DataScope scope = currentUser.scope();
        boolean english = "en".equals(locale.getLanguage());
        boolean enterprise = scope.role() == Role.ENTERPRISE_USER;
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("categories", categoryOptions(english));
        model.addAttribute("uses", List.of(InstrumentUse.values()));
        // An enterprise files for itself where it is registered: no owner or region to choose.
        model.addAttribute("chooseOwner", !enterprise);
        model.addAttribute("owners", enterprise ? List.<SelectOption>of() : parties.enterpriseChoices(scope, 200).stream()
                .map(e -> new SelectOption(String.valueOf(e.id()), e.name() + " · " + regions.name(e.regionCode()))).toList());
        model.addAttribute("regionOptions", enterprise ? List.<SelectOption>of() : regions.all().stream()
                .filter(r -> scope.coversRegion(r.code())).map(r -> new SelectOption(r.code(), r.name() + " " + r.code())).toList());
        return "instrument/instrumentForm";
    }

    private Map<String, InstrumentCategory> categoriesByCode() {
        return queries.catalogue().stream().collect(Collectors.toMap(InstrumentCategory::code, Function.identity()));
    }

    private List<SelectOption> categoryOptions(boolean english) {
        return queries.catalogue().stream().map(c -> new SelectOption(c.code(), c.name(english))).toList();
    }

}
