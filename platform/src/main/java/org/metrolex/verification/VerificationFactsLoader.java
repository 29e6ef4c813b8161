package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of other modules' records a verification depends on (the instrument, the institution by its id,
 * the people who signed, the standards), each once, with the province-wide system scope: the caller's right to
 * the verification itself has been checked before, and an institution verifying an instrument cannot otherwise
 * see the owner's instrument record.
 */
@Component
class VerificationFactsLoader {

    private final InstrumentManagement instruments;
    private final PartyManagement parties;

    VerificationFactsLoader(InstrumentManagement instruments, PartyManagement parties) {
        this.instruments = instruments;
        this.parties = parties;
    }

    VerificationFacts load(Verification v) {
        Instrument i = instrument(v.instrumentId());
        Map<Long, Person> people = new LinkedHashMap<>();
        Stream.of(v.verifierPersonId(), v.checkerPersonId(), v.approverPersonId()).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> people.put(id, parties.requirePerson(system(), id)));
        return new VerificationFacts(v, i, category(i), v.institutionId() == null ? null : institution(v.institutionId()),
                ownerName(v.ownerEnterpriseId()), people,
                v.standardIds().stream().map(sid -> instruments.requireStandard(system(), sid)).toList());
    }

    Instrument instrument(long id) {
        return instruments.requireInstrument(system(), id);
    }

    InstrumentCategory category(Instrument i) {
        return instruments.category(i.categoryCode()).orElseThrow();
    }

    /** The institution by its id (not by scanning the province's institutions). */
    Institution institution(long id) {
        return parties.requireInstitution(system(), id);
    }

    String ownerName(long enterpriseId) {
        return parties.enterprise(system(), enterpriseId).map(Enterprise::name).orElse(null);
    }

    List<Person> peopleOf(long institutionId) {
        return parties.searchPeople(system(), null, null, institutionId, 1, org.metrolex.platform.paging.ResultPage.MAX_SIZE).items();
    }
}
