package org.metrolex.instrument.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.metrolex.instrument.InstrumentQueries;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mandatory-verification catalogue; null figures mean "not obtained from a source". */
@RestController
@Tag(name = "instruments", description = "计量器具备案 / instrument registry")
class InstrumentCategoryApiController {

    private final InstrumentQueries queries;

    InstrumentCategoryApiController(InstrumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/instrument-categories")
    @Operation(summary = "The mandatory-verification catalogue with modes, intervals, regulation and sources")
    @PreAuthorize("isAuthenticated()")
    List<InstrumentCategory> catalogue() {
        return queries.catalogue();
    }
}
