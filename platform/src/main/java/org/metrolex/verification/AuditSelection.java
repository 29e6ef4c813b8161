package org.metrolex.verification;

import java.time.LocalDate;
import java.util.List;

/**
 * Which certificates issued here an audit examines: by issuing institution(s) (empty = all), the instrument's
 * region and everything below it (null = the caller's whole scope), and the verification date, both ends
 * inclusive and either open.
 */
public record AuditSelection(List<Long> institutionIds, String regionCode, LocalDate from, LocalDate to) {

    public AuditSelection {
        institutionIds = institutionIds == null ? List.of() : institutionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public static AuditSelection all() {
        return new AuditSelection(List.of(), null, null, null);
    }
}
