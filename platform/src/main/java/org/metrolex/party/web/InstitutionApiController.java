package org.metrolex.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.party.AuthorisingInstitution;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.RegisteringInstitution;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
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

/**
 * REST API of the institution registry. Rows are limited by the caller's data scope (institution staff
 * see their own institution only); only the provincial and city bureaus register and authorise.
 */
@RestController
@RequestMapping("/api/institutions")
@Tag(name = "institutions", description = "法定计量检定机构 / legal verification institutions")
class InstitutionApiController {

    private final PartyQueries queries;
    private final RegisteringInstitution institutionRegistry;
    private final AuthorisingInstitution authorising;
    private final CallerScope caller;

    InstitutionApiController(PartyQueries queries, RegisteringInstitution institutionRegistry, AuthorisingInstitution authorising, CallerScope caller) {
        this.queries = queries;
        this.institutionRegistry = institutionRegistry;
        this.authorising = authorising;
        this.caller = caller;
    }

    /** Fields of a create or edit; {@code version} is the version the client last read (edits only). */
    record InstitutionForm(String creditCode, String name, String address, String regionCode, String kind,
                           String contactPhone, Integer version) {
        InstitutionDraft draft() {
            return new InstitutionDraft(creditCode, name, address, regionCode, kind, contactPhone);
        }
    }

    /** One authorisation line; dates as yyyy-MM-dd text so a bad one is named (see {@link DateInput}). */
    record AuthorizationForm(String certificateNo, String instrumentType, String regionCode, String validFrom,
                             String validUntil) {
    }

    @GetMapping
    @Operation(summary = "Search institutions in the caller's scope")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    ResultPage<Institution> search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.searchInstitutions(caller.scope(), q, region, page, size);
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    Institution get(@PathVariable long id) {
        return queries.requireInstitution(caller.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    Institution create(@RequestBody InstitutionForm form) {
        return institutionRegistry.register(caller.scope(), form.draft());
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    Institution update(@PathVariable long id, @RequestBody InstitutionForm form) {
        if (form.version() == null) {
            throw new RuleViolation("version", "required", "修改时须提供读取时的版本号", "an edit must send the version it read");
        }
        return institutionRegistry.update(caller.scope(), id, form.version(), form.draft());
    }

    @PostMapping("/{id:\\d+}/deactivate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    Institution deactivate(@PathVariable long id) {
        return institutionRegistry.setActive(caller.scope(), id, false);
    }

    @PostMapping("/{id:\\d+}/activate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    Institution activate(@PathVariable long id) {
        return institutionRegistry.setActive(caller.scope(), id, true);
    }

    @PostMapping("/{id:\\d+}/authorizations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one line to the institution's authorisation scope; answers the whole institution")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')")
    Institution authorize(@PathVariable long id, @RequestBody AuthorizationForm form) {
        return authorising.addAuthorization(caller.scope(), id, form.certificateNo(), form.instrumentType(),
                form.regionCode(), DateInput.parse("validFrom", form.validFrom()),
                DateInput.parse("validUntil", form.validUntil()));
    }
}
