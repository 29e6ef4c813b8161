package org.metrolex.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.verification.OverdueNotice;
import org.metrolex.verification.OverdueNotices;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Overdue notices to owners: the owner enterprise its own (and marks them read), officers those in their region. */
@RestController
@RequestMapping("/api/overdue-notices")
@Tag(name = "overdue notices", description = "超期未检通知 / overdue notices")
class OverdueNoticeApiController {

    static final String READERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    private final OverdueNotices notices;
    private final CurrentUser currentUser;

    OverdueNoticeApiController(OverdueNotices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Overdue notices in the caller's scope, newest due date first; unread=true for unread only")
    @PreAuthorize(READERS)
    ResultPage<OverdueNotices.NoticeView> list(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return notices.list(currentUser.scope(), Boolean.TRUE.equals(unread), page, size);
    }

    @PostMapping("/{instrumentId:\\d+}/{dueDate}/read")
    @Operation(summary = "The owner enterprise marks a notice read")
    @PreAuthorize("hasRole('ENTERPRISE_USER')")
    OverdueNotice read(@PathVariable long instrumentId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
        return notices.markRead(currentUser.scope(), instrumentId, dueDate);
    }

    @GetMapping("/export")
    @Operation(summary = "The notices in the caller's scope as .xlsx (format=xlsx, default) or CSV (format=csv)")
    @PreAuthorize(READERS)
    void export(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) String format, HttpServletResponse response) {
        String f = CertificateAuditDownload.format(format);
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : org.metrolex.verification.CertificateAuditSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("overdue-notices." + f).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            if (f.equals("csv")) {
                notices.exportCsv(currentUser.scope(), Boolean.TRUE.equals(unread), response.getOutputStream());
            } else {
                notices.exportXlsx(currentUser.scope(), Boolean.TRUE.equals(unread), response.getOutputStream());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
