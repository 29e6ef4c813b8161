package org.metrolex.verification.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.identity.CurrentUser;
import org.metrolex.verification.ingest.BulkFormat;
import org.metrolex.verification.ingest.BulkIngestion;
import org.metrolex.verification.ingest.BulkResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk upload of verification records by institutions' own systems (bearer token of an institution account):
 * the request body is streamed (CSV or JSON lines), never buffered whole. See docs/adr/0009-bulk-ingestion.md.
 */
@RestController
@RequestMapping("/api/verifications/bulk")
@Tag(name = "verification bulk ingestion", description = "检定记录批量上传 / bulk upload of verification records")
class BulkIngestionApiController {

    private final BulkIngestion ingestion;
    private final CurrentUser currentUser;

    BulkIngestionApiController(BulkIngestion ingestion, CurrentUser currentUser) {
        this.ingestion = ingestion;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Upload verification records in bulk (text/csv or application/x-ndjson); 201 new batch, 200 re-sent batch")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    ResponseEntity<BulkResult> upload(@RequestParam(required = false) String batchKey, HttpServletRequest request) throws IOException {
        var outcome = ingestion.ingest(currentUser.scope(), batchKey, BulkFormat.ofContentType(request.getContentType()),
                request.getInputStream());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.result());
    }

    @GetMapping("/{batchKey}")
    @Operation(summary = "Status and counts of a batch")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    BulkResult status(@PathVariable String batchKey) {
        return ingestion.status(currentUser.scope(), batchKey);
    }

    @GetMapping("/{batchKey}/errors")
    @Operation(summary = "Every rejected row of a batch as CSV: line, field, rule, message_zh, message_en")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    void errors(@PathVariable String batchKey, HttpServletResponse response) throws IOException {
        var scope = currentUser.scope();
        ingestion.status(scope, batchKey); // 404 before any byte is written
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + batchKey + "-errors.csv\"");
        ingestion.writeErrors(scope, batchKey, response.getOutputStream());
    }
}
