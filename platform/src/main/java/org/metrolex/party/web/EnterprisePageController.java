package org.metrolex.party.web;

import java.util.List;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.RegisteringEnterprise;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.text.Labels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the enterprise registry: list and search, detail, new, edit, deactivate. */
@PageController
@RequestMapping("/enterprises")
class EnterprisePageController {

    private final PartyQueries queries;
    private final RegisteringEnterprise enterpriseRegistry;
    private final CallerScope caller;
    private final RegionCatalogue regions;

    private final Labels labels;

    EnterprisePageController(PartyQueries queries, RegisteringEnterprise enterpriseRegistry, CallerScope caller, RegionCatalogue regions, Labels labels) {
        this.labels = labels;
        this.queries = queries;
        this.enterpriseRegistry = enterpriseRegistry;
        this.caller = caller;
        this.regions = regions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
                Model model) {
        var scope = caller.scope();
        var query = new EnterpriseQuery(q, region, category, null);
        model.addAttribute("result", queries.searchEnterprises(scope, query, page, 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("categories", List.of(EnterpriseCategory.values()));
        model.addAttribute("regionOptions", RegionOptions.of(regions, scope));
        model.addAttribute("regions", regions);
        model.addAttribute("canEdit", scope.isOfficer());
        return "party/enterprises";
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String detail(@PathVariable long id, Model model) {
        var scope = caller.scope();
        model.addAttribute("enterprise", queries.requireEnterprise(scope, id));
        model.addAttribute("regions", regions);
        model.addAttribute("canEdit", scope.isOfficer());
        return "party/enterprise";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String newForm(Model model) {
        return form(model, Forms.entered(model, EnterpriseFormFields.class, EnterpriseFormFields::new), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String create(@ModelAttribute EnterpriseFormFields form, RedirectAttributes redirect) {
        try {
            Enterprise e = enterpriseRegistry.register(caller.scope(), form.draft(labels));
            return Forms.done(redirect, "/enterprises/" + e.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/enterprises/new", v, form);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        var stored = queries.requireEnterprise(caller.scope(), id);
        return form(model, Forms.entered(model, EnterpriseFormFields.class, () -> EnterpriseFormFields.of(stored)), id);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String update(@PathVariable long id, @ModelAttribute EnterpriseFormFields form, RedirectAttributes redirect) {
        try {
            enterpriseRegistry.update(caller.scope(), id, form.version, form.draft(labels));
            return Forms.done(redirect, "/enterprises/" + id, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/enterprises/" + id + "/edit", v, form);
        }
    }

    @PostMapping("/{id:\\d+}/active")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String setActive(@PathVariable long id, @RequestParam boolean active) {
        enterpriseRegistry.setActive(caller.scope(), id, active);
        return "redirect:/enterprises/" + id;
    }

    private String form(Model model, EnterpriseFormFields form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("categories", List.of(EnterpriseCategory.values()));
        model.addAttribute("regionOptions", RegionOptions.of(regions, caller.scope()));
        return "party/enterpriseForm";
    }
}
