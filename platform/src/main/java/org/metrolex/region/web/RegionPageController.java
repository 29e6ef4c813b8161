package org.metrolex.region.web;

import org.metrolex.region.RegionCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region tree for bureau staff: province → cities → counties, with a name search. */
@PageController
class RegionPageController {

    private final RegionCatalogue regions;

    RegionPageController(RegionCatalogue regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String tree(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("matches", regions.searchByName(query));
        model.addAttribute("roots", regions.tree().roots());
        model.addAttribute("regions", regions);
        return "region/regions";
    }
}
