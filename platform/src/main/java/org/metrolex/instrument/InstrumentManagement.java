package org.metrolex.instrument;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;

/**
 * The module's API for other modules: the catalogue, instruments and measurement standards they read, filing an
 * instrument and recording a standard (demo loaders, the licence write-through, verification). The module's own
 * pages call the use cases and {@link InstrumentQueries}. Reads return only what the caller's {@link DataScope}
 * allows; writes are audited in their transaction.
 */
@Service
public class InstrumentManagement {

    private final InstrumentQueries queries;
    private final FilingInstrument filing;
    private final RegisteringStandard standards;

    InstrumentManagement(InstrumentQueries queries, FilingInstrument filing, RegisteringStandard standards) {
        this.queries = queries;
        this.filing = filing;
        this.standards = standards;
    }

    public List<InstrumentCategory> catalogue() {
        return queries.catalogue();
    }

    public Optional<InstrumentCategory> category(String code) {
        return queries.category(code);
    }

    /** Instruments in use the caller may see, matching {@code keyword}: the choices when booking a verification. */
    public ResultPage<Instrument> inUse(DataScope scope, String keyword, Integer page, Integer size) {
        return queries.inUse(scope, keyword, page, size);
    }

    public Instrument requireInstrument(DataScope scope, long id) {
        return queries.requireInstrument(scope, id);
    }

    /** Where the instrument stands with its verification, as the verification module's read model says. */
    public VerificationStanding standing(DataScope scope, long instrumentId) {
        return queries.standing(scope, instrumentId);
    }

    public Map<Long, VerificationStanding> standings(DataScope scope, Collection<Long> instrumentIds) {
        return queries.standings(scope, instrumentIds);
    }

    /** Files (备案) one instrument; see {@link FilingInstrument#file}. */
    public Instrument file(DataScope scope, InstrumentDraft draft) {
        return filing.file(scope, draft);
    }

    public ResultPage<MeasurementStandard> standards(DataScope scope, Long institutionId, Integer page, Integer size) {
        return queries.standards(scope, institutionId, page, size);
    }

    public MeasurementStandard requireStandard(DataScope scope, long id) {
        return queries.requireStandard(scope, id);
    }

    public MeasurementStandard registerStandard(DataScope scope, MeasurementStandardDraft draft) {
        return standards.registerStandard(scope, draft);
    }

    /** The assessment certificate of a standard, as a standard approval grants it or a revocation ends it. */
    public MeasurementStandard recordAssessmentCertificate(DataScope scope, long standardId, String certificateNo, LocalDate validUntil) {
        return standards.recordAssessmentCertificate(scope, standardId, certificateNo, validUntil);
    }
}
