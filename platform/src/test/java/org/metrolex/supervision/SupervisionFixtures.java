package org.metrolex.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.DemoLogins;

/**
 * Test data of the supervision tests: fresh inspectors (so "never twice in a row" from earlier tests
 * does not interfere) and an officer login of another county linked to one of them.
 */
final class SupervisionFixtures {

    static final String PASSWORD = "Metrolex-2026";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final IdentityManagement identity;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final SupervisionManagement supervision;

    SupervisionFixtures(IdentityManagement identity, PartyManagement parties, CurrentUser currentUser, SupervisionManagement supervision) {
        this.identity = identity;
        this.parties = parties;
        this.currentUser = currentUser;
        this.supervision = supervision;
    }

    DataScope scope(String username) {
        return currentUser.scopeOf(new DemoLogins(identity).principal(username));
    }

    /** A new active inspector working in {@code regionCode}. */
    Person inspector(String regionCode) {
        int n = SEQ.incrementAndGet();
        Person p = parties.createPerson(scope("admin"), new PersonDraft("测试检查员" + n, "INSPECTOR", regionCode, null, ""));
        parties.addQualification(scope("admin"), p.id(), "冀执法T" + n, "计量监督检查", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
        return p;
    }

    /** A new county officer account of {@code countyCode}, linked to the given inspector; returns the user name. */
    String inspectorLogin(Person inspector, String countyCode) {
        String username = "insp" + SEQ.incrementAndGet();
        identity.createAccount(username, "检查员 " + inspector.name(), PASSWORD, Role.COUNTY_OFFICER, countyCode, null);
        supervision.linkInspector(scope("admin"), inspector.id(), username);
        return username;
    }

    /** A market campaign over 长安区 (the demo county officer's county), one target, two inspectors. */
    Campaign marketCampaign(List<Long> pool) {
        return supervision.create(scope("county"), new CampaignDraft("长安区集贸市场计量器具专项抽查（测试）",
                "MARKET_SCALES", "130102", 1, null, "NONE", 2, pool));
    }
}
