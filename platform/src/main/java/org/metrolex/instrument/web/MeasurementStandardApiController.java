package org.metrolex.instrument.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.instrument.RegisteringStandard;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.platform.paging.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The minimal registry of the measurement standards institutions verify with. */
@RestController
@RequestMapping("/api/measurement-standards")
@Tag(name = "measurement standards", description = "计量标准 / measurement standards")
class MeasurementStandardApiController {

    private final InstrumentQueries queries;
    private final RegisteringStandard standardRegistry;
    private final CurrentUser currentUser;

    MeasurementStandardApiController(InstrumentQueries queries, RegisteringStandard standardRegistry, CurrentUser currentUser) {
        this.queries = queries;
        this.standardRegistry = standardRegistry;
        this.currentUser = currentUser;
    }

    /** Fields of a new standard; institution staff's {@code institutionId} is ignored (always their own). */
    record StandardForm(Long institutionId, String name, String assessmentCertificateNo, LocalDate assessmentValidUntil,
                        String calibrationCertificateNo, LocalDate calibrationDue) {
        MeasurementStandardDraft draft() {
            return new MeasurementStandardDraft(institutionId, name, assessmentCertificateNo, assessmentValidUntil,
                    calibrationCertificateNo, calibrationDue);
        }
    }

    @GetMapping
    @Operation(summary = "Measurement standards in the caller's scope")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    ResultPage<MeasurementStandard> search(@RequestParam(required = false) Long institution,
                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.standards(currentUser.scope(), institution, page, size);
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    MeasurementStandard get(@PathVariable long id) {
        return queries.requireStandard(currentUser.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a measurement standard with its assessment certificate and calibration")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    MeasurementStandard register(@RequestBody StandardForm form) {
        return standardRegistry.registerStandard(currentUser.scope(), form.draft());
    }
}
