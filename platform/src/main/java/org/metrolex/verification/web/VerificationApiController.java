package org.metrolex.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.OverdueCounts;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.OverdueQueries;
import org.metrolex.verification.Verification;
import org.metrolex.verification.VerificationQueries;
import org.metrolex.verification.BookingVerification;
import org.metrolex.verification.AssigningInstitution;
import org.metrolex.verification.RecordingReadings;
import org.metrolex.verification.RedecidingVerification;
import org.metrolex.verification.SigningVerification;
import org.metrolex.verification.IssuingCertificate;
import org.metrolex.verification.RevokingCertificate;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Verifications: book, assign, record readings, issue, revoke; and the overdue list. */
@RestController
@RequestMapping("/api")
@Tag(name = "verifications", description = "检定 / verifications")
class VerificationApiController {

    private static final String ANY = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF','ENTERPRISE_USER')";

    private final VerificationQueries queries;
    private final BookingVerification booking;
    private final AssigningInstitution assigning;
    private final RecordingReadings recording;
    private final RedecidingVerification redeciding;
    private final SigningVerification signing;
    private final IssuingCertificate issuing;
    private final RevokingCertificate revoking;
    private final OverdueQueries overdueQueries;
    private final CurrentUser currentUser;

    VerificationApiController(VerificationQueries queries, BookingVerification booking, AssigningInstitution assigning, RecordingReadings recording, RedecidingVerification redeciding, SigningVerification signing, IssuingCertificate issuing, RevokingCertificate revoking, OverdueQueries overdueQueries, CurrentUser currentUser) {
        this.queries = queries;
        this.booking = booking;
        this.assigning = assigning;
        this.recording = recording;
        this.redeciding = redeciding;
        this.signing = signing;
        this.issuing = issuing;
        this.revoking = revoking;
        this.overdueQueries = overdueQueries;
        this.currentUser = currentUser;
    }

    record BookForm(Long instrumentId) {
    }

    record AssignForm(Long institutionId) {
    }

    record IssueForm(String conclusion) {
    }

    record RevokeForm(String reason) {
    }

    @GetMapping("/verifications")
    @Operation(summary = "Verifications in the caller's scope")
    @PreAuthorize(ANY)
    ResultPage<Verification> search(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return queries.search(currentUser.scope(), status, page, size);
    }

    @GetMapping("/verifications/{id:\\d+}")
    @PreAuthorize(ANY)
    Map<String, Object> get(@PathVariable long id) {
        var scope = currentUser.scope();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verification", queries.require(scope, id));
        out.put("decision", queries.decision(scope, id));
        out.put("certificate", queries.certificateOf(scope, id).orElse(null));
        return out;
    }

    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a verification (owner enterprise or officer)")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Verification book(@RequestBody BookForm form) {
        return booking.book(currentUser.scope(), form.instrumentId());
    }

    @PostMapping("/verifications/{id:\\d+}/assign")
    @Operation(summary = "Assign to an institution authorised for the instrument type and region")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    Verification assign(@PathVariable long id, @RequestBody AssignForm form) {
        return assigning.assign(currentUser.scope(), id, form.institutionId());
    }

    @PostMapping("/verifications/{id:\\d+}/readings")
    @Operation(summary = "Record the raw readings; the conformity decision is computed from them")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    Verification record(@PathVariable long id, @RequestBody RecordingReadings.Recording form) {
        return recording.record(currentUser.scope(), id, form);
    }

    @GetMapping("/verifications/{id:\\d+}/redecision")
    @Operation(summary = "What re-deciding a recorded verification with the rule editions in force now would change (editions and conclusion, before and now)")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    VerificationQueries.Redecision redecision(@PathVariable long id) {
        return queries.redecision(currentUser.scope(), id);
    }

    @PostMapping("/verifications/{id:\\d+}/redecide")
    @Operation(summary = "Re-decide a recorded, not yet issued verification with the rule editions in force now (audited with the "
            + "editions before and after; 409 once issued: issued certificates never change)")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    Verification redecide(@PathVariable long id) {
        return redeciding.redecide(currentUser.scope(), id);
    }

    /** The person who signs: the checker or the approver, a person id of the assigned institution. */
    record SignForm(Long personId) {
    }

    @PostMapping("/verifications/{id:\\d+}/check")
    @Operation(summary = "The checker (核验员) signs the recorded readings: a qualified person of the institution other than the verifier")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    Verification check(@PathVariable long id, @RequestBody SignForm form) {
        return signing.signCheck(currentUser.scope(), id, form.personId());
    }

    @PostMapping("/verifications/{id:\\d+}/approve")
    @Operation(summary = "The approver (批准人) signs after the checker: a third qualified person of the institution")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    Verification approve(@PathVariable long id, @RequestBody SignForm form) {
        return signing.signApproval(currentUser.scope(), id, form.personId());
    }

    @PostMapping("/verifications/{id:\\d+}/issue")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue the certificate or notice of non-conformity after the legitimacy check")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    Certificate issue(@PathVariable long id, @RequestBody IssueForm form) {
        return issuing.issue(currentUser.scope(), id, conclusion(form.conclusion()));
    }

    @PostMapping("/certificates/{id:\\d+}/revoke")
    @Operation(summary = "Revoke a certificate with a reason")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    Certificate revoke(@PathVariable long id, @RequestBody RevokeForm form) {
        return revoking.revoke(currentUser.scope(), id, form.reason());
    }

    @GetMapping("/overdue")
    @Operation(summary = "Overdue instruments: officers by region, an enterprise its own")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    ResultPage<OverdueInstrument> overdue(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.overdue(currentUser.scope(), page, size);
    }

    @GetMapping("/overdue/after")
    @Operation(summary = "Keyset continuation of the overdue list: the instruments after (afterDue, afterInstrument), in due order")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    List<OverdueInstrument> overdueAfter(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterDue,
                                         @RequestParam(required = false) Long afterInstrument,
                                         @RequestParam(required = false) Integer size) {
        return overdueQueries.after(currentUser.scope(), afterDue, afterInstrument, size);
    }

    @GetMapping("/overdue/counts-by-region")
    @Operation(summary = "Overdue instruments counted per city (level=prefecture, default) or per county of the officer's region")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    OverdueCounts overdueCountsByRegion(@RequestParam(required = false) String level) {
        return overdueQueries.countsByRegion(currentUser.scope(), level);
    }

    static Conclusion conclusion(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("conclusion", "required", "检定结论必填（CONFORMING 或 NON_CONFORMING）",
                    "the conclusion is required (CONFORMING or NON_CONFORMING)");
        }
        try {
            return Conclusion.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("conclusion", "known", "检定结论须为 CONFORMING 或 NON_CONFORMING",
                    "the conclusion must be CONFORMING or NON_CONFORMING");
        }
    }
}
