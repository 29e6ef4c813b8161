package org.metrolex.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.QualifyingPerson;
import org.metrolex.party.RegisteringPerson;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
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
 * REST API of inspectors and verifiers. Officers see the people of their regions, institution staff
 * the verifiers of their own institution; only officers change records.
 */
@RestController
@RequestMapping("/api/people")
@Tag(name = "people", description = "检定与监管人员 / inspectors and verifiers")
class PersonApiController {

    private final PartyQueries queries;
    private final RegisteringPerson personRegistry;
    private final QualifyingPerson qualifying;
    private final CallerScope caller;

    PersonApiController(PartyQueries queries, RegisteringPerson personRegistry, QualifyingPerson qualifying, CallerScope caller) {
        this.queries = queries;
        this.personRegistry = personRegistry;
        this.qualifying = qualifying;
        this.caller = caller;
    }

    /** Fields of a create or edit; {@code version} is the version the client last read (edits only). */
    record PersonForm(String name, String role, String regionCode, Long institutionId, String phone, Integer version) {
        PersonDraft draft() {
            return new PersonDraft(name, role, regionCode, institutionId, phone);
        }
    }

    /** One qualification certificate; dates as yyyy-MM-dd text so a bad one is named. */
    record QualificationForm(String certificateNo, String scope, String validFrom, String validUntil) {
    }

    @GetMapping
    @Operation(summary = "Search people in the caller's scope, by name, role (INSPECTOR/VERIFIER) and institution")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    ResultPage<Person> search(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                              @RequestParam(required = false) Long institution,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.listPeople(caller.scope(), q, role, institution, page, size, "api");
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    Person get(@PathVariable long id) {
        return queries.requirePerson(caller.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Person create(@RequestBody PersonForm form) {
        return personRegistry.register(caller.scope(), form.draft());
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Person update(@PathVariable long id, @RequestBody PersonForm form) {
        if (form.version() == null) {
            throw new RuleViolation("version", "required", "修改时须提供读取时的版本号", "an edit must send the version it read");
        }
        return personRegistry.update(caller.scope(), id, form.version(), form.draft());
    }

    @PostMapping("/{id:\\d+}/deactivate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Person deactivate(@PathVariable long id) {
        return personRegistry.setActive(caller.scope(), id, false);
    }

    @PostMapping("/{id:\\d+}/activate")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Person activate(@PathVariable long id) {
        return personRegistry.setActive(caller.scope(), id, true);
    }

    @PostMapping("/{id:\\d+}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a qualification certificate; answers the whole person")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Person qualify(@PathVariable long id, @RequestBody QualificationForm form) {
        return qualifying.addQualification(caller.scope(), id, form.certificateNo(), form.scope(),
                DateInput.parse("validFrom", form.validFrom()), DateInput.parse("validUntil", form.validUntil()));
    }
}
