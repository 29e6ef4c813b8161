package org.metrolex.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.metrolex.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page for the provincial administrator: recent entries with their before/after values,
 * and a check of the hash chain. Times are shown in Beijing time, the time the bureau works in.
 */
@PageController
@RequestMapping("/admin/audit")
class AuditPageController {

    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditTrail audit;

    AuditPageController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) boolean verify,
                Model model) {
        model.addAttribute("result", AuditPages.page(audit, entityType, entityId, page, 20));
        model.addAttribute("entityType", entityType == null ? "" : entityType);
        model.addAttribute("entityId", entityId == null ? "" : entityId);
        model.addAttribute("timeFormat", SHANGHAI);
        // Without JavaScript the verify button reloads this page with verify=true; with htmx it
        // fetches only the result fragment below.
        model.addAttribute("verification", verify ? audit.verify() : null);
        return "audit/entries";
    }

    @GetMapping("/verify")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/verifyResult";
    }
}
