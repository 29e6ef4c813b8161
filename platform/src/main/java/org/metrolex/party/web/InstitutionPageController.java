package org.metrolex.party.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.party.AuthorisingInstitution;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.RegisteringInstitution;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionKind;
import org.metrolex.party.domain.PersonRole;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Forms;
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

/**
 * Pages of the institution registry: list and search, detail with the authorisation scope and the
 * verifiers, new, edit, deactivate, and adding an authorisation line.
 */
@PageController
@RequestMapping("/institutions")
class InstitutionPageController {

    /** Verifiers shown on the detail page; an institution has a handful, a cap keeps a bad case bounded. */
    private static final int VERIFIERS_SHOWN = 200;

    private final PartyQueries queries;
    private final RegisteringInstitution institutionRegistry;
    private final AuthorisingInstitution authorising;
    private final CallerScope caller;
    private final RegionCatalogue regions;
    private final Clock clock;

    InstitutionPageController(PartyQueries queries, RegisteringInstitution institutionRegistry, AuthorisingInstitution authorising, CallerScope caller, RegionCatalogue regions, Clock clock) {
        this.queries = queries;
        this.institutionRegistry = institutionRegistry;
        this.authorising = authorising;
        this.caller = caller;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer page, Model model) {
        var scope = caller.scope();
        model.addAttribute("result", queries.searchInstitutions(scope, q, region, page, 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("regionOptions", RegionOptions.of(regions, scope));
        model.addAttribute("regions", regions);
        model.addAttribute("canEdit", authorises(scope));
        return "party/institutions";
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String detail(@PathVariable long id, Model model) {
        return detail(model, id, Forms.entered(model, AuthorizationFormFields.class, AuthorizationFormFields::new));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String newForm(Model model) {
        return form(model, Forms.entered(model, InstitutionFormFields.class, InstitutionFormFields::new), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String create(@ModelAttribute InstitutionFormFields form, RedirectAttributes redirect) {
        try {
            Institution i = institutionRegistry.register(caller.scope(), form.draft());
            return Forms.done(redirect, "/institutions/" + i.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/institutions/new", v, form);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        var stored = queries.requireInstitution(caller.scope(), id);
        return form(model, Forms.entered(model, InstitutionFormFields.class, () -> InstitutionFormFields.of(stored)), id);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String update(@PathVariable long id, @ModelAttribute InstitutionFormFields form, RedirectAttributes redirect) {
        try {
            institutionRegistry.update(caller.scope(), id, form.version, form.draft());
            return Forms.done(redirect, "/institutions/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/institutions/" + id + "/edit", v, form);
        }
    }

    @PostMapping("/{id:\\d+}/active")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String setActive(@PathVariable long id, @RequestParam boolean active) {
        institutionRegistry.setActive(caller.scope(), id, active);
        return "redirect:/institutions/" + id;
    }

    @PostMapping("/{id:\\d+}/authorizations")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    String authorize(@PathVariable long id, @ModelAttribute AuthorizationFormFields form, RedirectAttributes redirect) {
        try {
            authorising.addAuthorization(caller.scope(), id, form.certificateNo, form.instrumentType, form.regionCode,
                    DateInput.parse("validFrom", form.validFrom), DateInput.parse("validUntil", form.validUntil));
            return Forms.done(redirect, "/institutions/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/institutions/" + id, v, form);
        }
    }

    private String detail(Model model, long id, AuthorizationFormFields authForm) {
        var scope = caller.scope();
        Institution institution = queries.requireInstitution(scope, id);
        model.addAttribute("institution", institution);
        model.addAttribute("verifiers",
                queries.searchPeople(scope, null, PersonRole.VERIFIER.name(), id, 1, VERIFIERS_SHOWN).items());
        model.addAttribute("regions", regions);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canEdit", authorises(scope) && scope.coversRegion(institution.regionCode()));
        model.addAttribute("authForm", authForm);
        model.addAttribute("regionOptions", RegionOptions.of(regions, scope));
        return "party/institution";
    }

    private String form(Model model, InstitutionFormFields form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(InstitutionKind.values()));
        model.addAttribute("regionOptions", RegionOptions.of(regions, caller.scope()));
        return "party/institutionForm";
    }

    /** Mirrors the rule the registry use cases check: only the provincial and city bureaus register and authorise. */
    private static boolean authorises(DataScope scope) {
        return scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER;
    }
}
