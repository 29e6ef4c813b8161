package org.metrolex.verification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.web.FormErrors;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.verification.AuditSelection;
import org.metrolex.verification.CertificateAuditResult;
import org.metrolex.verification.CertificateAudits;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the certificate audit: choose issued certificates or import a file, see the report, export it. */
@PageController
class CertificateAuditPageController {

    private final CertificateAudits audits;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final MessageSource messages;

    CertificateAuditPageController(CertificateAudits audits, CurrentUser currentUser, RegionCatalogue regions, MessageSource messages) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.regions = regions;
        this.messages = messages;
    }

    /** The form; with {@code run} present, the audit of the issued certificates it selects. */
    @GetMapping("/certificate-audits")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    String page(@RequestParam(required = false) List<Long> institutionId, @RequestParam(required = false) String regionCode,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String run, Model model) {
        AuditSelection selection = new AuditSelection(institutionId, regionCode, from, to);
        CertificateAuditResult result = null;
        if (run != null) {
            try {
                result = audits.auditIssued(currentUser.scope(), selection);
            } catch (RuleViolation v) {
                if (v.status() != 400) {
                    throw v;
                }
                model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of("run", v.errors()));
            }
        }
        return form(model, selection, result);
    }

    @GetMapping("/certificate-audits/export")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    void export(@RequestParam(required = false) List<Long> institutionId, @RequestParam(required = false) String regionCode,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String format, HttpServletResponse response) {
        CertificateAuditDownload.format(format);
        CertificateAuditResult r = audits.auditIssued(currentUser.scope(), new AuditSelection(institutionId, regionCode, from, to));
        CertificateAuditDownload.send(r, format, "certificate-audit", messages, response);
    }

    @PostMapping("/certificate-audits/import")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    String importFile(@RequestPart(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            CertificateAuditResult r = audits.importAndAudit(currentUser.scope(), file == null ? null : file.getOriginalFilename(),
                    CertificateAuditApiController.bytes(file));
            return "redirect:/certificate-audits/imports/" + r.importId() + (r.alreadyImported() ? "?again" : "");
        } catch (RuleViolation v) {
            if (v.status() != 400) {
                throw v;
            }
            return Forms.back(redirect, "/certificate-audits", "import", v, null);
        }
    }

    @GetMapping("/certificate-audits/imports/{id:\\d+}")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    String imported(@PathVariable long id, @RequestParam(required = false) String again, Model model) {
        CertificateAuditResult r = audits.imported(currentUser.scope(), id);
        model.addAttribute("result", again != null ? new CertificateAuditResult(r.source(), r.selection(), r.importId(), r.fileName(),
                r.importedBy(), r.importedAt(), true, r.rowsRead(), r.rejected(), r.report(), r.institutionNames()) : r);
        model.addAttribute("exportBase", "/certificate-audits/imports/" + id + "/export?");
        return "verification/auditImport";
    }

    @GetMapping("/certificate-audits/imports/{id:\\d+}/export")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    void importedExport(@PathVariable long id, @RequestParam(required = false) String format, HttpServletResponse response) {
        CertificateAuditDownload.format(format);
        CertificateAuditDownload.send(audits.imported(currentUser.scope(), id), format, "certificate-audit-" + id, messages, response);
    }

    /** The header row of an import file (CSV, UTF-8 with BOM). */
    @GetMapping("/certificate-audits/template.csv")
    @PreAuthorize(CertificateAuditApiController.OFFICERS)
    void template(HttpServletResponse response) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("certificate-audit-template.csv").build().toString());
        try {
            response.getOutputStream().write(CertificateAudits.csvTemplate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, AuditSelection selection, CertificateAuditResult result) {
        DataScope scope = currentUser.scope();
        model.addAttribute("selection", selection);
        model.addAttribute("institutions", audits.institutions(scope));
        model.addAttribute("regions", scope.regionCodes().stream().map(regions::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Region::code)).toList());
        model.addAttribute("result", result);
        model.addAttribute("imports", audits.imports(scope, 1, 10).items());
        model.addAttribute("exportBase", "/certificate-audits/export?" + query(selection) + "&");
        return "verification/audit";
    }

    static String query(AuditSelection s) {
        StringBuilder q = new StringBuilder("run=1");
        s.institutionIds().forEach(id -> q.append("&institutionId=").append(id));
        if (s.regionCode() != null) {
            q.append("&regionCode=").append(java.net.URLEncoder.encode(s.regionCode(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (s.from() != null) {
            q.append("&from=").append(s.from());
        }
        if (s.to() != null) {
            q.append("&to=").append(s.to());
        }
        return q.toString();
    }
}
