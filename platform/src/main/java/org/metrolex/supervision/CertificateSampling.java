package org.metrolex.supervision;

import java.util.ArrayList;
import java.util.List;
import org.metrolex.identity.DataScope;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.domain.Candidate;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.Verification;
import org.metrolex.verification.VerificationManagement;

/**
 * The population of a certificate spot check: every valid certificate issued for an instrument in the
 * target region that the organising bureau may read, keyed {@code C<certificate id>}, its unit the issuing
 * institution (so an inspector of that institution is never drawn for it), named by its number.
 */
final class CertificateSampling {

    private final VerificationManagement verifications;
    private final RegionCatalogue regions;

    CertificateSampling(VerificationManagement verifications, RegionCatalogue regions) {
        this.verifications = verifications;
        this.regions = regions;
    }

    List<Candidate> population(DataScope scope, String targetRegionCode, boolean byRegion) {
        List<Candidate> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            ResultPage<Verification> p = verifications.search(scope, "CERTIFIED", page, ResultPage.MAX_SIZE);
            for (Verification v : p.items()) {
                if (!regions.isWithin(v.regionCode(), targetRegionCode)) {
                    continue;
                }
                verifications.certificateOf(scope, v.id()).filter(Certificate::valid).ifPresent(c -> out.add(new Candidate(
                        "C" + c.id(), v.regionCode(), "I" + c.institutionId(), byRegion ? v.regionCode() : "ALL", c.number())));
            }
            if (!p.hasNext()) {
                return out;
            }
        }
    }
}
