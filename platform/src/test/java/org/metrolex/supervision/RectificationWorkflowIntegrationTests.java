package org.metrolex.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.supervision.OverdueRectification;
import org.metrolex.supervision.RectificationOrder;
import org.metrolex.supervision.domain.FindingStatus;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rectification orders in working days (issue 6): order → the daily job flags the overdue ones once → the overdue
 * list, scoped in SQL by the target's region (county A never sees county B's) → rectified late, recorded as such;
 * bad periods are refused naming {@code workingDays} in Chinese and English.
 */
@MetrolexIntegrationTest
@RecordApplicationEvents
class RectificationWorkflowIntegrationTests {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;
    @Autowired CurrentUser currentUser;
    @Autowired SupervisionManagement supervision;
    @Autowired SupervisionQueries queries;
    @Autowired FlaggingOverdueRectifications flagging;
    @Autowired CalendarManagement calendar;
    @Autowired JdbcTemplate jdbc;
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

    /** A county officer login of another county (裕华区 130108 below: no other test organises campaigns there). */
    private String countyOfficer(String countyCode) {
        String username = "rect" + SEQ.incrementAndGet();
        identity.createAccount(username, "整改测试 " + username, SupervisionFixtures.PASSWORD, Role.COUNTY_OFFICER, countyCode, null);
        return username;
    }

    /** A fraud finding on a market of {@code county}, from a campaign the officer {@code login} organised. */
    private Finding fraudFinding(String login, String county, String inspectorCountyA, String inspectorCountyB) {
        DataScope s = fixtures.scope(login);
        Campaign c = supervision.create(s, new CampaignDraft("集贸市场整改期限测试 " + county, "MARKET_SCALES",
                county, 1, null, "NONE", 2, List.of(fixtures.inspector(inspectorCountyA).id(), fixtures.inspector(inspectorCountyB).id())));
        supervision.commit(s, c.id());
        supervision.draw(s, c.id());
        Task task = supervision.tasks(s, c.id()).get(0);
        supervision.recordInspection(s, task.id(), new InspectionForm(supervision.todayForPages(), 6, 0, 1, List.of(), 0, 0,
                null, null, null, "电子计价秤加装作弊装置"));
        return supervision.findings(s, c.id()).get(0);
    }

    private static List<Long> ids(List<OverdueRectification> page) {
        return page.stream().map(o -> o.finding().id()).toList();
    }

    private long overdueAudits(long findingId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'supervision.finding.rectification-overdue' "
                + "and entity_id = ?", Long.class, String.valueOf(findingId));
    }

    @Test
    void orderedInWorkingDaysThenOverdueFlaggedOnceListedByScopeAndRectifiedLate() throws Exception {
        String countyB = countyOfficer("130108");
        DataScope a = fixtures.scope("county");
        DataScope b = fixtures.scope(countyB);
        LocalDate today = supervision.todayForPages();
        Finding inA = fraudFinding("county", "130102", "130104", "130105");
        Finding inB = fraudFinding(countyB, "130108", "130104", "130105");

        // Ordered 30 calendar days ago for 5 working days: the deadline (from the shipped calendar) has passed.
        LocalDate orderedOn = today.minusDays(30);
        Finding ordered = supervision.orderRectification(a, inA.id(), RectificationOrder.workingDays(5), orderedOn);
        var expected = calendar.addWorkingDays(orderedOn, 5);
        assertThat(ordered.status()).isEqualTo(FindingStatus.RECTIFICATION_ORDERED);
        assertThat(ordered.rectificationOrderedOn()).isEqualTo(orderedOn);
        assertThat(ordered.rectificationWorkingDays()).isEqualTo(5);
        assertThat(ordered.rectificationDeadline()).isEqualTo(expected.date()).isBefore(today);
        assertThat(ordered.rectificationDeadlineProvisional()).isEqualTo(expected.provisional());
        assertThat(ordered.rectificationOverdueOn(today)).isTrue();
        supervision.orderRectification(b, inB.id(), RectificationOrder.workingDays(3), today.minusDays(20));

        // Overdue is decided on read: listed before the job ran, not yet flagged.
        assertThat(ids(queries.overdueRectifications(a, 1, 200).items())).contains(inA.id());
        assertThat(supervision.requireFinding(a, inA.id()).rectificationOverdueSince()).isNull();

        // The daily job records the first overdue day (deadline + 1) once and audits it once.
        assertThat(flagging.flag()).isGreaterThanOrEqualTo(2);
        assertThat(supervision.requireFinding(a, inA.id()).rectificationOverdueSince()).isEqualTo(expected.date().plusDays(1));
        flagging.flag();
        assertThat(overdueAudits(inA.id())).isEqualTo(1);
        assertThat(events.stream(RectificationOverdue.class).filter(e -> e.findingId() == inA.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.deadline()).isEqualTo(expected.date());
                    assertThat(e.overdueSince()).isEqualTo(expected.date().plusDays(1));
                    assertThat(e.targetRegionCode()).isEqualTo(inA.targetRegionCode());
                });
        assertThat(overdueAudits(inB.id())).isEqualTo(1);

        // Scoped in SQL: county A sees its own, not county B's, and vice versa; the city and the province see both.
        assertThat(ids(queries.overdueRectifications(a, 1, 200).items())).contains(inA.id()).doesNotContain(inB.id());
        assertThat(ids(queries.overdueRectifications(b, 1, 200).items())).contains(inB.id()).doesNotContain(inA.id());
        assertThat(ids(queries.overdueRectifications(fixtures.scope("city"), 1, 200).items())).contains(inA.id(), inB.id());
        assertThat(ids(queries.overdueRectifications(fixtures.scope("admin"), 1, 200).items())).contains(inA.id(), inB.id());
        assertThatThrownBy(() -> queries.overdueRectifications(fixtures.scope("enterprise"), 1, 20))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(403));
        OverdueRectification row = queries.overdueRectifications(a, 1, 200).items().stream()
                .filter(o -> o.finding().id() == inA.id()).findFirst().orElseThrow();
        // working days overdue: those in (deadline, today]
        assertThat(row.workingDaysOverdue()).isEqualTo(calendar.workingDaysBetween(expected.date(), today).days()).isPositive();

        // The same over HTTP, as county A and as county B.
        String json = mvc.perform(get("/api/supervision/rectifications/overdue?size=200").with(new DemoLogins(identity).as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"id\":" + inA.id() + ",").doesNotContain("\"id\":" + inB.id() + ",")
                .contains("\"workingDaysOverdue\":" + row.workingDaysOverdue());
        String jsonB = mvc.perform(get("/api/supervision/rectifications/overdue?size=200").with(new DemoLogins(identity).as(countyB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jsonB).contains("\"id\":" + inB.id() + ",").doesNotContain("\"id\":" + inA.id() + ",");

        // Rectified after the deadline: allowed, and recorded as late; it leaves the overdue list.
        Finding rectified = supervision.recordRectified(a, inA.id(), "复查：作弊装置已拆除");
        assertThat(rectified.status()).isEqualTo(FindingStatus.RECTIFIED);
        assertThat(rectified.rectifiedOn()).isEqualTo(today);
        assertThat(rectified.rectifiedLate()).isTrue();
        assertThat(events.stream(RectificationCompleted.class).filter(e -> e.findingId() == inA.id())).singleElement()
                .satisfies(e -> assertThat(e.late()).isTrue());
        assertThat(ids(queries.overdueRectifications(a, 1, 200).items())).doesNotContain(inA.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'supervision.finding.rectified' "
                + "and entity_id = ? and after_json like '%\"rectifiedLate\":true%'", Long.class, String.valueOf(inA.id()))).isEqualTo(1);
    }

    @Test
    void rectifiedInTimeIsNotLateAndATypedDateStillWorks() {
        DataScope a = fixtures.scope("county");
        LocalDate today = supervision.todayForPages();
        Finding f = fraudFinding("county", "130102", "130104", "130105");
        Finding ordered = supervision.orderRectification(a, f.id(), RectificationOrder.workingDays(10));
        assertThat(ordered.rectificationOrderedOn()).isEqualTo(today);
        assertThat(ordered.rectificationDeadline()).isEqualTo(calendar.addWorkingDays(today, 10).date());
        assertThat(ordered.rectificationOverdueOn(today)).isFalse();
        assertThat(ids(queries.overdueRectifications(a, 1, 200).items())).doesNotContain(f.id());
        assertThat(supervision.recordRectified(a, f.id(), "复查合格").rectifiedLate()).isFalse();
        assertThat(events.stream(RectificationCompleted.class).filter(e -> e.findingId() == f.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.late()).isFalse();
                    assertThat(e.rectifiedOn()).isEqualTo(today);
                });

        // The typed date (kept for the old form): stored without a number of working days, provisional when unnoticed.
        Finding g = fraudFinding("county", "130102", "130104", "130105");
        LocalDate typed = calendar.addWorkingDays(today, 20).date();
        Finding byDate = supervision.orderRectification(a, g.id(), new RectificationOrder(null, typed));
        assertThat(byDate.rectificationDeadline()).isEqualTo(typed);
        assertThat(byDate.rectificationWorkingDays()).isNull();
        assertThat(byDate.rectificationDeadlineProvisional()).isEqualTo(calendar.workingDaysBetween(today, typed).provisional());
    }

    @Test
    void aDeadlineBeyondTheLastNoticeIsStoredAndShownAsProvisional() throws Exception {
        DataScope a = fixtures.scope("county");
        Finding f = fraudFinding("county", "130102", "130104", "130105");
        // Ordered on 2026-12-21 for 15 working days: the count runs into 2027, which has no State Council notice in the
        // shipped calendar (2027.json is empty), so 1 January 2027 is counted as a working Friday and the deadline is 暂定.
        Finding ordered = supervision.orderRectification(a, f.id(), RectificationOrder.workingDays(15), LocalDate.of(2026, 12, 21));
        assertThat(ordered.rectificationDeadline()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(ordered.rectificationDeadlineProvisional()).isTrue();
        String html = mvc.perform(get("/supervision/campaigns/{id}", f.campaignId()).with(new DemoLogins(identity).as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"deadline-provisional\"").contains("暂定").contains("2027-01-11");
        mvc.perform(get("/api/supervision/campaigns/{id}/findings", f.campaignId()).with(new DemoLogins(identity).as("county")))
                .andExpect(jsonPath("$[0].rectificationDeadlineProvisional").value(true))
                .andExpect(jsonPath("$[0].rectificationWorkingDays").value(15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"workingDays\":0}", "{\"workingDays\":61}", "{}", "{\"workingDays\":-3}"})
    void aBadPeriodIsRefusedNamingWorkingDaysInBothLanguages(String body) throws Exception {
        Finding f = fraudFinding("county", "130102", "130104", "130105");
        mvc.perform(post("/api/supervision/findings/{id}/rectification", f.id()).with(csrf()).with(new DemoLogins(identity).as("county"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"))
                .andExpect(jsonPath("$.errors[0].messageZh").value(containsString("工作日")))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("working days")));
        // nothing half-written
        assertThat(supervision.requireFinding(fixtures.scope("county"), f.id()).status()).isEqualTo(FindingStatus.OPEN);
        // 1 and 60 are the bounds (our configured default [M])
        if (body.contains("61")) {
            assertThat(supervision.orderRectification(fixtures.scope("county"), f.id(), RectificationOrder.workingDays(60))
                    .rectificationWorkingDays()).isEqualTo(60);
        }
    }

    @Test
    void bothADateAndWorkingDaysAreRefused() throws Exception {
        Finding f = fraudFinding("county", "130102", "130104", "130105");
        mvc.perform(post("/api/supervision/findings/{id}/rectification", f.id()).with(csrf()).with(new DemoLogins(identity).as("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workingDays\":5,\"deadline\":\"" + supervision.todayForPages().plusDays(30) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"))
                .andExpect(jsonPath("$.errors[0].rule").value("oneOf"));
    }
}
