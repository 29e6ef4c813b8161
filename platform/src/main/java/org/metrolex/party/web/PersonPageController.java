package org.metrolex.party.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonRole;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.region.RegionCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of inspectors and verifiers: list and search, detail with qualifications, new, edit, deactivate. */
@PageController
@RequestMapping("/people")
class PersonPageController {

    /**
     * Qualifications running out within this many days are highlighted, the same horizon as the
     * home page's "expiring within 90 days" figure, so that the two agree.
     */
    static final int EXPIRY_WARNING_DAYS = 90;

    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final Clock clock;

    PersonPageController(PartyManagement parties, CurrentUser currentUser, RegionCatalogue regions, Clock clock) {
        this.parties = parties;
        this.currentUser = currentUser;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) Long institution, @RequestParam(required = false) Integer page,
                Model model) {
        var scope = currentUser.scope();
        model.addAttribute("result", parties.searchPeople(scope, q, role, institution, page, 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role == null ? "" : role);
        model.addAttribute("institution", institution == null ? "" : String.valueOf(institution));
        model.addAttribute("roles", List.of(PersonRole.values()));
        model.addAttribute("institutionNames", institutionNames(scope));
        model.addAttribute("regions", regions);
        model.addAttribute("canEdit", scope.isOfficer());
        return "party/people";
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String detail(@PathVariable long id, Model model) {
        return detail(model, id, new QualificationFormFields(), List.of());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String newForm(Model model) {
        return form(model, new PersonFormFields(), null, List.of());
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String create(@ModelAttribute PersonFormFields form, Model model, RedirectAttributes redirect) {
        try {
            Person p = parties.createPerson(currentUser.scope(), form.draft());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/people/" + p.id();
        } catch (RuleViolation v) {
            return form(model, form, null, v.errors());
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, PersonFormFields.of(parties.requirePerson(currentUser.scope(), id)), id, List.of());
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String update(@PathVariable long id, @ModelAttribute PersonFormFields form, Model model, RedirectAttributes redirect) {
        try {
            parties.updatePerson(currentUser.scope(), id, form.version, form.draft());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/people/" + id;
        } catch (RuleViolation v) {
            return form(model, form, id, v.errors());
        }
    }

    @PostMapping("/{id:\\d+}/active")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String setActive(@PathVariable long id, @RequestParam boolean active) {
        parties.setPersonActive(currentUser.scope(), id, active);
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id:\\d+}/qualifications")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String qualify(@PathVariable long id, @ModelAttribute QualificationFormFields form, Model model,
                   RedirectAttributes redirect) {
        try {
            parties.addQualification(currentUser.scope(), id, form.certificateNo, form.scope,
                    DateInput.parse("validFrom", form.validFrom), DateInput.parse("validUntil", form.validUntil));
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/people/" + id;
        } catch (RuleViolation v) {
            return detail(model, id, form, v.errors());
        }
    }

    private String detail(Model model, long id, QualificationFormFields qualificationForm, List<FieldError> errors) {
        var scope = currentUser.scope();
        Person person = parties.requirePerson(scope, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("person", person);
        model.addAttribute("institutionNames", institutionNames(scope));
        model.addAttribute("regions", regions);
        model.addAttribute("today", today);
        model.addAttribute("warnUntil", today.plusDays(EXPIRY_WARNING_DAYS));
        model.addAttribute("canEdit", scope.isOfficer() && scope.coversRegion(person.regionCode()));
        model.addAttribute("qualificationForm", qualificationForm);
        model.addAttribute("qualificationErrors", new FormErrors(errors));
        return "party/person";
    }

    private String form(Model model, PersonFormFields form, Long id, List<FieldError> errors) {
        var scope = currentUser.scope();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", new FormErrors(errors));
        model.addAttribute("roles", List.of(PersonRole.values()));
        model.addAttribute("regionOptions", RegionOptions.of(regions, scope));
        model.addAttribute("institutions", parties.institutionsInScope(scope));
        return "party/personForm";
    }

    /**
     * Names of the institutions the caller may see, by id. A person's institution outside that set
     * (a county officer looking at a verifier of a city institute) is shown by its id only.
     */
    private Map<Long, String> institutionNames(DataScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Institution i : parties.institutionsInScope(scope)) {
            names.put(i.id(), i.name());
        }
        return names;
    }
}
