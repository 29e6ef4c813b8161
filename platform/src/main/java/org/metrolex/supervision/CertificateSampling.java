package org.metrolex.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.domain.Candidate;
import org.metrolex.verification.ValidCertificate;
import org.metrolex.verification.VerificationManagement;

/**
 * The population of a certificate spot check: every valid certificate issued for an instrument in the
 * target region that the organising bureau may read, keyed {@code C<certificate id>}, its unit the issuing
 * institution (so an inspector of that institution is never drawn for it), named by its number; limited to
 * the campaign's chosen institutions when it names some. One query, in certificate id order.
 */
final class CertificateSampling {

    private final VerificationManagement verifications;
    private final RegionCatalogue regions;

    CertificateSampling(VerificationManagement verifications, RegionCatalogue regions) {
        this.verifications = verifications;
        this.regions = regions;
    }

    /** @param institutions the issuing institutions to keep; empty keeps every one */
    List<Candidate> population(DataScope scope, String targetRegionCode, Set<Long> institutions, boolean byRegion) {
        List<Candidate> out = new ArrayList<>();
        for (ValidCertificate c : verifications.validCertificates(scope, institutions)) {
            if (regions.isWithin(c.regionCode(), targetRegionCode)) {
                out.add(new Candidate("C" + c.certificateId(), c.regionCode(), "I" + c.institutionId(), byRegion ? c.regionCode() : "ALL",
                        c.number()));
            }
        }
        return out;
    }
}
