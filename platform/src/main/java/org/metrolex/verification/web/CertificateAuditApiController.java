package org.metrolex.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.verification.AuditSelection;
import org.metrolex.verification.CertificateAuditResult;
import org.metrolex.verification.CertificateAudits;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Certificate audit API: audit the certificates issued here or an imported file; reports as JSON, .xlsx or CSV. */
@RestController
@RequestMapping("/api/certificate-audits")
@Tag(name = "certificate audits", description = "证书抽查 / certificate audits")
class CertificateAuditApiController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";

    private final CertificateAudits audits;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    CertificateAuditApiController(CertificateAudits audits, CurrentUser currentUser, MessageSource messages) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** An import as listed: counts only. */
    record ImportSummary(long id, String fileName, String importedBy, OffsetDateTime importedAt, int rowsRead, int rowsRejected,
                         int examined, int defective) {
    }

    @GetMapping("/issued")
    @Operation(summary = "Audit the certificates issued here, by institution(s), region and verification period, within the caller's scope")
    @PreAuthorize(OFFICERS)
    CertificateAuditResult issued(@RequestParam(required = false) List<Long> institutionId, @RequestParam(required = false) String regionCode,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return audits.auditIssued(currentUser.scope(), new AuditSelection(institutionId, regionCode, from, to));
    }

    @GetMapping("/issued/export")
    @Operation(summary = "The same audit as .xlsx (format=xlsx, default) or CSV (format=csv)")
    @PreAuthorize(OFFICERS)
    void issuedExport(@RequestParam(required = false) List<Long> institutionId, @RequestParam(required = false) String regionCode,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String format, HttpServletResponse response) {
        CertificateAuditDownload.format(format);
        CertificateAuditResult r = audits.auditIssued(currentUser.scope(), new AuditSelection(institutionId, regionCode, from, to));
        CertificateAuditDownload.send(r, format, "certificate-audit", messages, response);
    }

    @PostMapping("/import")
    @Operation(summary = "Import a file (.xlsx or .csv) of external certificates and audit it; the same file again returns the stored audit")
    @PreAuthorize(OFFICERS)
    CertificateAuditResult importFile(@RequestPart(name = "file", required = false) MultipartFile file) {
        return audits.importAndAudit(currentUser.scope(), file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @GetMapping("/imports")
    @Operation(summary = "Imported audits visible to the caller, newest first")
    @PreAuthorize(OFFICERS)
    ResultPage<ImportSummary> imports(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var found = audits.imports(currentUser.scope(), page, size);
        return new ResultPage<>(found.items().stream().map(s -> new ImportSummary(s.id(), s.fileName(), s.importedBy(), s.importedAt(),
                s.rowsRead(), s.rowsRejected(), s.examined(), s.defective())).toList(), found.total(), found.page(), found.size());
    }

    @GetMapping("/imports/{id:\\d+}")
    @Operation(summary = "One imported audit with its report and rejected rows")
    @PreAuthorize(OFFICERS)
    CertificateAuditResult imported(@PathVariable long id) {
        return audits.imported(currentUser.scope(), id);
    }

    @GetMapping("/imports/{id:\\d+}/export")
    @Operation(summary = "One imported audit as .xlsx (default) or CSV")
    @PreAuthorize(OFFICERS)
    void importedExport(@PathVariable long id, @RequestParam(required = false) String format, HttpServletResponse response) {
        CertificateAuditDownload.format(format);
        CertificateAuditDownload.send(audits.imported(currentUser.scope(), id), format, "certificate-audit-" + id, messages, response);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
