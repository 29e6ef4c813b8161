package org.metrolex.verification;

import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Books a verification: the owner enterprise for its own instrument, or an officer for one in scope. */
@Service
public class BookingVerification {

    private final Verifications verifications;
    private final InstrumentManagement instruments;
    private final AuditTrail audit;

    BookingVerification(Verifications verifications, InstrumentManagement instruments, AuditTrail audit) {
        this.verifications = verifications;
        this.instruments = instruments;
        this.audit = audit;
    }

    /** Whether the caller may book at all: officers, and an enterprise account for its own instruments. */
    static boolean mayBook(DataScope scope) {
        return scope.isOfficer() || scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null;
    }

    @Transactional
    public Verification book(DataScope scope, Long instrumentId) {
        if (!mayBook(scope)) {
            throw Refusals.forbidden("只有监管部门工作人员或器具所有者企业可以预约检定", "only bureau officers or the owner enterprise may book a verification");
        }
        if (instrumentId == null) {
            throw new RuleViolation("instrumentId", "required", "计量器具必填", "the instrument is required");
        }
        Instrument i = instruments.requireInstrument(scope, instrumentId);
        long id = verifications.insert(i.id(), i.ownerEnterpriseId(), i.regionCode());
        Verification created = verifications.find(scope, id).orElseThrow();
        audit.record("verification.book", "verification", id, null, created);
        return created;
    }
}
