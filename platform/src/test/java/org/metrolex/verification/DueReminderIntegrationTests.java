package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.persistence.DueReminderRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Due-date reminders (issue 13, item 12; ADR 0021): the daily job records one reminder per instrument, due date and
 * threshold (30 and 7 days by default) from instrument_due, never twice; the outbox records each channel's attempt;
 * the owner sees and marks its own, officers their region's, institutions none. Dates follow the application's clock,
 * shifted forward to play the following days.
 */
@MetrolexIntegrationTest
class DueReminderIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired DueReminders reminders;
    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired IssuingCertificate issuing;
    @Autowired org.metrolex.instrument.InstrumentManagement instruments;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void actor() {
        TestLogins.actAs("enterprise");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    /** A scale of the demo enterprise verified so that its certificate falls due about 20 days from today. */
    private long scaleDueInAboutTwentyDays() {
        var fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        long instrument = fixtures.scale();
        long id = fixtures.bookAndAssign(instrument);
        fixtures.record(id, LocalDate.now(clock).minusMonths(12).plusDays(20), fixtures.qualifiedVerifier(), fixtures.freshStandard(),
                VerificationFixtures.GOOD_SCALE);
        fixtures.sign(id);
        issuing.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
        return instrument;
    }

    private List<Map<String, Object>> remindersOf(long instrument) {
        return jdbc.queryForList("select id, due_date, days_before, reminded_on from due_reminder where instrument_id = ? order by days_before desc",
                instrument);
    }

    private LocalDate nextDue(long instrument) {
        return jdbc.queryForObject("select next_due from instrument_due where instrument_id = ?", LocalDate.class, instrument);
    }

    /** The day {@code date} on a clock shifted forward from the application's, as the job would see it then. */
    private LocalDate shiftedTo(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        Clock shifted = Clock.offset(clock, Duration.ofDays(ChronoUnit.DAYS.between(today, date)));
        return LocalDate.now(shifted);
    }

    /** A county that is neither the region nor one of its ancestors. */
    private String elsewhere(String region) {
        return regions.all().stream().map(r -> r.code()).filter(c -> !c.substring(0, 4).equals(region.substring(0, 4)) && !c.endsWith("0000"))
                .findFirst().orElseThrow();
    }

    @Test
    void theThresholdsAreReadLargestFirstAndAWrongSettingNamesItself() {
        assertThat(DueReminders.thresholds("7, 30")).containsExactly(30, 7);
        assertThat(DueReminders.thresholds("30")).containsExactly(30);
        assertThatThrownBy(() -> DueReminders.thresholds("30,abc")).hasMessageContaining("app.reminders.days-before");
        assertThatThrownBy(() -> DueReminders.thresholds("0")).hasMessageContaining("1 至 366");
        assertThat(reminders.thresholds()).containsExactly(30, 7);
    }

    @Test
    @Tag("date-sensitive")
    void oneReminderPerThresholdWindowAndRerunningTheSameOrTheNextDayAddsNothing() {
        long instrument = scaleDueInAboutTwentyDays();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = nextDue(instrument);
        long left = ChronoUnit.DAYS.between(today, due);
        assertThat(left).as("fixture: due within the 30-day window, before the 7-day one").isBetween(8L, 30L);

        reminders.run(today);
        assertThat(remindersOf(instrument)).singleElement().satisfies(r -> {
            assertThat(r.get("due_date").toString()).isEqualTo(due.toString());
            assertThat(r.get("days_before")).isEqualTo(30);
            assertThat(r.get("reminded_on").toString()).isEqualTo(today.toString());
        });
        DueReminders.RunSummary again = reminders.run(today);
        reminders.run(shiftedTo(today.plusDays(1)));
        assertThat(remindersOf(instrument)).hasSize(1);
        assertThat(again.addedByThreshold().values()).allMatch(n -> n == 0);

        // Seven days before the due date the second reminder comes, once; on the due date itself none (overdue from then on).
        DueReminders.RunSummary week = reminders.run(shiftedTo(due.minusDays(7)));
        assertThat(week.addedByThreshold().get(7)).isPositive();
        reminders.run(shiftedTo(due.minusDays(3)));
        reminders.run(shiftedTo(due));
        assertThat(remindersOf(instrument)).extracting(r -> r.get("days_before")).containsExactly(30, 7);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'reminder.run' and entity_id = ?",
                Long.class, today.toString())).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Tag("date-sensitive")
    void theOutboxRecordsEachChannelOnceWithTheOwnersContact() {
        long instrument = scaleDueInAboutTwentyDays();
        reminders.run(LocalDate.now(clock));
        long id = ((Number) remindersOf(instrument).get(0).get("id")).longValue();
        reminders.run(LocalDate.now(clock));
        List<DueReminderRecords.Delivery> out = reminders.deliveries(scope(Role.ENTERPRISE_USER), id);
        String phone = jdbc.queryForObject("select e.contact_phone from enterprise e join app_user u on u.party_id = e.id "
                + "where u.username = 'enterprise'", String.class);
        assertThat(out).extracting(DueReminderRecords.Delivery::channel).containsExactly("EMAIL", "IN_APP", "SMS");
        assertThat(out).filteredOn(d -> d.channel().equals("IN_APP")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("SENT"));
        // The registry keeps no e-mail address: the attempt is recorded as NO_CONTACT, not dropped.
        assertThat(out).filteredOn(d -> d.channel().equals("EMAIL")).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("NO_CONTACT");
            assertThat(d.recipient()).isNull();
        });
        assertThat(out).filteredOn(d -> d.channel().equals("SMS")).singleElement().satisfies(d -> {
            if (phone == null || phone.isBlank()) {
                assertThat(d.status()).isEqualTo("NO_CONTACT");
            } else {
                assertThat(d.status()).isEqualTo("SENT");
                assertThat(d.recipient()).isEqualTo(phone.strip());
                assertThat(d.detail()).contains(nextDue(instrument).toString());
            }
        });
        // Officers of another region read none of it.
        String region = jdbc.queryForObject("select region_code from due_reminder where id = ?", String.class, id);
        assertThat(reminders.deliveries(new DataScope(Role.COUNTY_OFFICER, "elsewhere", Set.of(elsewhere(region)), null), id)).isEmpty();
    }

    @Test
    @Tag("date-sensitive")
    void theOwnerSeesAndMarksItsOwnOfficersTheirRegionsInstitutionsNone() throws Exception {
        long instrument = scaleDueInAboutTwentyDays();
        reminders.run(LocalDate.now(clock));
        long id = ((Number) remindersOf(instrument).get(0).get("id")).longValue();
        String region = jdbc.queryForObject("select region_code from due_reminder where id = ?", String.class, id);
        String elsewhere = elsewhere(region);

        assertThat(reminders.list(scope(Role.ENTERPRISE_USER), true, true, 1, 200).items())
                .anySatisfy(v -> assertThat(v.reminder().id()).isEqualTo(id));
        assertThat(reminders.list(scope(Role.COUNTY_OFFICER), false, true, 1, 200).total()).isPositive();
        assertThat(reminders.require(scope(Role.COUNTY_OFFICER), id).reminder().instrumentId()).isEqualTo(instrument);
        assertThat(reminders.list(new DataScope(Role.COUNTY_OFFICER, "elsewhere", Set.of(elsewhere), null), false, false, 1, 200).total())
                .isZero();
        assertThatThrownBy(() -> reminders.list(scope(Role.INSTITUTION_STAFF), false, false, 1, 20))
                .isInstanceOf(RuleViolation.class);
        assertThat(reminders.unreadCount(scope(Role.INSTITUTION_STAFF))).isZero();
        assertThatThrownBy(() -> reminders.markRead(scope(Role.COUNTY_OFFICER), id)).isInstanceOf(RuleViolation.class);

        var enterprise = TestLogins.as(identity, Role.ENTERPRISE_USER);
        String page = mvc.perform(get("/reminders").with(enterprise)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("/instruments/" + instrument).contains(nextDue(instrument).toString());
        long unreadBefore = reminders.unreadCount(scope(Role.ENTERPRISE_USER));
        mvc.perform(post("/reminders/" + id + "/read").param("show", "UNREAD").with(enterprise).with(csrf()))
                .andExpect(redirectedUrl("/reminders?show=UNREAD"));
        mvc.perform(post("/reminders/" + id + "/read").with(enterprise).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reminders.unreadCount(scope(Role.ENTERPRISE_USER))).isEqualTo(unreadBefore - 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'due-reminder.read' and entity_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        mvc.perform(get("/reminders").with(TestLogins.as(identity, Role.INSTITUTION_STAFF))).andExpect(status().isForbidden());
        mvc.perform(post("/reminders/" + id + "/read").with(TestLogins.as(identity, Role.COUNTY_OFFICER)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoEnterpriseHasRemindersFromTheRunAtStartAndItsHomeListsThem() throws Exception {
        assertThat(reminders.unreadCount(scope(Role.ENTERPRISE_USER))).as("demo reminders of the enterprise account").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from reminder_delivery where channel = 'IN_APP'", Long.class)).isPositive();
        String home = mvc.perform(get("/").with(TestLogins.as(identity, Role.ENTERPRISE_USER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains("data-testid=\"panel-instruments\"").contains("data-testid=\"home-reminder\"");
        String institution = mvc.perform(get("/").with(TestLogins.as(identity, Role.INSTITUTION_STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(institution).contains("data-testid=\"panel-queue\"").contains("data-testid=\"certificate-item\"");
        String county = mvc.perform(get("/overdue").with(TestLogins.as(identity, Role.COUNTY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(county).contains("data-testid=\"overdue-reminder-count\"");
        assertThat(reminders.currentCount(scope(Role.COUNTY_OFFICER))).isPositive();
    }
}
