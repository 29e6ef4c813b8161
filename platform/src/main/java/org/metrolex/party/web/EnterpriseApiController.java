package org.metrolex.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.RegisteringEnterprise;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.party.domain.EnterpriseCategory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the enterprise registry. Rows are limited by the caller's data scope. */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "企业登记 / enterprise registry")
class EnterpriseApiController {

    private final PartyQueries queries;
    private final RegisteringEnterprise enterpriseRegistry;
    private final CallerScope caller;

    private final Labels labels;

    EnterpriseApiController(PartyQueries queries, RegisteringEnterprise enterpriseRegistry, CallerScope caller, Labels labels) {
        this.labels = labels;
        this.queries = queries;
        this.enterpriseRegistry = enterpriseRegistry;
        this.caller = caller;
    }

    /** Fields of a create or edit; {@code version} is the version the client last read (edits only). */
    record EnterpriseForm(String creditCode, String name, String address, String regionCode, String category,
                          String legalRepresentative, String contactPhone, Integer version) {
        EnterpriseDraft draft(Labels labels) {
            return new EnterpriseDraft(creditCode, name, address, regionCode, labels.code(EnterpriseCategory.class, category),
                    legalRepresentative, contactPhone);
        }
    }

    @GetMapping
    @Operation(summary = "Search enterprises in the caller's scope")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    ResultPage<Enterprise> search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(required = false) Boolean active,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.searchEnterprises(caller.scope(), new EnterpriseQuery(q, region, category, active), page, size);
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Enterprise get(@PathVariable long id) {
        return queries.requireEnterprise(caller.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Enterprise create(@RequestBody EnterpriseForm form) {
        return enterpriseRegistry.register(caller.scope(), form.draft(labels));
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Enterprise update(@PathVariable long id, @RequestBody EnterpriseForm form) {
        if (form.version() == null) {
            throw new org.metrolex.platform.problem.RuleViolation("version", "required",
                    "修改时须提供读取时的版本号", "an edit must send the version it read");
        }
        return enterpriseRegistry.update(caller.scope(), id, form.version(), form.draft(labels));
    }

    @PostMapping("/{id:\\d+}/deactivate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Enterprise deactivate(@PathVariable long id) {
        return enterpriseRegistry.setActive(caller.scope(), id, false);
    }

    @PostMapping("/{id:\\d+}/activate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Enterprise activate(@PathVariable long id) {
        return enterpriseRegistry.setActive(caller.scope(), id, true);
    }
}
