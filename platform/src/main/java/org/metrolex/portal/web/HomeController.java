package org.metrolex.portal.web;

import org.metrolex.identity.CurrentUser;
import org.metrolex.party.PartyManagement;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Home: a logged-in user sees figures of its own data scope, counted from the registries; the public its
 * front door — the certificate check by number first, then the public registries.
 */
@PageController
class HomeController {

    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;

    HomeController(PartyManagement parties, CurrentUser currentUser, RegionCatalogue regions) {
        this.parties = parties;
        this.currentUser = currentUser;
        this.regions = regions;
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
        model.addAttribute("enterprises", parties.enterpriseCount(scope));
        model.addAttribute("institutions", parties.institutionCount(scope));
        model.addAttribute("people", parties.personCount(scope));
        model.addAttribute("expiring", parties.qualificationsExpiringWithin(scope, 90));
        return "portal/home";
    }
}
