package org.metrolex.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.NoticePreview;
import org.metrolex.calendar.NoticePublication;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holiday notices for the province administrator: the notices in use by year, a file to load, a preview of the
 * deadlines it changes, then the confirmation that publishes it (it moves deadlines: it is confirmed first). And the
 * list of deadlines changed by notices, for officers of the regions concerned.
 */
@PageController
class HolidayNoticePageController {

    private final CalendarManagement calendar;
    private final CurrentUser currentUser;

    HolidayNoticePageController(CalendarManagement calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @GetMapping("/calendar/notices")
    @PreAuthorize(HolidayNoticeApiController.ADMIN)
    String notices(Model model) {
        return notices(model, List.of());
    }

    private String notices(Model model, List<FieldError> errors) {
        model.addAttribute("notices", calendar.noticeSummaries(currentUser.scope()));
        model.addAttribute("errors", errors);
        model.addAttribute("maxBytes", CalendarManagement.MAX_NOTICE_BYTES);
        return "calendar/notices";
    }

    /** Step 1: check the file and show what it would change; nothing is stored. */
    @PostMapping("/calendar/notices/preview")
    @PreAuthorize(HolidayNoticeApiController.ADMIN)
    String preview(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        DataScope scope = currentUser.scope();
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolation("file", "required", "请选择通知文件（JSON）", "choose a notice file (JSON)");
            }
            byte[] content = file.getSize() > CalendarManagement.MAX_NOTICE_BYTES
                    ? NoticeUpload.readBounded(file.getInputStream()) : file.getBytes();
            NoticePreview preview = calendar.preview(scope, content);
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            model.addAttribute("content", new String(content, StandardCharsets.UTF_8));
            return "calendar/noticePreview";
        } catch (RuleViolation e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return notices(model, e.errors());
        }
    }

    /** Step 2: the administrator confirmed the preview; the same file, carried by the preview page, is published. */
    @PostMapping("/calendar/notices")
    @PreAuthorize(HolidayNoticeApiController.ADMIN)
    String publish(@RequestParam(required = false) String content, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            NoticePublication p = calendar.publish(currentUser.scope(),
                    content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8));
            redirect.addFlashAttribute("published", p);
            return p.unchanged() || p.revisions() == 0 ? "redirect:/calendar/notices" : "redirect:/calendar/revisions?year=" + p.year();
        } catch (RuleViolation e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return notices(model, e.errors());
        }
    }

    @GetMapping("/calendar/revisions")
    @PreAuthorize(HolidayNoticeApiController.OFFICERS)
    String revisions(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", calendar.revisions(currentUser.scope(), year, page, 50));
        model.addAttribute("year", year);
        model.addAttribute("knownUntil", calendar.lastKnownDate());
        return "calendar/revisions";
    }
}
