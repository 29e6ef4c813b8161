package org.metrolex.instrument;

import java.util.Collection;
import java.util.Map;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.platform.scope.DataScope;

/**
 * The verification standing of instruments, provided by the verification module (which depends on this
 * module, so the dependency is turned round here): the instrument pages ask it rather than estimating a due
 * date themselves.
 */
public interface VerificationStandings {

    /**
     * The standing of each of these instruments that the caller may read (officers by the instrument's region,
     * an enterprise its own); one without a valid document is {@link VerificationStanding.Status#NOT_VERIFIED}.
     * Ids the caller may not read are left out of the answer.
     */
    Map<Long, VerificationStanding> of(DataScope scope, Collection<Long> instrumentIds);

    /** The standing of one instrument for the public QR page, unscoped by design: public fields only. */
    VerificationStanding.Public publicOf(long instrumentId);
}
