package org.metrolex.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.persistence.Institutions;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorising bureau grants or withdraws what an institution may verify, where and until when (计量法 第二十条;
 * a granted authorisation licence writes through here).
 */
@Service
public class AuthorisingInstitution {

    private final Institutions institutions;
    private final RegisteringInstitution registry;
    private final RegionCatalogue regions;
    private final AuditTrail audit;

    AuthorisingInstitution(Institutions institutions, RegisteringInstitution registry, RegionCatalogue regions, AuditTrail audit) {
        this.institutions = institutions;
        this.registry = registry;
        this.regions = regions;
        this.audit = audit;
    }

    /** Adds one authorised instrument type for a region and period (计量授权证书 line). */
    @Transactional
    public Institution addAuthorization(DataScope scope, long institutionId, String certificateNo, String instrumentType,
                                        String regionCode, LocalDate validFrom, LocalDate validUntil) {
        Institution before = registry.require(scope, institutionId);
        WriteRule.AUTHORISING_BUREAU.require(scope, before.regionCode());
        List<FieldError> errors = new ArrayList<>();
        if (WriteRule.blank(certificateNo)) {
            errors.add(new FieldError("certificateNo", "required", "授权证书编号必填", "authorisation certificate number is required"));
        }
        if (WriteRule.blank(instrumentType)) {
            errors.add(new FieldError("instrumentType", "required", "器具类别必填", "instrument type is required"));
        }
        if (!regions.exists(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "授权区域不是有效的行政区划代码", "region covered is not a known region code"));
        } else if (!scope.coversRegion(regionCode)) {
            errors.add(new FieldError("regionCode", "scope", "授权区域超出您的管辖范围", "region covered lies outside your jurisdiction"));
        }
        if (validFrom == null || validUntil == null) {
            errors.add(new FieldError("validUntil", "required", "有效期起止日期必填", "validity dates are required"));
        } else if (validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "after-from", "有效期至不得早于有效期起", "valid until must not be before valid from"));
        }
        WriteRule.requireValid(errors);
        long id = institutions.addAuthorization(institutionId, certificateNo.strip(), instrumentType.strip(), regionCode,
                validFrom, validUntil);
        Institution after = institutions.find(scope, institutionId).orElseThrow();
        audit.record("institution.authorize", "institution", institutionId, before.authorizations(), after.authorizations());
        return after;
    }

    /**
     * Withdraws an authorisation certificate (e.g. its licence was revoked): every line of it ends on
     * {@code lastDay}, so the verification legitimacy checks refuse it from the next day on.
     */
    @Transactional
    public Institution withdrawAuthorization(DataScope scope, long institutionId, String certificateNo, LocalDate lastDay) {
        Institution before = registry.require(scope, institutionId);
        WriteRule.AUTHORISING_BUREAU.require(scope, before.regionCode());
        if (WriteRule.blank(certificateNo) || lastDay == null) {
            throw new RuleViolation("certificateNo", "required", "授权证书编号和终止日期必填", "certificate number and last day are required");
        }
        institutions.endAuthorizations(institutionId, certificateNo.strip(), lastDay);
        Institution after = institutions.find(scope, institutionId).orElseThrow();
        audit.record("institution.withdraw-authorization", "institution", institutionId, before.authorizations(), after.authorizations());
        return after;
    }
}
