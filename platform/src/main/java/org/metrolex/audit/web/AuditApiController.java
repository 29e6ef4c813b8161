package org.metrolex.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.metrolex.audit.AuditTrail;
import org.metrolex.audit.domain.AuditEntry;
import org.metrolex.audit.domain.ChainVerification;
import org.metrolex.platform.paging.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the provincial administrator: search entries and verify the hash chain. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计记录 / audit trail")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the whole hash chain; names the first entry that does not verify")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/entries")
    @Operation(summary = "Entries newest first, optionally of one entity type and id")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    ResultPage<AuditEntry> entries(@RequestParam(required = false) String entityType,
                                   @RequestParam(required = false) String entityId,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return AuditPages.page(audit, entityType, entityId, page, size);
    }
}
