package org.metrolex.instrument.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.instrument.domain.PublicInstrument;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public QR check of an instrument, for anyone: public fields only. */
@RestController
@Tag(name = "public", description = "公开信息 / public information")
class PublicInstrumentApiController {

    private final InstrumentQueries queries;

    PublicInstrumentApiController(InstrumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/public/instruments/{qrToken}")
    @Operation(summary = "Public check of an instrument by the token in its QR code")
    PublicInstrument lookup(@PathVariable String qrToken) {
        return queries.publicLookup(qrToken).orElseThrow(() -> RuleViolation.notFound("计量器具/instrument", qrToken));
    }
}
