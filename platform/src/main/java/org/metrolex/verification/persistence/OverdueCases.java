package org.metrolex.verification.persistence;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/**
 * The overdue cases of the workbench: every notice the daily job recorded ({@code overdue_notice}) and every
 * instrument overdue today whose notice is not recorded yet ({@code instrument_due}, ADR 0010), with the
 * instrument, category and owner names read in the same statement. Scoped by the instrument's region
 * (officers) or owner (the enterprise).
 */
public interface OverdueCases {

    /** A case as read; {@code reverifiedNumber} is the number of the document issued on or after the due date, if any. */
    record Row(long instrumentId, LocalDate dueDate, String certificateNumber, String categoryCode, String categoryNameZh,
               String categoryNameEn, String serialNumber, long ownerEnterpriseId, String ownerName, String regionCode,
               java.time.OffsetDateTime noticedAt, java.time.OffsetDateTime readAt, String readBy, String reverifiedNumber) {
    }

    /**
     * @param regionCodes the regions to show (the filter's region and those below it, within the scope); null for the whole scope
     * @param show        OPEN, UNREAD, REVERIFIED or ALL ({@code OverdueCase.Show})
     */
    ResultPage<Row> search(DataScope scope, LocalDate today, String show, Set<String> regionCodes, String categoryCode,
                           String owner, int page, int size);

    /** Every case {@link #search} would list, in its order, for exports. */
    void forEach(DataScope scope, LocalDate today, String show, Set<String> regionCodes, String categoryCode, String owner,
                 Consumer<Row> consumer);
}
