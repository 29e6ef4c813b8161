package org.metrolex.prepackaged.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.prepackaged.CMarkDeclaration;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.NewLot;
import org.metrolex.prepackaged.PrepackagedManagement;
import org.metrolex.prepackaged.DeclaringCMark;
import org.metrolex.prepackaged.ReviewingCMark;
import org.metrolex.prepackaged.PrepackagedQueries;
import org.metrolex.prepackaged.PrepackagedStatistics;
import org.metrolex.prepackaged.PublicCMark;
import org.metrolex.prepackaged.ReadingsForm;
import org.metrolex.prepackaged.ReadingsImport;
import org.metrolex.prepackaged.persistence.LotQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Prepackaged goods over REST: lot inspections (register and draw the sample, enter or import readings,
 * the decision, the PDF report, link to a spot-check task), C-mark declarations, statistics, and the
 * public C-mark list.
 */
@RestController
@Tag(name = "prepackaged", description = "定量包装商品 / prepackaged goods")
class PrepackagedApiController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";
    static final String READERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    private final PrepackagedManagement prepackaged;
    private final DeclaringCMark declaring;
    private final ReviewingCMark reviewing;
    private final PrepackagedQueries queries;
    private final CurrentUser currentUser;

    PrepackagedApiController(PrepackagedManagement prepackaged, DeclaringCMark declaring, ReviewingCMark reviewing, PrepackagedQueries queries, CurrentUser currentUser) {
        this.prepackaged = prepackaged;
        this.declaring = declaring;
        this.reviewing = reviewing;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    record SpotCheckLink(Long spotCheckTaskId) {
    }

    record DeclareForm(Long enterpriseId, String productScope, String contact) {
    }

    record ReviewForm(String decision, String note) {
    }

    @GetMapping("/api/prepackaged/lots")
    @Operation(summary = "Lot inspections in the caller's scope (officers by region, a producer its own)")
    @PreAuthorize(READERS)
    ResultPage<Lot> lots(@RequestParam(required = false) Long producerId, @RequestParam(required = false) String status,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Long spotCheckTaskId, @RequestParam(required = false) String keyword,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return prepackaged.search(currentUser.scope(), new LotQuery(producerId, status, from, to, spotCheckTaskId, keyword), page, size);
    }

    @PostMapping("/api/prepackaged/lots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a lot inspection; the sample size and package numbers are drawn (seed stored)")
    @PreAuthorize(OFFICERS)
    Lot create(@RequestBody NewLot form) {
        return prepackaged.create(currentUser.scope(), form);
    }

    @GetMapping("/api/prepackaged/lots/{id:\\d+}")
    @Operation(summary = "A lot inspection with its plan, T and the decision computed by metrology-core")
    @PreAuthorize(READERS)
    Map<String, Object> lot(@PathVariable long id) {
        var scope = currentUser.scope();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lot", prepackaged.require(scope, id));
        out.put("plan", prepackaged.plan(scope, id));
        out.put("decision", prepackaged.decision(scope, id));
        return out;
    }

    @PutMapping("/api/prepackaged/lots/{id:\\d+}/readings")
    @Operation(summary = "Enter the readings of every drawn package; the decision is computed from them")
    @PreAuthorize(OFFICERS)
    Lot readings(@PathVariable long id, @RequestBody ReadingsForm form) {
        return prepackaged.recordReadings(currentUser.scope(), id, form);
    }

    @PostMapping(value = "/api/prepackaged/lots/{id:\\d+}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a balance's CSV (all or nothing, every refused row reported, idempotent)")
    @PreAuthorize(OFFICERS)
    ReadingsImport importReadings(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                  @RequestParam(required = false) String tareMode,
                                  @RequestParam(required = false) BigDecimal averageTare) {
        return prepackaged.importReadings(currentUser.scope(), id, tareMode, averageTare, bytes(file));
    }

    @PostMapping("/api/prepackaged/lots/{id:\\d+}/spot-check")
    @Operation(summary = "Link the lot to a supervision spot-check task (null unlinks)")
    @PreAuthorize(OFFICERS)
    Lot link(@PathVariable long id, @RequestBody SpotCheckLink form) {
        return prepackaged.linkToSpotCheck(currentUser.scope(), id, form.spotCheckTaskId());
    }

    @GetMapping("/api/prepackaged/lots/{id:\\d+}/report")
    @Operation(summary = "The inspection report as PDF (A4, Chinese)")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> report(@PathVariable long id) {
        byte[] pdf = prepackaged.report(currentUser.scope(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("lot-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/api/prepackaged/cmarks")
    @Operation(summary = "C-mark declarations in the caller's scope")
    @PreAuthorize(READERS)
    ResultPage<CMarkDeclaration> cmarks(@RequestParam(required = false) String status, @RequestParam(required = false) String keyword,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.cmarks(currentUser.scope(), status, keyword, page, size);
    }

    @PostMapping("/api/prepackaged/cmarks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare the C-mark (a producer for itself, an officer for a producer in scope)")
    @PreAuthorize(READERS)
    CMarkDeclaration declare(@RequestBody DeclareForm form) {
        return declaring.declare(currentUser.scope(), form.enterpriseId(), form.productScope(), form.contact());
    }

    @GetMapping("/api/prepackaged/cmarks/{id:\\d+}")
    @Operation(summary = "A C-mark declaration with the producer's inspection results")
    @PreAuthorize(READERS)
    Map<String, Object> cmark(@PathVariable long id) {
        var scope = currentUser.scope();
        CMarkDeclaration c = queries.requireCMark(scope, id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("declaration", c);
        out.put("results", queries.resultsOf(scope, c.enterpriseId()));
        return out;
    }

    @PostMapping("/api/prepackaged/cmarks/{id:\\d+}/review")
    @Operation(summary = "Accept (publish), reject or revoke a C-mark declaration")
    @PreAuthorize(OFFICERS)
    CMarkDeclaration review(@PathVariable long id, @RequestBody ReviewForm form) {
        return reviewing.review(currentUser.scope(), id, form.decision(), form.note());
    }

    @GetMapping("/api/prepackaged/statistics")
    @Operation(summary = "Producers inspected, lots, pass rate by region and month (default: this year)")
    @PreAuthorize(OFFICERS)
    PrepackagedStatistics statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.statistics(currentUser.scope(), from, to);
    }

    @GetMapping("/api/public/cmarks")
    @Operation(summary = "The public list of accepted C-mark declarations with the producers' inspection results")
    @PreAuthorize("permitAll()")
    ResultPage<PublicCMark> publicCMarks(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return queries.publicCMarks(keyword, page, size);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
