package org.metrolex.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public registry of legal verification institutions: name, region and authorised scope are
 * public (the bureau publishes them); contact details, credit code history and staff are not.
 */
@PageController
@Tag(name = "public", description = "公开信息 / public information")
class PublicInstitutionController {

    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final Clock clock;

    PublicInstitutionController(PartyManagement parties, RegionCatalogue regions, Clock clock) {
        this.parties = parties;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/api/public/institutions")
    @ResponseBody
    @Operation(summary = "Public registry of legal verification institutions (public fields only)")
    ResultPage<PublicInstitution> api(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return parties.publicInstitutions(q, page, size).map(this::toPublic);
    }

    @GetMapping("/public/institutions")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", parties.publicInstitutions(q, page, 20).map(this::toPublic));
        model.addAttribute("q", q == null ? "" : q);
        return "portal/publicInstitutions";
    }

    private PublicInstitution toPublic(Institution i) {
        return new PublicInstitution(i.id(), i.name(), i.regionCode(), regions.fullName(i.regionCode()), i.kind().name(),
                i.authorizations().stream().map(a -> new PublicInstitution.Authorization(a.certificateNo(), a.instrumentType(),
                        regions.name(a.regionCode()), a.validFrom(), a.validUntil(), a.validOn(LocalDate.now(clock)))).toList());
    }
}
