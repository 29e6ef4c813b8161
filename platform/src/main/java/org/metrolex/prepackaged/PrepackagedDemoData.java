package org.metrolex.prepackaged;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.DemoReferenceDate;
import org.metrolex.prepackaged.persistence.Lots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's year of lot inspections ({@link PrepackagedSeedYear}) and a few C-mark declarations for the
 * demo province's prepackaged-goods producers. Runs once the application is ready — after the demo module's loader — and only while this
 * module's tables are empty and the demo accounts exist; {@code app.demo-data.enabled=false} turns it off.
 * Every record is made through {@link PrepackagedManagement}, so decisions come from metrology-core and
 * every change is audited. Seeds are fixed, so the drawn package numbers are the same on every machine.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class PrepackagedDemoData {

    private static final Logger log = LoggerFactory.getLogger(PrepackagedDemoData.class);

    private final PrepackagedManagement prepackaged;
    private final DeclaringCMark declaring;
    private final ReviewingCMark reviewing;
    private final Lots lots;
    private final PartyManagement parties;
    private final IdentityManagement identity;
    private final CurrentUser currentUser;
    private final DemoReferenceDate dates;
    private final PrepackagedSeedYear seedYear;

    PrepackagedDemoData(PrepackagedManagement prepackaged, DeclaringCMark declaring, ReviewingCMark reviewing, Lots lots, PartyManagement parties, IdentityManagement identity,
                        CurrentUser currentUser, DemoReferenceDate dates, PrepackagedSeedYear seedYear) {
        this.seedYear = seedYear;
        this.prepackaged = prepackaged;
        this.declaring = declaring;
        this.reviewing = reviewing;
        this.lots = lots;
        this.parties = parties;
        this.identity = identity;
        this.currentUser = currentUser;
        this.dates = dates;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (lots.anyForDemo() || identity.principal("county").isEmpty()) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-data", null, List.of()));
        try {
            fill();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void fill() {
        // the demo's own administrator and county officer, as they would be when logged in
        DataScope province = currentUser.scopeOf(identity.principal("admin").orElseThrow());
        DataScope county = currentUser.scopeOf(identity.principal("county").orElseThrow());
        List<Enterprise> producers = new ArrayList<>(parties.enterpriseChoices(province, 200).stream()
                .filter(e -> e.category() == EnterpriseCategory.PREPACKAGE_PRODUCER).toList());
        // 长安区 (the demo county officer's) first, then by region code
        producers.sort(Comparator.comparing((Enterprise e) -> !"130102".equals(e.regionCode())).thenComparing(Enterprise::regionCode));
        if (producers.isEmpty()) {
            return;
        }
        // the seed's year of lot inspections (248 producers, 409 lots, 96.3 %), the demo's producers first
        PrepackagedSeedYear.Summary seed = seedYear.load(province, producers,
                p -> "130102".equals(p.regionCode()) ? county : province, dates.today());
        declaring.declare(county.isOfficer() && "130102".equals(producers.get(0).regionCode()) ? county : province,
                producers.get(0).id(), "挂面、全脂奶粉", "质量部 0311-86000000");
        int accepted = 0;
        for (int i = 1; i < Math.min(4, producers.size()); i++) {
            CMarkDeclaration c = declaring.declare(province, producers.get(i).id(), "食用植物油、酱油", null);
            reviewing.review(province, c.id(), "ACCEPT", null);
            accepted++;
        }
        log.info("Prepackaged demo: seed year {}; {} C-mark declarations accepted, 1 under review", seed, accepted);
    }
}
