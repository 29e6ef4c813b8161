package org.metrolex.verification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.verification.OverdueCase;
import org.metrolex.verification.OverdueNotices;
import org.metrolex.verification.OverdueWorkbench;
import org.metrolex.verification.VerificationQueries;
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

/**
 * The overdue workbench ({@code /overdue}): the overdue cases of the caller's level with filters, pages and
 * exports; the owner marks its notices read here. The former notices page leads here.
 */
@PageController
class OverdueWorkbenchPageController {

    static final String READERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    private final OverdueWorkbench workbench;
    private final OverdueNotices notices;
    private final org.metrolex.verification.DueReminders reminders;
    private final VerificationQueries queries;
    private final RegionCatalogue regions;
    private final CurrentUser currentUser;

    OverdueWorkbenchPageController(OverdueWorkbench workbench, OverdueNotices notices, org.metrolex.verification.DueReminders reminders,
                                   VerificationQueries queries,
                                   RegionCatalogue regions, CurrentUser currentUser) {
        this.workbench = workbench;
        this.notices = notices;
        this.reminders = reminders;
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/overdue")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String show, @RequestParam(required = false) String region,
                @RequestParam(required = false) String category, @RequestParam(required = false) String owner,
                @RequestParam(required = false) Integer page, Model model, Locale locale) {
        DataScope scope = currentUser.scope();
        OverdueCase.Filter filter = new OverdueCase.Filter(OverdueCase.Show.parse(show), region, category, owner);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("result", workbench.list(scope, filter, page, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("owner", scope.role() == Role.ENTERPRISE_USER);
        model.addAttribute("unreadCount", notices.unreadCount(scope));
        model.addAttribute("reminderCount", reminders.currentCount(scope));
        model.addAttribute("regionOptions", regionOptions(scope));
        model.addAttribute("categoryOptions", queries.categories().stream()
                .map(c -> new Choice(c.code(), c.name(english))).toList());
        return "verification/overdue";
    }

    @GetMapping("/overdue/export")
    @PreAuthorize(READERS)
    void export(@RequestParam(required = false) String show, @RequestParam(required = false) String region,
                @RequestParam(required = false) String category, @RequestParam(required = false) String owner,
                @RequestParam(required = false) String format, HttpServletResponse response) {
        OverdueCase.Filter filter = new OverdueCase.Filter(OverdueCase.Show.parse(show), region, category, owner);
        String f = CertificateAuditDownload.format(format);
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : org.metrolex.verification.CertificateAuditSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("overdue." + f).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            if (f.equals("csv")) {
                workbench.exportCsv(currentUser.scope(), filter, response.getOutputStream());
            } else {
                workbench.exportXlsx(currentUser.scope(), filter, response.getOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner marks a notice read (answered) from the workbench; back to the same list. */
    @PostMapping("/overdue/{instrumentId:\\d+}/{dueDate}/read")
    @PreAuthorize("hasRole('ENTERPRISE_USER')")
    String read(@PathVariable long instrumentId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        notices.markRead(currentUser.scope(), instrumentId, dueDate);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/overdue" + (back != null && back.matches("[A-Za-z0-9=&%_.\\-]*") && !back.isEmpty() ? "?" + back : "");
    }

    /** The query string of a filter, for the pager and the export links. */
    static String query(OverdueCase.Filter f) {
        StringBuilder sb = new StringBuilder("show=").append(f.show().name());
        if (f.regionCode() != null) {
            sb.append("&region=").append(URLEncoder.encode(f.regionCode(), StandardCharsets.UTF_8));
        }
        if (f.categoryCode() != null) {
            sb.append("&category=").append(URLEncoder.encode(f.categoryCode(), StandardCharsets.UTF_8));
        }
        if (f.owner() != null) {
            sb.append("&owner=").append(URLEncoder.encode(f.owner(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** The cities and counties an officer may filter by, by name (the code as secondary text); none for one county. */
    private List<Choice> regionOptions(DataScope scope) {
        if (!scope.isOfficer() || scope.regionCodes().size() <= 1) {
            return List.of();
        }
        return regions.all().stream().filter(r -> scope.coversRegion(r.code()) && r.level() != RegionLevel.PROVINCE)
                .sorted(Comparator.comparing(Region::code))
                .map(r -> new Choice(r.code(), regions.placeName(r.code()) + " · " + r.code()))
                .toList();
    }
}
