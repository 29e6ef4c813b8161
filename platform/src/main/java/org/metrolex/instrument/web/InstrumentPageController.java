package org.metrolex.instrument.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.identity.Role;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
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

    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;

    InstrumentPageController(InstrumentManagement instruments, PartyManagement parties, CurrentUser currentUser,
                             RegionCatalogue regions) {
        this.instruments = instruments;
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
        var result = instruments.search(scope, new InstrumentQuery(q, category, status), page, 20)
                .map(i -> new InstrumentRow(i, byCode.get(i.categoryCode()).name(english),
                        owners.computeIfAbsent(i.ownerEnterpriseId(), id -> instruments.ownerName(scope, id)),
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
        Instrument i = instruments.requireInstrument(scope, id);
        InstrumentCategory c = instruments.category(i.categoryCode()).orElseThrow();
        model.addAttribute("instrument", i);
        model.addAttribute("category", c);
        // The one source of "last verification / next due / status": the verification module's read model.
        model.addAttribute("standing", instruments.standing(scope, i.id()));
        model.addAttribute("ownerName", instruments.ownerName(scope, i.ownerEnterpriseId()));
        model.addAttribute("regionName", regions.fullName(i.regionCode()));
        model.addAttribute("publicUrl", "/public/instruments/" + i.qrToken());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "instrument/instrument";
    }

    @GetMapping("/new")
    @PreAuthorize(READERS_AND_WRITERS)
    String newForm(Model model, java.util.Locale locale) {
        return form(model, new InstrumentFormFields(), null, List.of(), locale);
    }

    @PostMapping("/new")
    @PreAuthorize(READERS_AND_WRITERS)
    String file(@ModelAttribute InstrumentFormFields form, Model model, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            Instrument i = instruments.file(currentUser.scope(), form.draft());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/instruments/" + i.id();
        } catch (RuleViolation v) {
            return form(model, form, null, v.errors(), locale);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize(READERS_AND_WRITERS)
    String editForm(@PathVariable long id, Model model, java.util.Locale locale) {
        return form(model, InstrumentFormFields.of(instruments.requireInstrument(currentUser.scope(), id)), id, List.of(), locale);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize(READERS_AND_WRITERS)
    String edit(@PathVariable long id, @ModelAttribute InstrumentFormFields form, Model model, java.util.Locale locale) {
        try {
            instruments.edit(currentUser.scope(), id, form.version, form.draft());
            return "redirect:/instruments/" + id;
        } catch (RuleViolation v) {
            return form(model, form, id, v.errors(), locale);
        }
    }

    @PostMapping("/{id:\\d+}/status")
    @PreAuthorize(READERS_AND_WRITERS)
    String changeStatus(@PathVariable long id, @RequestParam(required = false) String change) {
        instruments.changeStatus(currentUser.scope(), id, StatusChanges.parse(change));
        return "redirect:/instruments/" + id;
    }

    private String form(Model model, InstrumentFormFields form, Long id, List<FieldError> errors, java.util.Locale locale) {
        DataScope scope = currentUser.scope();
        boolean english = "en".equals(locale.getLanguage());
        boolean enterprise = scope.role() == Role.ENTERPRISE_USER;
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", new FormErrors(errors));
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
        return instruments.catalogue().stream().collect(Collectors.toMap(InstrumentCategory::code, Function.identity()));
    }

    private List<SelectOption> categoryOptions(boolean english) {
        return instruments.catalogue().stream().map(c -> new SelectOption(c.code(), c.name(english))).toList();
    }

}
