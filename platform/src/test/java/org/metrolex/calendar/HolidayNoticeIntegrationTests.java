package org.metrolex.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.licensing.ApplicationView;
import org.metrolex.licensing.ApplyingForLicence;
import org.metrolex.licensing.DecidingApplication;
import org.metrolex.licensing.LicensingQueries;
import org.metrolex.licensing.LicensingTestApplications;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.RectificationTestOrders;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.support.IsolatedCalendarTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A holiday notice that arrives (issue 19), with the FICTITIOUS 2027 notice of the test resources — not the State
 * Council's, which was not published when this was written: 2027-01-01 and 2027-02-08…12 rest days, Saturday
 * 2027-02-06 a make-up working day. Deadlines that ran into 2027 were counted Monday to Friday and marked provisional;
 * loading the notice recounts them from their stored start and working days, records each change for the officers of
 * its region, and takes the provisional mark away where every day is now known.
 */
@IsolatedCalendarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HolidayNoticeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarManagement calendar;
    @Autowired SupervisionManagement supervision;
    @Autowired LicensingQueries queries;
    @Autowired ApplyingForLicence applying;
    @Autowired DecidingApplication deciding;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;
    @Autowired CurrentUser currentUser;
    @Autowired RegionCatalogue regions;

    RectificationTestOrders orders;
    /** Rectification rows by "orderedOn+days", application rows by name. */
    final Map<String, Finding> rectifications = new HashMap<>();
    long inYuhua;
    long application;
    long commitmentApplication;
    String published;

    /**
     * Rectifications of 长安区 (the demo county officer's) ordered on the dates of the table below, one of 裕华区 (another
     * county of the same city), an institution authorisation accepted on 2027-02-03 and one granted by commitment on
     * 2027-01-25; all provisional under the shipped calendar. Then the administrator publishes the test notice.
     */
    @BeforeAll
    void ordersAndApplicationsThenTheNotice() throws Exception {
        LoadedNotices.forgetAll(jdbc, calendar);
        assertThat(calendar.lastKnownDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        TestLogins.actAs("admin");
        try {
            orders = new RectificationTestOrders(identity, parties, currentUser, supervision);
            for (String[] row : new String[][] {{"2027-01-25", "10"}, {"2027-02-01", "10"}, {"2026-12-30", "2"}, {"2027-03-01", "5"},
                    {"2027-12-20", "20"}}) {
                Finding f = orders.ordered("county", "130102", LocalDate.parse(row[0]), Integer.parseInt(row[1]));
                assertThat(f.rectificationDeadlineProvisional()).as("ordered %s for %s days", row[0], row[1]).isTrue();
                rectifications.put(row[0] + "+" + row[1], f);
            }
            inYuhua = orders.ordered("city", "130108", LocalDate.parse("2027-02-01"), 10).id();
            DataScope institution = TestLogins.scope(regions, identity, Role.INSTITUTION_STAFF);
            DataScope city = TestLogins.scope(regions, identity, Role.CITY_OFFICER);
            application = LicensingTestApplications.acceptedAuthorisation(applying, deciding, institution, city, "血压计（血压表）",
                    LocalDate.parse("2027-02-03"));
            commitmentApplication = LicensingTestApplications.authorisationByCommitment(applying, deciding, institution, city,
                    "血压计（血压表）", LocalDate.parse("2027-01-25"));
        } finally {
            TestLogins.clear();
        }
        ApplicationView before = queries.view(TestLogins.scope(regions, identity, Role.CITY_OFFICER), application);
        assertThat(before.timeline().overall().deadline()).isEqualTo(LocalDate.parse("2027-02-15"));
        assertThat(before.timeline().overall().provisional()).isTrue();
        assertThat(commitmentDue()).isEqualTo(LocalDate.parse("2027-02-22"));

        // the preview counts every deadline that will change, ours among them, and changes nothing
        String preview = mvc.perform(post("/api/calendar/notices").param("dryRun", "true").with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(LoadedNotices.fictitious2027()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2027)).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.correction").value(false)).andExpect(jsonPath("$.unchanged").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("\"recordId\":" + rectifications.get("2027-01-25+10").id(), "\"recordId\":" + inYuhua,
                "\"recordId\":" + application);
        assertThat(jdbc.queryForObject("select count(*) from calendar_notice", Long.class)).isZero();
        assertThat(orders.reread("county", rectifications.get("2027-01-25+10").id()).rectificationDeadlineProvisional()).isTrue();

        published = mvc.perform(post("/api/calendar/notices").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(LoadedNotices.fictitious2027()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.year").value(2027)).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.unchanged").value(false))
                .andReturn().getResponse().getContentAsString();
    }

    @AfterAll
    void backToTheShippedCalendar() {
        LoadedNotices.forgetAll(jdbc, calendar);
    }

    private LocalDate commitmentDue() {
        return jdbc.queryForObject("select commitment_check_due from licence where application_id = ?", LocalDate.class,
                commitmentApplication);
    }

    private List<DeadlineRevision> revisionsSeenBy(Role role) {
        return calendar.revisions(TestLogins.scope(regions, identity, role), 2027, 1, 200).items();
    }

    @ParameterizedTest(name = "ordered {0} + {1} working days: {2} → {4} (provisional {5})")
    @CsvSource(delimiter = '|', textBlock = """
            # ordered on | days | deadline before | provisional before | deadline after | provisional after | counted by hand
            2027-01-25 | 10 | 2027-02-08 | true | 2027-02-06 | false | before, Monday to Friday: 01-26…29 (4), 02-01…05 (9), 02-08 (10); after: the same nine, then Saturday 02-06 is a make-up working day (10)
            2027-02-01 | 10 | 2027-02-15 | true | 2027-02-19 | false | before: 02-02…05 (4), 02-08…12 (9), 02-15 (10); after: 02-02…05 (4), Saturday 02-06 (5), 02-08…12 rest days, 02-15…19 (10)
            2026-12-30 | 2  | 2027-01-01 | true | 2027-01-04 | false | before: 12-31 (1), Friday 2027-01-01 (2); after: 12-31 (1), 01-01 a rest day, weekend, Monday 01-04 (2)
            2027-03-01 | 5  | 2027-03-08 | true | 2027-03-08 | false | no listed date in 03-02…03-08: the same date, now known
            2027-12-20 | 20 | 2028-01-17 | true | 2028-01-17 | true  | reaches 2028, still without a notice: unchanged and still provisional, no revision
            """)
    void rectificationDeadlinesAreRecountedFromTheirOrderDate(LocalDate orderedOn, int days, LocalDate before, boolean provisionalBefore,
                                                            LocalDate after, boolean provisionalAfter, String how) {
        Finding ordered = rectifications.get(orderedOn + "+" + days);
        assertThat(ordered.rectificationDeadline()).as(how).isEqualTo(before);
        assertThat(ordered.rectificationDeadlineProvisional()).as(how).isEqualTo(provisionalBefore);
        Finding now = orders.reread("county", ordered.id());
        assertThat(now.rectificationDeadline()).as(how).isEqualTo(after);
        assertThat(now.rectificationDeadlineProvisional()).as(how).isEqualTo(provisionalAfter);
        assertThat(now.rectificationOrderedOn()).isEqualTo(orderedOn);
        assertThat(now.rectificationWorkingDays()).isEqualTo(days);
        var revision = revisionsSeenBy(Role.COUNTY_OFFICER).stream()
                .filter(r -> r.kind().equals("RECTIFICATION") && r.recordId() == ordered.id()).toList();
        if (before.equals(after) && provisionalBefore == provisionalAfter) {
            assertThat(revision).as(how).isEmpty();
        } else {
            assertThat(revision).as(how).singleElement().satisfies(r -> {
                assertThat(r.oldDeadline()).isEqualTo(before);
                assertThat(r.newDeadline()).isEqualTo(after);
                assertThat(r.oldProvisional()).isEqualTo(provisionalBefore);
                assertThat(r.newProvisional()).isEqualTo(provisionalAfter);
                assertThat(r.regionCode()).isEqualTo("130102");
                assertThat(r.regionName()).isEqualTo("长安区");
                assertThat(r.noticeYear()).isEqualTo(2027);
                assertThat(r.href()).isEqualTo("/supervision/campaigns/" + ordered.campaignId());
            });
        }
    }

    @ParameterizedTest(name = "{0} clock: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # clock   | deadline before | deadline after | counted by hand (accepted Wednesday 2027-02-03; limits of the shipped procedure: 8 working days overall, review 3)
            OVERALL   | 2027-02-15      | 2027-02-19     | before: 02-04, 02-05, 02-08…12, 02-15 (8); after: 02-04, 02-05, Saturday 02-06, rest 02-08…12, 02-15…19 (8)
            REVIEW    | 2027-02-08      | 2027-02-06     | before: 02-04, 02-05, 02-08 (3); after: 02-04, 02-05, Saturday 02-06 (3)
            """)
    void licensingClocksAreReplayedOnTheNewCalendarAndTheChangeIsListed(String clock, LocalDate before, LocalDate after, String how) {
        ApplicationView v = queries.view(TestLogins.scope(regions, identity, Role.CITY_OFFICER), application);
        var status = clock.equals("OVERALL") ? v.timeline().overall() : v.timeline().steps().get(v.timeline().steps().size() - 1).status();
        assertThat(status.deadline()).as(how).isEqualTo(after);
        assertThat(status.provisional()).as(how).isFalse();
        assertThat(revisionsSeenBy(Role.CITY_OFFICER)).as(how)
                .filteredOn(r -> r.kind().equals("LICENCE_APPLICATION") && r.recordId() == application && r.clock().equals(clock))
                .singleElement().satisfies(r -> {
                    assertThat(r.oldDeadline()).isEqualTo(before);
                    assertThat(r.newDeadline()).isEqualTo(after);
                    assertThat(r.oldProvisional()).isTrue();
                    assertThat(r.newProvisional()).isFalse();
                });
    }

    @Test
    void theCommitmentCheckDueDateIsStoredAgainAndAudited() {
        // granted Monday 2027-01-25, check due 20 working days later. Before: 01-26…29 (4), 02-01…05 (9), 02-08…12 (14),
        // 02-15…19 (19), 02-22 (20). After: 01-26…29 (4), 02-01…05 (9), Saturday 02-06 (10), rest 02-08…12, 02-15…19 (15), 02-22…26 (20).
        assertThat(commitmentDue()).isEqualTo(LocalDate.parse("2027-02-26"));
        long licenceId = jdbc.queryForObject("select id from licence where application_id = ?", Long.class, commitmentApplication);
        assertThat(revisionsSeenBy(Role.PROVINCE_ADMIN)).filteredOn(r -> r.kind().equals("COMMITMENT_CHECK") && r.recordId() == licenceId)
                .singleElement().satisfies(r -> assertThat(r.oldDeadline() + "→" + r.newDeadline()).isEqualTo("2027-02-22→2027-02-26"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'licence.commitment-check-due.recomputed'"
                + " and entity_id = ?", Long.class, String.valueOf(licenceId))).isEqualTo(1);
    }

    @Test
    void theNoticeIsInUseAuditedAndListedAsLoaded() throws Exception {
        assertThat(calendar.lastKnownDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06")).workingDay()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-10")).workingDay()).isFalse();
        long noticeId = jdbc.queryForObject("select id from calendar_notice where year = 2027 and version = 1", Long.class);
        assertThat(published).contains("\"noticeId\":" + noticeId);
        String audit = jdbc.queryForObject("select actor || ' ' || after_json from audit_entry where action = 'calendar.notice.publish'"
                + " and entity_id = ?", String.class, String.valueOf(noticeId));
        assertThat(audit).startsWith("admin ").contains("2027-02-06", "\"version\":1", "example.org/fictitious");
        Finding recomputed = orders.reread("county", rectifications.get("2027-01-25+10").id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'supervision.finding.rectification-deadline-recomputed'"
                + " and entity_id = ?", Long.class, String.valueOf(recomputed.id()))).isEqualTo(1);
        mvc.perform(get("/api/calendar/notices").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2027)).andExpect(jsonPath("$[0].loaded").value(true))
                .andExpect(jsonPath("$[0].version").value(1)).andExpect(jsonPath("$[0].restDays").value(6))
                .andExpect(jsonPath("$[0].makeUpDays").value(1)).andExpect(jsonPath("$[1].year").value(2026))
                .andExpect(jsonPath("$[1].loaded").value(false));
        // the public working-day API answers with the notice at once, without a restart
        mvc.perform(get("/api/calendar/add-working-days").param("start", "2027-02-01").param("days", "10"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value("2027-02-19"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void revisionsAreListedForTheRegionOfTheRecordOnly() throws Exception {
        List<DeadlineRevision> county = revisionsSeenBy(Role.COUNTY_OFFICER);
        assertThat(county).isNotEmpty().allSatisfy(r -> assertThat(r.regionCode()).isEqualTo("130102"));
        assertThat(county).noneMatch(r -> r.recordId() == inYuhua && r.kind().equals("RECTIFICATION"));
        assertThat(revisionsSeenBy(Role.CITY_OFFICER)).anyMatch(r -> r.recordId() == inYuhua && r.kind().equals("RECTIFICATION"))
                .anyMatch(r -> r.recordId() == rectifications.get("2027-01-25+10").id() && r.kind().equals("RECTIFICATION"));
        String page = mvc.perform(get("/calendar/revisions").with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("因 2027 年通知变更", "2027-02-06", "长安区").doesNotContain("裕华区");
        mvc.perform(get("/api/calendar/revisions").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isForbidden());
    }

    @Test
    void theSameFileAgainChangesNothing() throws Exception {
        long notices = jdbc.queryForObject("select count(*) from calendar_notice", Long.class);
        long revisions = jdbc.queryForObject("select count(*) from calendar_deadline_revision", Long.class);
        long audits = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        mvc.perform(post("/api/calendar/notices").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(LoadedNotices.fictitious2027()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(true)).andExpect(jsonPath("$.revisions").value(0));
        assertThat(jdbc.queryForObject("select count(*) from calendar_notice", Long.class)).isEqualTo(notices);
        assertThat(jdbc.queryForObject("select count(*) from calendar_deadline_revision", Long.class)).isEqualTo(revisions);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audits);
    }

    @Test
    void aChangedNoticeForThe2027YearIsPreviewedAsACorrection() throws Exception {
        String corrected = new String(LoadedNotices.fictitious2027(), StandardCharsets.UTF_8)
                .replace("{\"name\": \"春节（虚构）\", \"date\": \"2027-02-12\", \"isOffDay\": true}",
                        "{\"name\": \"春节（虚构）\", \"date\": \"2027-02-12\", \"isOffDay\": true},"
                                + "{\"name\": \"春节（虚构）\", \"date\": \"2027-02-15\", \"isOffDay\": true}");
        assertThat(corrected).contains("2027-02-15");
        mvc.perform(post("/api/calendar/notices").param("dryRun", "true").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.correction").value(true))
                .andExpect(jsonPath("$.unchanged").value(false));
        assertThat(jdbc.queryForObject("select count(*) from calendar_notice", Long.class)).isEqualTo(1);
    }

    @Test
    void anInvalidNoticeIsRefusedWithEveryFaultAndNothingChanges() throws Exception {
        long notices = jdbc.queryForObject("select count(*) from calendar_notice", Long.class);
        long audits = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        String bad = "{\"year\": 2027, \"papers\": [\"not a url\"], \"days\": ["
                + "{\"name\": \"春节\", \"date\": \"2027-02-08\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2027-02-08\", \"isOffDay\": true},"
                + "{\"name\": \"\", \"date\": \"2028-01-03\", \"isOffDay\": \"no\"}]}";
        mvc.perform(post("/api/calendar/notices").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].field").value("papers[0]"))
                .andExpect(jsonPath("$.errors[1].field").value("days[1].date")).andExpect(jsonPath("$.errors[1].rule").value("unique"))
                .andExpect(jsonPath("$.errors[2].field").value("days[2].name"))
                .andExpect(jsonPath("$.errors[3].field").value("days[2].isOffDay"))
                .andExpect(jsonPath("$.errors[4].field").value("days[2].date")).andExpect(jsonPath("$.errors[4].rule").value("in-year"))
                .andExpect(jsonPath("$.errors[4].messageZh").value(org.hamcrest.Matchers.containsString("不在 2027 年内")))
                .andExpect(jsonPath("$.errors[4].messageEn").value(org.hamcrest.Matchers.containsString("neither in 2027")));
        mvc.perform(post("/calendar/notices").param("content", bad).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from calendar_notice", Long.class)).isEqualTo(notices);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audits);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06")).workingDay()).isTrue();
    }

    @Test
    void onlyTheProvincialAdministratorLoadsNotices() throws Exception {
        for (Role role : List.of(Role.CITY_OFFICER, Role.COUNTY_OFFICER, Role.ENTERPRISE_USER, Role.INSTITUTION_STAFF)) {
            mvc.perform(post("/api/calendar/notices").with(TestLogins.as(identity, role)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(LoadedNotices.fictitious2027())).andExpect(status().isForbidden());
            mvc.perform(get("/api/calendar/notices").with(TestLogins.as(identity, role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/calendar/notices").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(LoadedNotices.fictitious2027())).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from calendar_notice", Long.class)).isEqualTo(1);
    }
}
