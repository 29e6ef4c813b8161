package org.metrolex.verification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.identity.Role;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.OverdueNotices;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notices page: an enterprise's notices (mark read), or the notices sent in an officer's region; export. */
@PageController
class OverdueNoticePageController {

    private final OverdueNotices notices;
    private final CurrentUser currentUser;

    OverdueNoticePageController(OverdueNotices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping("/notices")
    @PreAuthorize(OverdueNoticeApiController.READERS)
    String list(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page, Model model) {
        DataScope scope = currentUser.scope();
        boolean onlyUnread = Boolean.TRUE.equals(unread);
        model.addAttribute("result", notices.list(scope, onlyUnread, page, 20));
        model.addAttribute("unreadCount", notices.unreadCount(scope));
        model.addAttribute("unreadOnly", onlyUnread);
        model.addAttribute("owner", scope.role() == Role.ENTERPRISE_USER);
        return "verification/notices";
    }

    @PostMapping("/notices/{instrumentId:\\d+}/{dueDate}/read")
    @PreAuthorize("hasRole('ENTERPRISE_USER')")
    String read(@PathVariable long instrumentId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                RedirectAttributes redirect) {
        notices.markRead(currentUser.scope(), instrumentId, dueDate);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/notices";
    }

    @GetMapping("/notices/export")
    @PreAuthorize(OverdueNoticeApiController.READERS)
    void export(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) String format, HttpServletResponse response) {
        send(notices, currentUser.scope(), Boolean.TRUE.equals(unread), format, response);
    }

    static void send(OverdueNotices notices, DataScope scope, boolean unread, String format, HttpServletResponse response) {
        String f = CertificateAuditDownload.format(format);
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : org.metrolex.verification.CertificateAuditSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("overdue-notices." + f).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            if (f.equals("csv")) {
                notices.exportCsv(scope, unread, response.getOutputStream());
            } else {
                notices.exportXlsx(scope, unread, response.getOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
