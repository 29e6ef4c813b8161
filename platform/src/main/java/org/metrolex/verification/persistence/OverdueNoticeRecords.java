package org.metrolex.verification.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.OverdueNotice;

/**
 * The overdue notices the daily job records ({@code overdue_notice}), read with the certificate that fell
 * due: officers by the instrument's region, the owner enterprise its own, others nothing.
 */
public interface OverdueNoticeRecords {

    ResultPage<OverdueNotice> search(DataScope scope, boolean unreadOnly, int page, int size);

    /** Every notice the caller may see, newest due date first, for exports. */
    void forEach(DataScope scope, boolean unreadOnly, Consumer<OverdueNotice> consumer);

    long countUnread(DataScope scope);

    Optional<OverdueNotice> find(DataScope scope, long instrumentId, LocalDate dueDate);

    /** Marks the notice read (first reading only); the number of rows changed. */
    int markRead(long instrumentId, LocalDate dueDate, String by);
}
