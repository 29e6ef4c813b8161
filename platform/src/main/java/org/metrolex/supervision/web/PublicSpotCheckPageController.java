package org.metrolex.supervision.web;

import java.util.function.Function;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.PublicSpotChecks;
import org.metrolex.supervision.domain.DrawRefused;
import org.metrolex.supervision.domain.DrawVerifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import java.util.List;
import java.util.Map;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.DrawResult;
import org.metrolex.supervision.domain.RandomDraw;
import org.metrolex.supervision.domain.Seed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the list of spot checks, one spot check's plan, draw and results, and the draw verifier. */
@PageController
class PublicSpotCheckPageController {

    private final PublicSpotChecks publicSpotChecks;
    private final RegionCatalogue regions;

    PublicSpotCheckPageController(PublicSpotChecks publicSpotChecks, RegionCatalogue regions) {
        this.publicSpotChecks = publicSpotChecks;
        this.regions = regions;
    }

    /** Regions by name for the public (a county with its city); the code stays as secondary text. */
    private Function<String, String> placeNames() {
        return regions::placeName;
    }

    @GetMapping("/public/spot-checks")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", publicSpotChecks.campaigns(page, 20));
        model.addAttribute("place", placeNames());
        return "supervision/publicList";
    }

    @GetMapping("/public/spot-checks/{id:\\d+}")
    @PreAuthorize("permitAll()")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("view", SpotCheckViews.view(publicSpotChecks.result(id), page));
        model.addAttribute("place", placeNames());
        return "supervision/publicCampaign";
    }

    /**
     * "Verify this draw" for anyone: the published list and seed are drawn again here and the outcome is
     * said in words — the list is the one committed to, the seed is the committed one, and the same
     * targets come out in the same order. The machine text is shown below for those who re-run it.
     */
    @GetMapping("/public/spot-checks/{id:\\d+}/verification")
    @PreAuthorize("permitAll()")
    String verifyDraw(@PathVariable long id, Model model) {
        var result = publicSpotChecks.result(id);
        var c = result.campaign();
        model.addAttribute("campaign", c);
        if (c.seedHex() == null) {
            model.addAttribute("checks", List.of());
            model.addAttribute("report", null);
            return "supervision/drawCheck";
        }
        String text = publicSpotChecks.populationText(id);
        DrawDocument document = DrawDocument.parse(text);
        Seed seed = Seed.of(c.seedHex());
        DrawResult redraw = RandomDraw.draw(document, seed);
        Map<Integer, String> published = new java.util.HashMap<>();
        result.tasks().forEach(t -> published.put(t.position(), t.targetKey()));
        long same = redraw.assignments().stream()
                .filter(a -> a.target().id().equals(published.get(a.position()))).count();
        boolean allSame = same == redraw.assignments().size() && published.size() == redraw.assignments().size();
        model.addAttribute("checks", List.of(
                new DrawCheck(redraw.documentSha256().equalsIgnoreCase(c.populationSha256()), "supervision.drawCheck.document",
                        List.of(document.population().size())),
                new DrawCheck(seed.commitment().equalsIgnoreCase(c.seedCommitment()), "supervision.drawCheck.seed", List.of()),
                new DrawCheck(allSame, allSame ? "supervision.drawCheck.targets" : "supervision.drawCheck.targetsDiffer",
                        List.of(redraw.assignments().size(), published.size(), redraw.assignments().size() - same))));
        model.addAttribute("report", DrawVerifier.report(text, c.seedHex(), c.seedCommitment()));
        return "supervision/drawCheck";
    }

    @GetMapping("/public/spot-checks/verify")
    @PreAuthorize("permitAll()")
    String verifyForm(Model model) {
        return verify("", "", "", null, null, model);
    }

    @PostMapping("/public/spot-checks/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(required = false) String document, @RequestParam(required = false) String seed,
                  @RequestParam(required = false) String commitment, Model model) {
        try {
            return verify(document, seed, commitment, DrawVerifier.report(document == null ? "" : document, seed, commitment), null, model);
        } catch (DrawRefused e) {
            return verify(document, seed, commitment, null, e.getMessage(), model);
        }
    }

    private String verify(String document, String seed, String commitment, String report, String error, Model model) {
        model.addAttribute("document", document == null ? "" : document);
        model.addAttribute("seed", seed == null ? "" : seed);
        model.addAttribute("commitment", commitment == null ? "" : commitment);
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        return "supervision/verify";
    }

}
