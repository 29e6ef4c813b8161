package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.licensing.persistence.Licences;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Component;

/** The licence row a decision creates or ends, and the registry of another module it writes through to. */
@Component
class LicenceWriteThrough {

    private final Licences licences;
    private final CalendarManagement calendar;
    private final PartyManagement parties;
    private final InstrumentManagement instruments;

    LicenceWriteThrough(Licences licences, CalendarManagement calendar, PartyManagement parties, InstrumentManagement instruments) {
        this.licences = licences;
        this.calendar = calendar;
        this.parties = parties;
        this.instruments = instruments;
    }

    /** Number, validity, the licence row, and the write-through to the registry the licence changes. */
    Licence grant(DataScope scope, Dossier d, Procedure p, LocalDate on, boolean byCommitment) {
        int serial = licences.nextSerial(p.numberPrefix(), on.getYear());
        String number = p.numberPrefix() + "(" + on.getYear() + ")" + String.format("%05d", serial) + "号";
        LocalDate until = p.validityYears() == 0 ? null : on.plusYears(p.validityYears()).minusDays(1);
        LocalDate checkDue = byCommitment ? calendar.addWorkingDays(on, p.commitmentCheckDays()).date() : null;
        long id = licences.insert(new Licence(0, d.id(), number, d.licenceType(), d.applicantKind(), d.applicantId(),
                d.applicantName(), d.regionCode(), d.subject(), on, until, byCommitment, checkDue, true, null, scope.username()));
        switch (d.licenceType()) {
            // 计量法 第二十条: the authorisation sets or extends the institution's scope, which the verification
            // assignment and legitimacy checks read.
            case INSTITUTION_AUTHORIZATION -> parties.addAuthorization(scope, d.applicantId(), number, d.instrumentType(),
                    d.coveredRegionCode(), on, until == null ? on.plusYears(5).minusDays(1) : until);
            // 《计量标准考核办法》: the approval is the standard's assessment certificate.
            case STANDARD_APPROVAL -> instruments.recordAssessmentCertificate(scope, d.standardId(), number,
                    until == null ? on.plusYears(4).minusDays(1) : until);
            case TYPE_APPROVAL -> { }
        }
        return licences.findByApplication(scope, d.id()).filter(l -> l.id() == id).orElseThrow();
    }

    /** The passed check after approval by commitment closes the check; the licence stays. */
    void commitmentConfirmed(DataScope scope, Dossier d, LocalDate on, String actor, String reason) {
        licences.findByApplication(scope, d.id()).ifPresent(l -> licences.commitmentChecked(l.id(), "PASSED", on, actor, reason));
    }

    /**
     * A revoked licence stops counting in the registries from the revocation day. A revocation while the check
     * after approval by commitment is open is that check failing.
     */
    Licence revoke(DataScope scope, Dossier d, LocalDate on, String actor, String reason, boolean checkPending) {
        Licence l = licences.findByApplication(scope, d.id()).orElseThrow();
        licences.revoke(l.id(), reason);
        if (checkPending) {
            licences.commitmentChecked(l.id(), "FAILED", on, actor, reason);
        }
        switch (d.licenceType()) {
            case INSTITUTION_AUTHORIZATION -> parties.withdrawAuthorization(scope, d.applicantId(), l.number(), on.minusDays(1));
            case STANDARD_APPROVAL -> instruments.recordAssessmentCertificate(scope, d.standardId(), l.number(), on.minusDays(1));
            case TYPE_APPROVAL -> { }
        }
        return licences.findByApplication(scope, d.id()).orElseThrow();
    }
}
