package org.metrolex.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.supervision.PublicSpotChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public side of 双随机一公开: committed plans, published populations and seeds, published results. */
@RestController
@RequestMapping("/api/public/spot-checks")
@Tag(name = "public spot checks", description = "公开的抽查计划与结果 / published spot checks")
class PublicSpotCheckApiController {

    private final PublicSpotChecks publicSpotChecks;

    PublicSpotCheckApiController(PublicSpotChecks publicSpotChecks) {
        this.publicSpotChecks = publicSpotChecks;
    }

    /** {@code seed} is null until the draw is published with the inspections done; {@code drawnAt} tells a draw was made. */
    record PublicCampaign(long id, String reference, String name, String type, String regionCode, String status,
                          String populationSha256, String seedCommitment, String seed, String drawnAt) {
    }

    @GetMapping
    @Operation(summary = "Committed campaigns, newest first")
    @PreAuthorize("permitAll()")
    ResultPage<PublicCampaign> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return publicSpotChecks.campaigns(page, size).map(c -> new PublicCampaign(c.id(), c.reference(), c.name(), c.type().name(),
                c.regionCode(), c.status().name(), c.populationSha256(), c.seedCommitment(), c.seedHex(),
                c.drawnAt() == null ? null : c.drawnAt().toString()));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "A campaign's published tasks (100 a page, in draw order), inspections and findings",
            description = "After the draw only the number of tasks and the draw time are public; the tasks, their inspectors "
                    + "and the seed are published once every task is inspected or the results are published (unannounced checks).")
    @PreAuthorize("permitAll()")
    SpotCheckViews.PublicView get(@PathVariable long id, @RequestParam(required = false) Integer page) {
        return SpotCheckViews.view(publicSpotChecks.result(id), page);
    }

    @GetMapping("/{id:\\d+}/population.txt")
    @Operation(summary = "The published population document, byte-exact (its SHA-256 is the population hash)")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> population(@PathVariable long id) {
        return SupervisionApiController.text(publicSpotChecks.populationText(id));
    }
}
