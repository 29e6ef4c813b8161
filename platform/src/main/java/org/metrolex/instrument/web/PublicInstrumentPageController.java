package org.metrolex.instrument.web;

import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page a phone opens from an instrument's QR code: public fields only, for anyone. */
@PageController
class PublicInstrumentPageController {

    private final InstrumentQueries queries;

    PublicInstrumentPageController(InstrumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/public/instruments/{qrToken}")
    String page(@PathVariable String qrToken, Model model) {
        model.addAttribute("instrument", queries.publicLookup(qrToken)
                .orElseThrow(() -> RuleViolation.notFound("计量器具/instrument", qrToken)));
        return "instrument/publicInstrument";
    }
}
