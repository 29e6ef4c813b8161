package org.metrolex.portal.web;

import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.DueReminders;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.VerificationSummary;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Home: a logged-in user sees what its role comes for first — officers the figures of their data scope, an
 * institution its queue of assigned verifications and its latest certificates, an enterprise its instruments by
 * next due date and its unread due reminders; the public its front door — the certificate check by number first,
 * then the public registries.
 */
@PageController
class HomeController {

    /** Rows per home panel: enough to act on, the full lists are one link away. */
    private static final int PANEL_ROWS = 6;

    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final VerificationManagement verifications;
    private final DueReminders reminders;

    HomeController(PartyManagement parties, CurrentUser currentUser, RegionCatalogue regions, VerificationManagement verifications,
                   DueReminders reminders) {
        this.parties = parties;
        this.currentUser = currentUser;
        this.regions = regions;
        this.verifications = verifications;
        this.reminders = reminders;
    }

    @GetMapping("/")
    String home(Model model) {
        var scope = currentUser.scope();
        var principal = currentUser.principal();
        if (principal.isEmpty()) {
            return "portal/publicHome";
        }
        var p = principal.get();
        model.addAttribute("displayName", p.displayName());
        model.addAttribute("scopeLabel", p.regionCode() != null ? regions.fullName(p.regionCode()) : "");
        model.addAttribute("role", scope.role().name());
        model.addAttribute("enterprises", parties.enterpriseCount(scope));
        model.addAttribute("institutions", parties.institutionCount(scope));
        model.addAttribute("people", parties.personCount(scope));
        model.addAttribute("expiring", parties.qualificationsExpiringWithin(scope, 90));
        ResultPage<VerificationSummary> none = new ResultPage<>(List.of(), 0, 1, PANEL_ROWS);
        boolean institution = scope.role() == Role.INSTITUTION_STAFF;
        boolean enterprise = scope.role() == Role.ENTERPRISE_USER;
        model.addAttribute("queue", institution ? verifications.list(scope, "ASSIGNED", 1, PANEL_ROWS) : none);
        model.addAttribute("issued", institution ? verifications.list(scope, "CERTIFIED", 1, PANEL_ROWS) : none);
        model.addAttribute("dueInstruments", enterprise ? reminders.soonestDue(scope, PANEL_ROWS * 2) : List.of());
        model.addAttribute("unreadReminders", enterprise ? reminders.list(scope, true, true, 1, PANEL_ROWS)
                : new ResultPage<DueReminders.ReminderView>(List.of(), 0, 1, PANEL_ROWS));
        model.addAttribute("overdueCount", enterprise ? verifications.overdue(scope, 1, 1).total() : 0L);
        return "portal/home";
    }
}
