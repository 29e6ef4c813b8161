package org.metrolex.verification.web;

import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.DueReminders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The due-date reminders page ({@code /reminders}): the owner's reminders, which it marks read here; officers read
 * those of their region. Once the due date has passed the overdue workbench takes over, so the default list shows
 * reminders of instruments not yet due.
 */
@PageController
class DueReminderPageController {

    static final String READERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    /** Which reminders the list shows. */
    enum Show {
        CURRENT, UNREAD, ALL;

        static Show parse(String s) {
            for (Show v : values()) {
                if (v.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return v;
                }
            }
            return CURRENT;
        }
    }

    private final DueReminders reminders;
    private final CurrentUser currentUser;

    DueReminderPageController(DueReminders reminders, CurrentUser currentUser) {
        this.reminders = reminders;
        this.currentUser = currentUser;
    }

    @GetMapping("/reminders")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String show, @RequestParam(required = false) Integer page, Model model) {
        DataScope scope = currentUser.scope();
        Show s = Show.parse(show);
        model.addAttribute("result", reminders.list(scope, s == Show.UNREAD, s != Show.ALL, page, 20));
        model.addAttribute("show", s.name());
        model.addAttribute("shows", java.util.List.of(Show.values()).stream().map(Enum::name).toList());
        model.addAttribute("owner", scope.role() == Role.ENTERPRISE_USER);
        model.addAttribute("unreadCount", reminders.unreadCount(scope));
        model.addAttribute("thresholds", reminders.thresholds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、")));
        return "verification/reminders";
    }

    /** The owner marks a reminder read; back to the list it came from. */
    @PostMapping("/reminders/{id:\\d+}/read")
    @PreAuthorize("hasRole('ENTERPRISE_USER')")
    String read(@PathVariable long id, @RequestParam(required = false) String show, RedirectAttributes redirect) {
        reminders.markRead(currentUser.scope(), id);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/reminders?show=" + Show.parse(show).name();
    }
}
