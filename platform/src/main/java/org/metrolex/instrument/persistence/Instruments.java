package org.metrolex.instrument.persistence;

import java.util.Optional;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Stored instruments. Every read takes the caller's {@link DataScope}, except the public QR look-up. */
public interface Instruments {

    ResultPage<Instrument> search(DataScope scope, InstrumentQuery query, int page, int size);

    Optional<Instrument> find(DataScope scope, long id);

    long count(DataScope scope);

    /** For the public check page only; callers expose public fields alone. */
    Optional<Instrument> publicByQrToken(String qrToken);

    /** The id of the instrument with this identity across all regions, for uniqueness checks only. */
    Optional<Long> findIdForUniqueness(String categoryCode, String maker, String serialNumber);

    long insert(InstrumentDraft draft, String qrToken);

    /** Updates if the stored version is still {@code version}; false if someone changed it meanwhile. */
    boolean update(long id, int version, InstrumentDraft draft);

    void setStatus(long id, InstrumentStatus status);
}
