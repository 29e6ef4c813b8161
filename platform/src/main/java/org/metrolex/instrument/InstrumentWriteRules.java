package org.metrolex.instrument;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.persistence.InstrumentCategories;
import org.metrolex.instrument.persistence.Instruments;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Component;

/**
 * Who may file or change an instrument and what a draft must satisfy: an enterprise files for itself, an officer
 * where it supervises; the owner must be visible; category, maker and serial number identify one instrument.
 */
@Component
class InstrumentWriteRules {

    private final Instruments instruments;
    private final InstrumentCategories categories;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final SecureRandom random = new SecureRandom();

    InstrumentWriteRules(Instruments instruments, InstrumentCategories categories, PartyManagement parties, RegionCatalogue regions) {
        this.instruments = instruments;
        this.categories = categories;
        this.parties = parties;
        this.regions = regions;
    }

    InstrumentDraft forCaller(DataScope scope, InstrumentDraft draft) {
        if (scope.role() == Role.ENTERPRISE_USER) {
            Enterprise own = parties.requireEnterprise(scope, scope.partyId());
            return draft.ownedBy(own.id(), own.regionCode());
        }
        return draft;
    }

    /** The owner must be an enterprise the caller can see; its region bounds the instrument's. */
    void requireValid(DataScope scope, InstrumentDraft d) {
        String ownerRegion = d.ownerEnterpriseId() == null ? null
                : parties.enterprise(scope, d.ownerEnterpriseId()).map(Enterprise::regionCode).orElse(null);
        List<FieldError> errors = d.problems(code -> categories.byCode(code).isPresent(), regions::exists, ownerRegion,
                regions::isWithin);
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
    }

    static void requireWriter(DataScope scope) {
        if (!scope.isOfficer() && !(scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null)) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer-or-owner",
                    "只有监管部门工作人员或器具所有者企业可以备案和修改计量器具",
                    "only bureau officers or the owner enterprise may file and change instruments")));
        }
    }

    /** Officers write only where they supervise; an enterprise's own region was forced above. */
    static void requireCovers(DataScope scope, String regionCode) {
        if (scope.isOfficer() && !scope.coversRegion(regionCode)) {
            throw new RuleViolation(403, List.of(new FieldError("regionCode", "scope", "该区划不在您的管辖范围内",
                    "this region lies outside your jurisdiction")));
        }
    }

    void requireUnique(InstrumentDraft d, Long self) {
        instruments.findIdForUniqueness(d.categoryCode(), d.maker(), d.serialNumber()).filter(id -> !id.equals(self))
                .ifPresent(id -> {
                    throw new RuleViolation("serialNumber", "unique", "同一类别、同一制造厂的该出厂编号已备案",
                            "an instrument of this category and maker with this serial number is already filed");
                });
    }

    /** 128 random bits, URL-safe: printed in the QR code, so it must not be guessable from the id. */
    String newQrToken() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
