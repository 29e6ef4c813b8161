package org.metrolex.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metrolex.instrument.VerificationStandings;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.instrument.domain.VerificationStanding.Status;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instrument registry's question "where does this instrument stand", answered from the verification
 * module's per-instrument read model ({@code instrument_due}, ADR 0010): the latest valid document by the
 * same rule as the overdue list (issued_at, then id; revoked documents ignored; a notice of non-conformity
 * replaces an earlier certificate), and overdue by the same rule ({@code NextDue.overdueOn}, from the due
 * date on). The instrument page, the public QR page and the overdue workbench all read it, so a certificate
 * just issued shows on the instrument page at once and an overdue instrument is overdue everywhere.
 */
@Service
class DueStandings implements VerificationStandings {

    private final Verifications verifications;
    private final Clock clock;
    private final int dueSoonDays;

    DueStandings(Verifications verifications, Clock clock, @Value("${app.verification.due-soon-days:30}") int dueSoonDays) {
        this.verifications = verifications;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, VerificationStanding> of(DataScope scope, Collection<Long> instrumentIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, VerificationStanding> out = new LinkedHashMap<>();
        for (Verifications.StandingRow r : verifications.findStandings(scope, instrumentIds)) {
            out.put(r.instrumentId(), standing(r, today));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationStanding.Public publicOf(long instrumentId) {
        LocalDate today = LocalDate.now(clock);
        return verifications.publicStandingOf(instrumentId).map(r -> standing(r, today))
                .orElse(VerificationStanding.notVerified(instrumentId)).publicView();
    }

    private VerificationStanding standing(Verifications.StandingRow r, LocalDate today) {
        if (r.number() == null) {
            return VerificationStanding.notVerified(r.instrumentId());
        }
        boolean certificate = r.kind() == CertificateKind.CERTIFICATE;
        return new VerificationStanding(r.instrumentId(), status(certificate, r.nextDue(), today, dueSoonDays), r.verificationId(),
                r.verificationDate(), r.number(), certificate, day(r.issuedAt()), r.validUntil(), r.nextDue(), day(r.noticedAt()),
                day(r.noticeReadAt()));
    }

    /** The day of an instant in the authority's zone (the clock's). */
    private LocalDate day(java.time.OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /** Overdue from the due date on; due soon within {@code dueSoonDays} before it; a certificate without a due date stays valid. */
    static Status status(boolean certificate, LocalDate nextDue, LocalDate today, int dueSoonDays) {
        if (!certificate) {
            return Status.NOT_CONFORMING;
        }
        if (nextDue == null) {
            return Status.VALID;
        }
        if (!today.isBefore(nextDue)) {
            return Status.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, nextDue) <= dueSoonDays ? Status.DUE_SOON : Status.VALID;
    }
}
