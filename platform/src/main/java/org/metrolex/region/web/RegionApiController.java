package org.metrolex.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API of the administrative divisions (GB/T 2260): the codes are public data, and other
 * systems need them to fill in the region of a filing. No login is required.
 */
@RestController
@RequestMapping("/api/regions")
@Tag(name = "regions", description = "行政区划 / administrative divisions")
class RegionApiController {

    private final RegionCatalogue regions;

    RegionApiController(RegionCatalogue regions) {
        this.regions = regions;
    }

    /** One region with where it sits: its direct children and the path from the province down to it. */
    record RegionDetail(Region region, List<Region> children, List<Region> path) {
    }

    /**
     * The same shape as the platform's error body. Written here because the region module sits below
     * every other one and depends on none, not even the platform's error handling.
     */
    record NotFound(int status, String messageZh, String messageEn, List<FieldProblem> errors) {
        record FieldProblem(String field, String rule, String messageZh, String messageEn) {
        }
    }

    @GetMapping
    @Operation(summary = "All regions as a flat list (code, name, level, parentCode) in tree order, or those whose name contains q")
    List<Region> list(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? regions.all() : regions.searchByName(q);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region with its children and its path from the province")
    ResponseEntity<?> get(@PathVariable String code) {
        return regions.find(code)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(
                        new RegionDetail(r, regions.children(r.code()), regions.tree().path(r.code()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new NotFound(404, "未找到", "Not found",
                        List.of(new NotFound.FieldProblem("code", "gbt2260", "行政区划代码不存在（GB/T 2260）：" + code,
                                "not a known region code (GB/T 2260): " + code)))));
    }
}
