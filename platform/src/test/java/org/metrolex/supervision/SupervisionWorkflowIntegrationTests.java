package org.metrolex.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.DispenserCheck;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.DrawVerifier;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.supervision.domain.Seed;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole path on the real database: plan → commit (population + commitment) → draw (seed known to the
 * officers, public with the draw once the inspections are done, reproducible by the verifier) → a drawn inspector of another county records a fraud finding (event
 * published) → case and penalty decision → results published on the public API; scope and refusals.
 */
@MetrolexIntegrationTest
@RecordApplicationEvents
class SupervisionWorkflowIntegrationTests {

    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;
    @Autowired CurrentUser currentUser;
    @Autowired SupervisionManagement supervision;
    @Autowired SupervisionQueries queries;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEvents events;

    SupervisionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SupervisionFixtures(identity, parties, currentUser, supervision);
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void planCommitDrawInspectCasePublishAndEveryoneCanRedoTheDraw() throws Exception {
        Person a = fixtures.inspector("130104");
        Person b = fixtures.inspector("130105");
        String login = fixtures.inspectorLogin(a, "130104");
        var county = fixtures.scope("county");
        Campaign c = fixtures.marketCampaign(List.of(a.id(), b.id()));
        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.reference()).matches("SC-\\d{4}-\\d{4}");

        Campaign committed = supervision.commit(county, c.id());
        assertThat(committed.status()).isEqualTo(CampaignStatus.COMMITTED);
        assertThat(committed.seedHex()).as("the seed stays secret until the draw").isNull();
        String population = queries.populationText(county, c.id()).orElseThrow();
        DrawDocument doc = DrawDocument.parse(population);
        assertThat(doc.sha256()).isEqualTo(committed.populationSha256());
        assertThat(doc.population()).isNotEmpty().allSatisfy(t -> assertThat(t.regionCode()).isEqualTo("130102"));
        assertThat(doc.inspectors()).extracting(i -> i.id()).containsExactly("P" + a.id(), "P" + b.id());
        // Public before the draw: population and commitment, no seed, no tasks.
        mvc.perform(get("/api/public/spot-checks/{id}", c.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seedCommitment").value(committed.seedCommitment()))
                .andExpect(jsonPath("$.seed").doesNotExist())
                .andExpect(jsonPath("$.tasks.items").isEmpty());
        String published = mvc.perform(get("/api/public/spot-checks/{id}/population.txt", c.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(published).isEqualTo(population);

        Campaign drawn = supervision.draw(county, c.id());
        assertThat(drawn.status()).isEqualTo(CampaignStatus.DRAWN);
        assertThat(Seed.of(drawn.seedHex()).commitment()).isEqualTo(committed.seedCommitment());
        List<Task> tasks = supervision.tasks(county, c.id());
        assertThat(tasks).hasSize(1);
        Task task = tasks.get(0);
        assertThat(task.inspectors()).extracting(Task.TaskInspector::personId).containsExactlyInAnyOrder(a.id(), b.id());
        // Anyone redoes the draw from the published text and seed.
        String report = DrawVerifier.report(published, drawn.seedHex(), committed.seedCommitment());
        assertThat(report).contains("commitment-matches\tyes").contains("task\t1\t" + task.targetKey() + "\t");

        // The drawn inspector (an officer of 桥西区) sees the task, though not 长安区's other campaigns.
        var inspector = fixtures.scope(login);
        assertThat(queries.myTasks(inspector)).extracting(Task::id).containsExactly(task.id());
        assertThat(queries.search(inspector, null, 1, 200).items()).extracting(Campaign::id).containsExactly(c.id());
        assertThatThrownBy(() -> supervision.draw(inspector, c.id())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).status()).isEqualTo(403));

        mvc.perform(post("/api/supervision/tasks/{id}/inspection", task.id()).with(csrf()).with(new DemoLogins(identity).as(login))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inspectedOn\":\"" + LocalDate.now(clock) + "\",\"instrumentsChecked\":12,\"fraudFound\":1,"
                                + "\"notes\":\"电子计价秤加装作弊遥控装置\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.conforming").value(false))
                .andExpect(jsonPath("$.instrumentsChecked").value(12));
        List<Finding> findings = supervision.findings(county, c.id());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.FRAUD);
            assertThat(f.description()).contains("作弊遥控装置");
        });
        assertThat(events.stream(FindingRecorded.class).filter(e -> e.campaignId() == c.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.findingId()).isEqualTo(findings.get(0).id());
                    assertThat(e.kind()).isEqualTo(FindingKind.FRAUD);
                    assertThat(e.targetKey()).isEqualTo(task.targetKey());
                    assertThat(e.targetRegionCode()).isEqualTo(task.targetRegionCode());
                    assertThat(e.description()).isEqualTo(findings.get(0).description());
                });
        // A second inspection of the same task is refused.
        assertThatThrownBy(() -> supervision.recordInspection(inspector, task.id(),
                new InspectionForm(LocalDate.now(clock), 1, 0, 0, List.of(), 0, 0, null, null, null, "")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already has its inspection");

        long findingId = findings.get(0).id();
        // The inspector of another county cannot open the case: the organising bureau does.
        assertThatThrownBy(() -> supervision.openCase(inspector, findingId)).isInstanceOf(RuleViolation.class);
        Finding opened = supervision.openCase(county, findingId);
        assertThat(opened.status()).isEqualTo(FindingStatus.CASE_OPENED);
        assertThat(opened.caseNumber()).startsWith("JL-130102-");
        assertThat(events.stream(CaseOpened.class).filter(e -> e.findingId() == findingId)).hasSize(1);
        assertThatThrownBy(() -> supervision.orderRectification(county, findingId, new RectificationOrder(null, LocalDate.now(clock).plusDays(10))))
                .isInstanceOf(RuleViolation.class);
        Finding decided = supervision.decide(county, findingId, "没收作弊装置，罚款人民币五千元");
        assertThat(decided.status()).isEqualTo(FindingStatus.CASE_DECIDED);
        assertThat(events.stream(PenaltyDecided.class).filter(e -> e.findingId() == findingId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.campaignId()).isEqualTo(c.id());
                    assertThat(e.targetKey()).isEqualTo(task.targetKey());
                    assertThat(e.caseNumber()).isEqualTo(opened.caseNumber());
                    assertThat(e.targetRegionCode()).isEqualTo(opened.targetRegionCode());
                    assertThat(e.decidedOn()).isEqualTo(LocalDate.now(clock));
                });

        // Not public before publishing; public after.
        mvc.perform(get("/api/public/spot-checks/{id}", c.id())).andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.tasks.items[0].conforming").doesNotExist());
        supervision.publish(county, c.id());
        mvc.perform(get("/api/public/spot-checks/{id}", c.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(drawn.seedHex()))
                .andExpect(jsonPath("$.tasks.items[0].conforming").value(false))
                .andExpect(jsonPath("$.findings[0].kind").value("FRAUD"))
                .andExpect(jsonPath("$.findings[0].caseNumber").value(opened.caseNumber()))
                .andExpect(jsonPath("$.findings[0].penaltyDecision").value("没收作弊装置，罚款人民币五千元"));

        List<CampaignStatistics> stats = queries.statistics(county, c.id());
        assertThat(stats).singleElement().satisfies(s -> {
            assertThat(s.targetsChecked()).isEqualTo(1);
            assertThat(s.instrumentsChecked()).isEqualTo(12);
            assertThat(s.fraudFindings()).isEqualTo(1);
            assertThat(s.cases()).isEqualTo(1);
            assertThat(s.passRatePercent()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * Spot checks stay unannounced (issue 14): between the draw and the end of the inspections no page or API
     * open to the public — nor the officer endpoints, closed to it — names a drawn target, an inspector or the
     * seed; only that a draw of so many targets was made. Once every task is inspected the draw is published
     * with its seed and the public check of the draw passes.
     */
    @Test
    void anAnonymousCallerLearnsNoDrawnTargetInspectorOrSeedUntilTheInspectionsAreDone() throws Exception {
        Person a = fixtures.inspector("130104");
        Person b = fixtures.inspector("130105");
        var county = fixtures.scope("county");
        Campaign c = fixtures.marketCampaign(List.of(a.id(), b.id()));
        supervision.commit(county, c.id());
        Campaign drawn = supervision.draw(county, c.id());
        Task task = supervision.tasks(county, c.id()).get(0);
        // Officers in scope still see everything.
        assertThat(drawn.seedHex()).hasSize(64);
        assertThat(task.inspectors()).hasSize(2);

        List<String> secrets = List.of(drawn.seedHex(), task.targetName(), a.name(), b.name());
        var anonymous = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();
        for (String url : List.of("/api/public/spot-checks", "/api/public/spot-checks/" + c.id(), "/public/spot-checks",
                "/public/spot-checks/" + c.id(), "/public/spot-checks/" + c.id() + "/verification",
                "/public/spot-checks/" + c.id() + "?page=2", "/api/public/spot-checks/" + c.id() + "?page=2")) {
            String body = mvc.perform(get(url).with(anonymous).header("Accept-Language", "zh"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(body).as(url + " must not show " + secret).doesNotContain(secret);
            }
        }
        mvc.perform(get("/api/public/spot-checks/{id}", c.id()).with(anonymous))
                .andExpect(jsonPath("$.status").value("DRAWN"))
                .andExpect(jsonPath("$.drawnAt").isNotEmpty())
                .andExpect(jsonPath("$.tasksDrawn").value(1))
                .andExpect(jsonPath("$.drawPublished").value(false))
                .andExpect(jsonPath("$.seed").doesNotExist())
                .andExpect(jsonPath("$.tasks.items").isEmpty());
        String page = mvc.perform(get("/public/spot-checks/{id}", c.id()).with(anonymous)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("public-draw-sealed").contains("已抽取 1 个对象");
        assertThat(mvc.perform(get("/public/spot-checks/{id}/verification", c.id()).with(anonymous)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("draw-check-pending").doesNotContain("draw-check-verdict");
        // The officer side (task lists, the task page, statistics, the campaign and its population) is closed to the public.
        for (String url : List.of("/api/supervision/campaigns/" + c.id() + "/tasks", "/api/supervision/tasks",
                "/api/supervision/campaigns/" + c.id(), "/api/supervision/campaigns/" + c.id() + "/findings",
                "/api/supervision/statistics", "/api/supervision/statistics/totals",
                "/api/supervision/campaigns/" + c.id() + "/certificate-report")) {
            mvc.perform(get(url).with(anonymous)).andExpect(status().isUnauthorized());
        }
        for (String url : List.of("/supervision/campaigns/" + c.id(), "/supervision/tasks/" + task.id(), "/supervision/statistics")) {
            var response = mvc.perform(get(url).with(anonymous)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isIn(302, 401);
            assertThat(response.getContentAsString()).doesNotContain(task.targetName(), drawn.seedHex());
        }

        // The inspection done: the draw is public with its seed, before the results are; anyone can check it.
        supervision.recordInspection(county, task.id(), new InspectionForm(LocalDate.now(clock), 3, 0, 0, List.of(), 0, 0,
                null, null, null, ""));
        mvc.perform(get("/api/public/spot-checks/{id}", c.id()).with(anonymous))
                .andExpect(jsonPath("$.drawPublished").value(true))
                .andExpect(jsonPath("$.seed").value(drawn.seedHex()))
                .andExpect(jsonPath("$.tasks.items[0].targetName").value(task.targetName()))
                .andExpect(jsonPath("$.tasks.items[0].inspectors.length()").value(2))
                .andExpect(jsonPath("$.tasks.items[0].conforming").doesNotExist());
        mvc.perform(get("/api/public/spot-checks").with(anonymous).param("size", "100"))
                .andExpect(jsonPath("$.items[?(@.id == " + c.id() + ")].seed").value(drawn.seedHex()));
        assertThat(mvc.perform(get("/public/spot-checks/{id}/verification", c.id()).with(anonymous)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("draw-check-verdict").contains("alert-success");
        supervision.publish(county, c.id());
        mvc.perform(get("/api/public/spot-checks/{id}", c.id()).with(anonymous))
                .andExpect(jsonPath("$.seed").value(drawn.seedHex()))
                .andExpect(jsonPath("$.tasks.items[0].conforming").value(true));
    }

    @Test
    void gasStationDispensersAreJudgedByTheRulesLibrary() {
        Person a = fixtures.inspector("130104");
        Person b = fixtures.inspector("130105");
        var city = fixtures.scope("city");
        // 石家庄's gas stations, all of them (ratio 1), stratified by county.
        Campaign c = supervision.create(city, new CampaignDraft("加油站加油机专项抽查（测试）", "GAS_STATIONS",
                "130100", null, BigDecimal.ONE, "REGION", 2, List.of(a.id(), b.id(), fixtures.inspector("130200").id(),
                fixtures.inspector("130300").id())));
        supervision.commit(city, c.id());
        supervision.draw(city, c.id());
        Task task = supervision.tasks(city, c.id()).get(0);
        // 20.05 L against 20.00 L is +0.25 %, within ±0.30 %; 20.10 L is +0.50 %, outside (JJG 443, RULES.md §4).
        Inspection i = supervision.recordInspection(city, task.id(), new InspectionForm(LocalDate.now(clock), 2, 0, 0,
                List.of(new DispenserCheck("1", new BigDecimal("20.05"), new BigDecimal("20.00")),
                        new DispenserCheck("2", new BigDecimal("20.10"), new BigDecimal("20.00"))), 0, 0, null, null, null, ""));
        assertThat(i.conforming()).isFalse();
        assertThat(i.instrumentsChecked()).isEqualTo(2);
        assertThat(i.instrumentsFailed()).isEqualTo(1);
        assertThat(supervision.findings(city, c.id())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.OUT_OF_TOLERANCE);
            assertThat(f.description()).contains("加油机 2").contains("JJG 443");
        });
    }

    @Test
    void aCertificateSpotCheckRunsTheCertificateRulesAndReportsByDefectAndInstitution() {
        var city = fixtures.scope("city");
        // The demo's Shijiazhuang institute issued scale certificates in 石家庄; all of them are drawn (ratio 1).
        Campaign c = supervision.create(city, new CampaignDraft("检定证书质量抽查（测试）", "CERTIFICATES",
                "130100", null, BigDecimal.ONE, "NONE", 2, List.of(fixtures.inspector("130200").id(), fixtures.inspector("130300").id())));
        supervision.commit(city, c.id());
        String text = queries.populationText(city, c.id()).orElseThrow();
        assertThat(DrawDocument.parse(text).population()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.id()).startsWith("C"))
                .allSatisfy(t -> assertThat(t.unit()).startsWith("I"));
        supervision.draw(city, c.id());
        List<Task> tasks = supervision.tasks(city, c.id());
        CertificateReport report = supervision.auditCertificates(city, c.id());
        assertThat(report.examined()).isEqualTo(tasks.size());
        List<Finding> found = supervision.findings(city, c.id());
        assertThat(report.defective()).isEqualTo(found.stream().map(Finding::targetKey).distinct().count());
        assertThat(found).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.CERTIFICATE_DEFECT));
        // each finding of the audit is published once, with its own facts
        assertThat(events.stream(FindingRecorded.class).filter(e -> e.campaignId() == c.id()).toList())
                .containsExactlyInAnyOrderElementsOf(found.stream().map(f -> new FindingRecorded(f.id(), c.id(), f.targetKey(),
                        f.targetRegionCode(), FindingKind.CERTIFICATE_DEFECT, f.description())).toList());
        assertThat(report.defectsByCode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(found.size());
        assertThat(report.byInstitution().values()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.institutionName()).isNotBlank());  // other tests add institutions of their own
        assertThat(report.byInstitution().values().stream().mapToLong(CertificateReport.InstitutionLine::examined).sum())
                .isEqualTo(report.examined());
        // Every certificate is audited once: a second run changes nothing.
        assertThat(supervision.auditCertificates(city, c.id())).isEqualTo(report);
        assertThat(events.stream(FindingRecorded.class).filter(e -> e.campaignId() == c.id())).hasSize(found.size());
        // A market campaign cannot run the certificate audit.
        Campaign market = fixtures.marketCampaign(List.of(fixtures.inspector("130104").id(), fixtures.inspector("130105").id()));
        assertThatThrownBy(() -> supervision.auditCertificates(fixtures.scope("county"), market.id()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void enterprisesInstitutionsAndThePublicSeeNoPlans() throws Exception {
        mvc.perform(get("/api/supervision/campaigns").with(TestLogins.as(identity, org.metrolex.platform.scope.Role.ENTERPRISE_USER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/campaigns").with(TestLogins.as(identity, org.metrolex.platform.scope.Role.INSTITUTION_STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/campaigns")).andExpect(status().isUnauthorized());
        // A draft is not public.
        Campaign draft = fixtures.marketCampaign(List.of(fixtures.inspector("130104").id(), fixtures.inspector("130105").id()));
        mvc.perform(get("/api/public/spot-checks/{id}", draft.id())).andExpect(status().isNotFound());
        // Another county's officer does not see 长安区's campaign.
        String other = fixtures.inspectorLogin(fixtures.inspector("130104"), "130104");
        assertThat(queries.search(fixtures.scope(other), null, 1, 200).items()).extracting(Campaign::id).doesNotContain(draft.id());
    }
}
