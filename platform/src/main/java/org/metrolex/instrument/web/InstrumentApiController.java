package org.metrolex.instrument.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.FilingInstrument;
import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.text.Labels;
import org.metrolex.instrument.domain.InstrumentUse;
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

/** REST API of the instrument registry. Rows are limited by the caller's data scope. */
@RestController
@RequestMapping("/api/instruments")
@Tag(name = "instruments", description = "计量器具备案 / instrument registry")
class InstrumentApiController {

    private final InstrumentQueries queries;
    private final FilingInstrument filing;
    private final CurrentUser currentUser;

    private final Labels labels;

    InstrumentApiController(InstrumentQueries queries, FilingInstrument filing, CurrentUser currentUser, Labels labels) {
        this.labels = labels;
        this.queries = queries;
        this.filing = filing;
        this.currentUser = currentUser;
    }

    /**
     * Fields of a filing or edit. An enterprise user's owner and region are ignored (always its own);
     * {@code version} is the version the client last read (edits only).
     */
    record InstrumentForm(String categoryCode, String maker, String model, String serialNumber, String typeApprovalNo,
                          String accuracyClass, String measuringRange, Long ownerEnterpriseId, String regionCode,
                          String location, String purpose, Integer version) {
        InstrumentDraft draft(Labels labels) {
            return new InstrumentDraft(categoryCode, maker, model, serialNumber, typeApprovalNo, accuracyClass,
                    measuringRange, ownerEnterpriseId, regionCode, location, labels.code(InstrumentUse.class, purpose));
        }
    }

    /** A status change: SUSPEND, SCRAP or REACTIVATE. */
    record StatusChange(String change) {
    }

    @GetMapping
    @Operation(summary = "Search instruments in the caller's scope")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    ResultPage<Instrument> search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.search(currentUser.scope(), new InstrumentQuery(q, category, status), page, size);
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Instrument get(@PathVariable long id) {
        return queries.requireInstrument(currentUser.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File (备案) an instrument; an enterprise user files for itself")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Instrument file(@RequestBody InstrumentForm form) {
        return filing.file(currentUser.scope(), form.draft(labels));
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Instrument edit(@PathVariable long id, @RequestBody InstrumentForm form) {
        if (form.version() == null) {
            throw new RuleViolation("version", "required", "修改时须提供读取时的版本号", "an edit must send the version it read");
        }
        return filing.edit(currentUser.scope(), id, form.version(), form.draft(labels));
    }

    @PostMapping("/{id:\\d+}/status")
    @Operation(summary = "Suspend, scrap or reactivate an instrument")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Instrument changeStatus(@PathVariable long id, @RequestBody StatusChange body) {
        return filing.changeStatus(currentUser.scope(), id, StatusChanges.parse(body.change()));
    }
}
