package org.metrolex.party.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.QualifyingPerson;
import org.metrolex.party.RegisteringPerson;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonRole;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.scope.DataScope;
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

/** Pages of inspectors and verifiers: list and search, detail with qualifications, new, edit, deactivate. */
@PageController
@RequestMapping("/people")
class PersonPageController {

    /**
     * Qualifications running out within this many days are highlighted, the same horizon as the
     * home page's "expiring within 90 days" figure, so that the two agree.
     */
    static final int EXPIRY_WARNING_DAYS = 90;

    private final PartyQueries queries;
    private final RegisteringPerson personRegistry;
    private final QualifyingPerson qualifying;
    private final CallerScope caller;
    private final RegionCatalogue regions;
    private final Clock clock;

    PersonPageController(PartyQueries queries, RegisteringPerson personRegistry, QualifyingPerson qualifying, CallerScope caller, RegionCatalogue regions, Clock clock) {
        this.queries = queries;
        this.personRegistry = personRegistry;
        this.qualifying = qualifying;
        this.caller = caller;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) Long institution, @RequestParam(required = false) Integer page,
                Model model) {
        var scope = caller.scope();
        model.addAttribute("result", queries.listPeople(scope, q, role, institution, page, 20, "page"));
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
        return detail(model, id, Forms.entered(model, QualificationFormFields.class, QualificationFormFields::new));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String newForm(Model model) {
        return form(model, Forms.entered(model, PersonFormFields.class, PersonFormFields::new), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String create(@ModelAttribute PersonFormFields form, RedirectAttributes redirect) {
        try {
            Person p = personRegistry.register(caller.scope(), form.draft());
            return Forms.done(redirect, "/people/" + p.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/people/new", v, form);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        var stored = queries.requirePerson(caller.scope(), id);
        return form(model, Forms.entered(model, PersonFormFields.class, () -> PersonFormFields.of(stored)), id);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String update(@PathVariable long id, @ModelAttribute PersonFormFields form, RedirectAttributes redirect) {
        try {
            personRegistry.update(caller.scope(), id, form.version, form.draft());
            return Forms.done(redirect, "/people/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/people/" + id + "/edit", v, form);
        }
    }

    @PostMapping("/{id:\\d+}/active")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String setActive(@PathVariable long id, @RequestParam boolean active) {
        personRegistry.setActive(caller.scope(), id, active);
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id:\\d+}/qualifications")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String qualify(@PathVariable long id, @ModelAttribute QualificationFormFields form, RedirectAttributes redirect) {
        try {
            qualifying.addQualification(caller.scope(), id, form.certificateNo, form.scope,
                    DateInput.parse("validFrom", form.validFrom), DateInput.parse("validUntil", form.validUntil));
            return Forms.done(redirect, "/people/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/people/" + id, v, form);
        }
    }

    private String detail(Model model, long id, QualificationFormFields qualificationForm) {
        var scope = caller.scope();
        Person person = queries.requirePerson(scope, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("person", person);
        model.addAttribute("institutionNames", institutionNames(scope));
        model.addAttribute("regions", regions);
        model.addAttribute("today", today);
        model.addAttribute("warnUntil", today.plusDays(EXPIRY_WARNING_DAYS));
        model.addAttribute("canEdit", scope.isOfficer() && scope.coversRegion(person.regionCode()));
        model.addAttribute("qualificationForm", qualificationForm);
        return "party/person";
    }

    private String form(Model model, PersonFormFields form, Long id) {
        var scope = caller.scope();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("roles", List.of(PersonRole.values()));
        model.addAttribute("regionOptions", RegionOptions.of(regions, scope));
        model.addAttribute("institutions", queries.institutionsInScope(scope));
        return "party/personForm";
    }

    /**
     * Names of the institutions the caller may see, by id. A person's institution outside that set
     * (a county officer looking at a verifier of a city institute) is shown by its id only.
     */
    private Map<Long, String> institutionNames(DataScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Institution i : queries.institutionsInScope(scope)) {
            names.put(i.id(), i.name());
        }
        return names;
    }
}
