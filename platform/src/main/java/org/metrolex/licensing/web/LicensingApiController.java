package org.metrolex.licensing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.licensing.ApplicationView;
import org.metrolex.licensing.AnsweringDocumentRequest;
import org.metrolex.licensing.ApplyingForLicence;
import org.metrolex.licensing.CheckingCommitments;
import org.metrolex.licensing.DecidingApplication;
import org.metrolex.licensing.LicensingQueries;
import org.metrolex.licensing.RevisingProcedure;
import org.metrolex.licensing.UploadingDocument;
import org.metrolex.licensing.LicensingStatistics;
import org.metrolex.licensing.OverdueApplication;
import org.metrolex.licensing.StaffAction;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Licensing REST API: procedures, applications, documents, staff actions, licences, supervision. */
@RestController
@Tag(name = "licensing", description = "行政许可 / administrative licensing")
class LicensingApiController {

    static final String LOGGED_IN = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF','ENTERPRISE_USER')";
    static final String APPLICANT = "hasAnyRole('INSTITUTION_STAFF','ENTERPRISE_USER')";
    static final String DECIDER = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER')";
    static final String OFFICER = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";

    private final LicensingQueries queries;
    private final RevisingProcedure revising;
    private final ApplyingForLicence applying;
    private final UploadingDocument uploading;
    private final AnsweringDocumentRequest answering;
    private final DecidingApplication deciding;
    private final CheckingCommitments checking;
    private final CurrentUser currentUser;

    LicensingApiController(LicensingQueries queries, RevisingProcedure revising, ApplyingForLicence applying, UploadingDocument uploading, AnsweringDocumentRequest answering, DecidingApplication deciding, CheckingCommitments checking, CurrentUser currentUser) {
        this.queries = queries;
        this.revising = revising;
        this.applying = applying;
        this.uploading = uploading;
        this.answering = answering;
        this.deciding = deciding;
        this.checking = checking;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/licence-procedures")
    @Operation(summary = "Current version of every licensing procedure (steps, limits in working days, documents)")
    @PreAuthorize(LOGGED_IN)
    List<StoredProcedure> procedures() {
        return queries.procedures();
    }

    @PutMapping("/api/licence-procedures/{code}")
    @Operation(summary = "Store a new version of a procedure (limits, documents, approval by commitment)")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    StoredProcedure revise(@PathVariable String code, @RequestBody RevisingProcedure.ProcedureRevision revision) {
        return revising.reviseProcedure(currentUser.scope(), code, revision);
    }

    /** An application as JSON: facts, status, clocks, documents, licence. */
    record ApplicationJson(Dossier dossier, int procedureVersion, ApplicationStatus status, boolean commitmentCheckPending,
                           Object timeline, List<?> events, List<LicenceDocument> documents, List<?> missingDocuments,
                           Object licence, List<StaffAction.Kind> staffActions) {
        static ApplicationJson of(ApplicationView v) {
            return new ApplicationJson(v.dossier(), v.procedure().procedure().version(), v.application().status(),
                    v.application().commitmentCheckPending(), v.timeline(), v.events(), v.documents(), v.missingDocuments(),
                    v.licence(), v.staffActions());
        }
    }

    @GetMapping("/api/licence-applications")
    @Operation(summary = "Applications in the caller's scope (applicants: their own; officers: their regions)")
    @PreAuthorize(LOGGED_IN)
    ResultPage<Dossier> search(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) LicenceType type,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.search(currentUser.scope(), status, type, page, size);
    }

    @GetMapping("/api/licence-applications/{id:\\d+}")
    @PreAuthorize(LOGGED_IN)
    ApplicationJson get(@PathVariable long id) {
        return ApplicationJson.of(queries.view(currentUser.scope(), id));
    }

    @PostMapping("/api/licence-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply: an enterprise for type approval, an institution for authorisation or standard approval")
    @PreAuthorize(APPLICANT)
    ApplicationJson apply(@RequestBody DossierDraft draft) {
        return ApplicationJson.of(applying.apply(currentUser.scope(), draft));
    }

    @PostMapping("/api/licence-applications/{id:\\d+}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document (multipart 'file' and 'requirement'): PDF, PNG or JPEG by content, size-limited")
    @PreAuthorize(APPLICANT)
    LicenceDocument upload(@PathVariable long id, @RequestParam(required = false) String requirement,
                           @RequestParam(required = false) MultipartFile file) {
        if (file == null) {
            throw new RuleViolation("file", "required", "请选择要上传的文件", "choose a file to upload");
        }
        try {
            return uploading.upload(currentUser.scope(), id, requirement, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/licence-applications/{id:\\d+}/documents/{documentId:\\d+}")
    @PreAuthorize(LOGGED_IN)
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        LicenceDocument d = queries.document(currentUser.scope(), id, documentId)
                .orElseThrow(() -> RuleViolation.notFound("申请材料/document", documentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, org.metrolex.platform.web.FileNames.attachment(d.fileName(), "document"))
                .header("X-Content-Type-Options", "nosniff")
                .body(queries.documentContent(currentUser.scope(), id, documentId));
    }

    @PostMapping("/api/licence-applications/{id:\\d+}/answer")
    @Operation(summary = "The applicant answers the one-time request for missing documents (the clock resumes)")
    @PreAuthorize(APPLICANT)
    ApplicationJson answer(@PathVariable long id, @RequestParam(required = false) Integer expectedVersion) {
        return ApplicationJson.of(answering.answer(currentUser.scope(), id, expectedVersion));
    }

    @PostMapping("/api/licence-applications/{id:\\d+}/actions")
    @Operation(summary = "A deciding officer's action: ACCEPT, NOT_ACCEPT, REQUEST_DOCUMENTS, SUSPEND, RESUME, COMPLETE_REVIEW, "
            + "COMPLETE_ASSESSMENT, GRANT, REFUSE, ISSUE, GRANT_BY_COMMITMENT, CONFIRM_COMMITMENT, REVOKE; with expectedVersion "
            + "(dossier.version as read), a change made meanwhile by someone else answers 409")
    @PreAuthorize(DECIDER)
    ApplicationJson act(@PathVariable long id, @RequestBody StaffAction action, @RequestParam(required = false) Integer expectedVersion) {
        return ApplicationJson.of(deciding.act(currentUser.scope(), id, action, expectedVersion));
    }

    @GetMapping("/api/licence-applications/{id:\\d+}/licence.pdf")
    @PreAuthorize(LOGGED_IN)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(queries.licencePdf(currentUser.scope(), id));
    }

    @GetMapping("/api/licensing/overdue")
    @Operation(summary = "Open applications overdue or close to a limit, in the officer's regions")
    @PreAuthorize(OFFICER)
    List<OverdueApplication> overdue() {
        return queries.overdue(currentUser.scope());
    }

    @GetMapping("/api/licensing/commitment-checks")
    @Operation(summary = "Checks after approval by commitment in the officer's regions: open ones (due, overdue flagged by the "
            + "daily job), or all with done=true")
    @PreAuthorize(OFFICER)
    List<CommitmentCheck> commitmentChecks(@RequestParam(required = false) boolean done) {
        return queries.commitmentChecks(currentUser.scope(), done);
    }

    /** The result of a commitment check: passed closes it; failed (with a reason) revokes the licence. */
    record CommitmentCheckResult(Boolean passed, String reason) {
    }

    @PostMapping("/api/licence-applications/{id:\\d+}/commitment-check")
    @Operation(summary = "Record the check after approval by commitment: passed closes it; failed with a reason revokes the licence")
    @PreAuthorize(DECIDER)
    ApplicationJson commitmentCheck(@PathVariable long id, @RequestBody CommitmentCheckResult result) {
        if (result == null || result.passed() == null) {
            throw new RuleViolation("passed", "required", "须写明核查是否通过", "say whether the check passed");
        }
        return ApplicationJson.of(checking.recordCommitmentCheck(currentUser.scope(), id, result.passed(), result.reason()));
    }

    @GetMapping("/api/licensing/statistics")
    @Operation(summary = "Accepted, completed, on time, average working days per step and procedure, by procedure and city")
    @PreAuthorize(OFFICER)
    LicensingStatistics statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.statistics(currentUser.scope(), from, to);
    }

    @GetMapping("/api/public/licences")
    @Operation(summary = "Public register of licence decisions: type, holder, number, validity")
    @PreAuthorize("permitAll()")
    ResultPage<org.metrolex.licensing.domain.PublicLicence> publicLicences(@RequestParam(required = false) String q,
                                                                           @RequestParam(required = false) LicenceType type,
                                                                           @RequestParam(required = false) Integer page) {
        return queries.publicLicences(q, type, page, 20);
    }
}
