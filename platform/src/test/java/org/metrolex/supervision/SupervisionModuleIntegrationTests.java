package org.metrolex.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.support.ModuleFixtures;
import org.metrolex.support.ModuleIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The supervision module alone (with party, region, verification, calendar, identity, audit, rules and platform, no
 * demo province): a market spot check over 长安区 is planned, committed, drawn and inspected, the fraud finding
 * becomes a case and its penalty decision is published, against real PostgreSQL. The instrument module is a
 * neighbour of verification, not of supervision: its API is mocked so that verification's beans start; market
 * campaigns never reach it (verification implements instrument's VerificationStandings itself, so that stays real).
 */
@ModuleIntegrationTest
class SupervisionModuleIntegrationTests {

    @MockitoBean InstrumentManagement instruments;

    @Autowired SupervisionManagement supervision;
    @Autowired SupervisionQueries queries;
    @Autowired PartyManagement parties;
    @Autowired RegionCatalogue regions;
    @Autowired AuditTrail audit;
    @Autowired Clock clock;

    ModuleFixtures fixtures;
    DataScope county;

    @BeforeEach
    void setUp() {
        TestLogins.actAs("module-test");
        fixtures = new ModuleFixtures(parties, regions, clock);
        county = fixtures.officer(Role.COUNTY_OFFICER, ModuleFixtures.COUNTY);
        // the population: markets of 长安区 (at least one per test; the tests share one database)
        fixtures.enterprise(ModuleFixtures.COUNTY, "MARKET");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void planDrawInspectAndDecideTheCasePublishesFindingRecordedAndPenaltyDecided(Scenario scenario) {
        Person a = fixtures.inspector("130104");
        Person b = fixtures.inspector("130105");
        Campaign planned = marketCampaign(List.of(a.id(), b.id()));
        assertThat(planned.status()).isEqualTo(CampaignStatus.DRAFT);
        Campaign drawn = commitAndDraw(planned.id());
        assertThat(drawn.status()).isEqualTo(CampaignStatus.DRAWN);
        Task task = supervision.tasks(county, planned.id()).get(0);
        assertThat(task.inspectors()).extracting(Task.TaskInspector::personId).containsExactlyInAnyOrder(a.id(), b.id());

        scenario.stimulate(() -> recordFraud(task.id()))
                .andWaitForEventOfType(FindingRecorded.class)
                .matching(e -> e.campaignId() == planned.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.targetKey()).isEqualTo(task.targetKey());
                    assertThat(e.kind()).isEqualTo(FindingKind.FRAUD);
                });
        Finding finding = supervision.findings(county, planned.id()).get(0);
        assertThat(finding.kind()).isEqualTo(FindingKind.FRAUD);

        Finding opened = openCase(finding.id());
        assertThat(opened.caseNumber()).startsWith("JL-130102-");
        scenario.stimulate(() -> decide(finding.id(), "没收作弊装置，罚款人民币五千元"))
                .andWaitForEventOfType(PenaltyDecided.class)
                .matching(e -> e.findingId() == finding.id())
                .toArriveAndVerify((event, decided) -> {
                    assertThat(decided.status()).isEqualTo(FindingStatus.CASE_DECIDED);
                    assertThat(event.caseNumber()).isEqualTo(opened.caseNumber());
                    assertThat(event.targetKey()).isEqualTo(task.targetKey());
                    assertThat(event.targetRegionCode()).isEqualTo(ModuleFixtures.COUNTY);
                    assertThat(event.decidedOn()).isEqualTo(fixtures.today());
                });
        assertThat(audit.recent("supervision_finding", String.valueOf(finding.id()), 0, 10)).extracting(e -> e.action())
                .contains("supervision.finding.decision");
    }

    // ---------------------------------------------------- moved from SupervisionWorkflowIntegrationTests (no demo needed)

    @Test
    void theNextDrawOnTheSameTargetNeverTakesTheSameInspectorsAgain() {
        Person a = fixtures.inspector("130104");
        Person b = fixtures.inspector("130105");
        Campaign first = marketCampaign(List.of(a.id(), b.id()));
        supervision.commit(county, first.id());
        supervision.draw(county, first.id());
        // Same pool again: every 长安区 market drawn last time has no eligible inspector left if it is in the population.
        Campaign second = marketCampaign(List.of(a.id(), b.id()));
        assertThatThrownBy(() -> supervision.commit(county, second.id())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors().get(0).rule()).isEqualTo("tooFewEligible"));
        // A wider pool works, and the drawn target's inspectors exclude last time's.
        Person c = fixtures.inspector("130108");
        Person d = fixtures.inspector("130200");
        Campaign third = marketCampaign(List.of(a.id(), b.id(), c.id(), d.id()));
        supervision.commit(county, third.id());
        String text = queries.populationText(county, third.id()).orElseThrow();
        Task earlier = supervision.tasks(county, first.id()).get(0);
        assertThat(text).contains("previous\t" + earlier.targetKey() + "\tP" + a.id());
        supervision.draw(county, third.id());
        for (Task t : supervision.tasks(county, third.id())) {
            if (t.targetKey().equals(earlier.targetKey())) {
                assertThat(t.inspectors()).extracting(Task.TaskInspector::personId).doesNotContain(a.id(), b.id());
            }
        }
    }

    @Test
    void aPoolInTheTargetsOwnCountyIsRefusedAtCommitmentNamingTheRule() {
        Person own = fixtures.inspector("130102");
        Person city = fixtures.inspector("130100");
        Person other = fixtures.inspector("130105");
        Campaign c = marketCampaign(List.of(own.id(), city.id(), other.id()));
        assertThatThrownBy(() -> supervision.commit(county, c.id())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    var error = ((RuleViolation) e).errors().get(0);
                    assertThat(error.field()).isEqualTo("inspectorPool");
                    assertThat(error.messageZh()).contains("回避");
                    assertThat(error.messageEn()).contains("eligible");
                });
    }

    @Test
    void badPlansAreRefusedFieldByField() {
        assertThatThrownBy(() -> supervision.create(county, new CampaignDraft("", "NOPE", "130200", 3,
                new BigDecimal("0.1"), "X", 2, List.of())))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).extracting(x -> x.field())
                        .contains("name", "type", "targetRegionCode", "sampleSize", "stratifyBy", "inspectorPool"));
    }

    // ------------------------------------------------ the module's use cases and its neighbours' APIs, called here only

    /** A market campaign over 长安区 (the county officer's county), one target, two inspectors. */
    private Campaign marketCampaign(List<Long> pool) {
        return supervision.create(county, new CampaignDraft("长安区集贸市场计量器具专项抽查（测试）",
                "MARKET_SCALES", ModuleFixtures.COUNTY, 1, null, "NONE", 2, pool));
    }

    private Campaign commitAndDraw(long campaignId) {
        supervision.commit(county, campaignId);
        return supervision.draw(county, campaignId);
    }

    /** The organising bureau records the inspection: twelve scales checked, one with a cheating device. */
    private Inspection recordFraud(long taskId) {
        return supervision.recordInspection(county, taskId, new InspectionForm(fixtures.today(), 12, 0, 1, List.of(), 0, 0,
                null, null, null, "电子计价秤加装作弊遥控装置"));
    }

    private Finding openCase(long findingId) {
        return supervision.openCase(county, findingId);
    }

    private Finding decide(long findingId, String decision) {
        return supervision.decide(county, findingId, decision);
    }
}
