package org.metrolex.verification;

import java.util.List;
import java.util.Map;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.verification.domain.InstitutionSnapshot;
import org.metrolex.verification.domain.IssueFacts;
import org.metrolex.verification.domain.Signatures;
import org.metrolex.verification.domain.StandardUsed;
import org.metrolex.verification.domain.VerifierSnapshot;

/**
 * What one verification refers to in other modules, read once ({@link VerificationFactsLoader}) and used for the
 * legitimacy check, the issue and the certificate document alike.
 *
 * @param institution the assigned institution; null before assignment
 * @param ownerName   the owner enterprise's name; null when unknown
 * @param people      the verifier, checker and approver named so far, by id
 * @param standards   the standards used, in the verification's order
 */
record VerificationFacts(Verification verification, Instrument instrument, InstrumentCategory category, Institution institution,
                         String ownerName, Map<Long, Person> people, List<MeasurementStandard> standards) {

    /** The snapshot the certificate draft is built from. */
    IssueFacts issueFacts() {
        Verification v = verification;
        return new IssueFacts(institution == null ? null : InstitutionSnapshot.of(VerificationManagement.institutionCode(institution.id()),
                institution), v.verifierPersonId() == null ? null : VerifierSnapshot.of(people.get(v.verifierPersonId())),
                standards.stream().map(StandardUsed::of).toList(), category.nameZh(), v.regionCode(), instrument.serialNumber(), ownerName);
    }

    /** The in-platform signatures given so far (ADR 0020). */
    Signatures signatures() {
        Verification v = verification;
        return new Signatures(v.verifierPersonId(), signer(v.checkerPersonId()), signer(v.approverPersonId()));
    }

    /** The name of a person named on the verification; null for none. */
    String name(Long personId) {
        return personId == null ? null : people.get(personId).name();
    }

    private Signatures.Signer signer(Long personId) {
        return personId == null ? null : new Signatures.Signer(personId, VerifierSnapshot.of(people.get(personId)));
    }
}
