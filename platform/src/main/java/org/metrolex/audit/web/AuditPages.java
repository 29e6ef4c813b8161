package org.metrolex.audit.web;

import org.metrolex.audit.AuditTrail;
import org.metrolex.audit.domain.AuditEntry;
import org.metrolex.platform.paging.ResultPage;

/** One page of audit entries, shared by the API and the page so both page and count alike. */
final class AuditPages {

    private AuditPages() {
    }

    static ResultPage<AuditEntry> page(AuditTrail audit, String entityType, String entityId, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        String type = blankToNull(entityType);
        String id = blankToNull(entityId);
        long total = audit.count(type, id);
        return new ResultPage<>(audit.recent(type, id, (ps[0] - 1) * ps[1], ps[1]), total, ps[0], ps[1]);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
