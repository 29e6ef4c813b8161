package org.metrolex.instrument;

import java.util.List;
import java.util.Optional;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.PublicInstrument;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.instrument.persistence.InstrumentCategories;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.instrument.persistence.Instruments;
import org.metrolex.instrument.persistence.MeasurementStandards;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the instrument module: the catalogue, the registry, where an instrument stands with its
 * verification, measurement standards and the public QR check. Reads return only what the caller's
 * {@link DataScope} allows (officers by the instrument's region, an enterprise its own instruments).
 */
@Service
public class InstrumentQueries {

    private final Instruments instruments;
    private final InstrumentCategories categories;
    private final MeasurementStandards standards;
    private final PartyManagement parties;
    private final ObjectProvider<VerificationStandings> standings;

    InstrumentQueries(Instruments instruments, InstrumentCategories categories, MeasurementStandards standards,
                      PartyManagement parties, ObjectProvider<VerificationStandings> standings) {
        this.instruments = instruments;
        this.categories = categories;
        this.standards = standards;
        this.parties = parties;
        this.standings = standings;
    }

    @Transactional(readOnly = true)
    public List<InstrumentCategory> catalogue() {
        return categories.catalogue();
    }

    @Transactional(readOnly = true)
    public Optional<InstrumentCategory> category(String code) {
        return categories.byCode(code);
    }

    @Transactional(readOnly = true)
    public ResultPage<Instrument> search(DataScope scope, InstrumentQuery query, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return instruments.search(scope, query, ps[0], ps[1]);
    }

    /**
     * Instruments in use that the caller may see, matching {@code keyword} (maker, model or serial number):
     * the choices when booking a verification. Other modules cannot name {@link InstrumentQuery}.
     */
    @Transactional(readOnly = true)
    public ResultPage<Instrument> inUse(DataScope scope, String keyword, Integer page, Integer size) {
        return search(scope, new InstrumentQuery(keyword, null, "ACTIVE"), page, size);
    }

    @Transactional(readOnly = true)
    public Instrument requireInstrument(DataScope scope, long id) {
        return instruments.find(scope, id).orElseThrow(() -> RuleViolation.notFound("计量器具/instrument", id));
    }

    @Transactional(readOnly = true)
    public long count(DataScope scope) {
        return instruments.count(scope);
    }

    /**
     * Where the instrument stands with its verification — last verification, certificate, valid until, next due,
     * status today — as the verification module's read model says (the one source of these facts; this module
     * does not estimate them). {@code NOT_VERIFIED} when it has no valid document or no verification module runs.
     */
    @Transactional(readOnly = true)
    public VerificationStanding standing(DataScope scope, long instrumentId) {
        Instrument i = requireInstrument(scope, instrumentId);
        return standings(scope, List.of(i.id())).getOrDefault(i.id(), VerificationStanding.notVerified(i.id()));
    }

    /** {@link #standing} of many instruments at once (a list page); ids the caller may not read are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, VerificationStanding> standings(DataScope scope, java.util.Collection<Long> instrumentIds) {
        VerificationStandings source = standings.getIfAvailable();
        return source == null ? java.util.Map.of() : source.of(scope, instrumentIds);
    }

    /** The owner's name as the caller may see it (an enterprise in scope), or null. */
    @Transactional(readOnly = true)
    public String ownerName(DataScope scope, long enterpriseId) {
        return parties.enterprise(scope, enterpriseId).map(Enterprise::name).orElse(null);
    }

    @Transactional(readOnly = true)
    public ResultPage<MeasurementStandard> standards(DataScope scope, Long institutionId, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return standards.search(scope, institutionId, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public MeasurementStandard requireStandard(DataScope scope, long id) {
        return standards.find(scope, id).orElseThrow(() -> RuleViolation.notFound("计量标准/measurement standard", id));
    }

    /** The public QR check: public fields only, for anyone. */
    @Transactional(readOnly = true)
    public Optional<PublicInstrument> publicLookup(String qrToken) {
        if (qrToken == null || !qrToken.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return instruments.publicByQrToken(qrToken).map(i -> {
            InstrumentCategory c = categories.byCode(i.categoryCode()).orElseThrow();
            VerificationStandings source = standings.getIfAvailable();
            return new PublicInstrument(c.nameZh(), c.nameEn(), i.maker(), i.model(), Instrument.maskSerial(i.serialNumber()),
                    parties.publicEnterpriseName(i.ownerEnterpriseId()).orElse(""), i.status(),
                    source == null ? VerificationStanding.notVerified(i.id()).publicView() : source.publicOf(i.id()));
        });
    }
}
