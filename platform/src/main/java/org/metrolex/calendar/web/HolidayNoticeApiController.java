package org.metrolex.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.DeadlineRevision;
import org.metrolex.calendar.NoticePreview;
import org.metrolex.calendar.NoticePublication;
import org.metrolex.calendar.NoticeSummary;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holiday notices loaded at run time (province administrator) and the deadlines they changed (officers). The notice
 * is the request body, a JSON file in the shipped format; {@code dryRun=true} answers what publishing would change
 * without changing anything, as the page's confirmation step does.
 */
@RestController
@RequestMapping("/api/calendar")
class HolidayNoticeApiController {

    static final String ADMIN = "hasRole('PROVINCE_ADMIN')";
    static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";

    private final CalendarManagement calendar;
    private final CurrentUser currentUser;

    HolidayNoticeApiController(CalendarManagement calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @GetMapping("/notices")
    @PreAuthorize(ADMIN)
    List<NoticeSummary> notices() {
        return calendar.noticeSummaries(currentUser.scope());
    }

    @PostMapping(value = "/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    ResponseEntity<?> publish(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        byte[] body = NoticeUpload.readBounded(request.getInputStream());
        if (dryRun) {
            NoticePreview preview = calendar.preview(currentUser.scope(), body);
            return ResponseEntity.ok(preview);
        }
        NoticePublication published = calendar.publish(currentUser.scope(), body);
        return ResponseEntity.status(published.unchanged() ? HttpStatus.OK : HttpStatus.CREATED).body(published);
    }

    @GetMapping("/revisions")
    @PreAuthorize(OFFICERS)
    ResultPage<DeadlineRevision> revisions(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return calendar.revisions(currentUser.scope(), year, page, size);
    }
}
