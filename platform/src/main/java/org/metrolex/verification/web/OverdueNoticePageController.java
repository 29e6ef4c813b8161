package org.metrolex.verification.web;

import java.time.LocalDate;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.OverdueNotices;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The former notices pages, folded into the overdue workbench (a notice is an overdue case that was noticed):
 * old links and bookmarks lead there.
 */
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
    String list(@RequestParam(required = false) Boolean unread) {
        return "redirect:/overdue" + (Boolean.TRUE.equals(unread) ? "?show=UNREAD" : "?show=ALL");
    }

    @GetMapping("/notices/export")
    @PreAuthorize(OverdueNoticeApiController.READERS)
    String export(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) String format) {
        return "redirect:/overdue/export?format=" + CertificateAuditDownload.format(format)
                + (Boolean.TRUE.equals(unread) ? "&show=UNREAD" : "&show=ALL");
    }

    @PostMapping("/notices/{instrumentId:\\d+}/{dueDate}/read")
    @PreAuthorize("hasRole('ENTERPRISE_USER')")
    String read(@PathVariable long instrumentId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                RedirectAttributes redirect) {
        notices.markRead(currentUser.scope(), instrumentId, dueDate);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/overdue";
    }
}
