package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Overdue notices in-app (issue 4): the owner enterprise sees only its own and marks them read (audited),
 * officers see those of their region, institutions none; exports carry the same rows.
 */
@MetrolexIntegrationTest
class OverdueNoticeIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired OverdueNotices notices;

    @Autowired Clock clock;
    @Autowired OverdueWorkbench workbench;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired IssuingCertificate issuing;
    @Autowired RecordingOverdueNotices overdueNotices;
    @Autowired org.metrolex.instrument.InstrumentManagement instruments;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    /** A scale of the demo enterprise verified 13 months ago (12-month interval): overdue, and noticed by the daily job. */
    private OverdueNotice freshNotice() {
        var fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        long instrument = fixtures.scale();
        long id = fixtures.bookAndAssign(instrument);
        fixtures.record(id, LocalDate.now(clock).minusMonths(13), fixtures.qualifiedVerifier(), fixtures.freshStandard(),
                VerificationFixtures.GOOD_SCALE);
        fixtures.sign(id);
        issuing.issue(scope(Role.INSTITUTION_STAFF), id, org.metrolex.verification.domain.Conclusion.CONFORMING);
        assertThat(overdueNotices.recordOverdueNotices()).isPositive();
        return notices.list(scope(Role.ENTERPRISE_USER), true, 1, 200).items().stream().map(OverdueNotices.NoticeView::notice)
                .filter(n -> n.instrumentId() == instrument).findFirst().orElseThrow();
    }

    private DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    @BeforeEach
    void actor() {
        TestLogins.actAs("enterprise");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private List<OverdueNotice> all(DataScope scope) {
        return notices.list(scope, false, 1, 200).items().stream().map(OverdueNotices.NoticeView::notice).toList();
    }

    @Test
    void theEnterpriseSeesOnlyItsOwnNoticesAndOfficersThoseOfTheirRegion() {
        long enterprise = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
        List<OverdueNotice> own = all(scope(Role.ENTERPRISE_USER));
        assertThat(own).isNotEmpty().allSatisfy(n -> assertThat(n.ownerEnterpriseId()).isEqualTo(enterprise));
        assertThat(notices.list(scope(Role.ENTERPRISE_USER), false, 1, 1).total()).isEqualTo(jdbc.queryForObject(
                "select count(*) from overdue_notice n where exists (select 1 from verification v where v.instrument_id = n.instrument_id "
                        + "and v.owner_enterprise_id = ?)", Long.class, enterprise));

        assertThat(all(scope(Role.COUNTY_OFFICER))).isNotEmpty().allSatisfy(n -> assertThat(n.regionCode()).isEqualTo("130102"));
        assertThat(notices.list(scope(Role.CITY_OFFICER), false, 1, 200).items())
                .allSatisfy(v -> assertThat(v.notice().regionCode()).startsWith("1301"));
        long province = notices.list(scope(Role.PROVINCE_ADMIN), false, 1, 1).total();
        assertThat(province).isEqualTo(jdbc.queryForObject("select count(*) from overdue_notice", Long.class))
                .isGreaterThan(notices.list(scope(Role.CITY_OFFICER), false, 1, 1).total());
        assertThatThrownBy(() -> notices.list(scope(Role.INSTITUTION_STAFF), false, 1, 20))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
    }

    @Test
    void theOwnerMarksANoticeReadOnceAndOthersCannot() {
        OverdueNotice unread = freshNotice();
        long unreadBefore = notices.unreadCount(scope(Role.ENTERPRISE_USER));
        assertThatThrownBy(() -> notices.markRead(scope(Role.COUNTY_OFFICER), unread.instrumentId(), unread.dueDate()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));

        OverdueNotice read = notices.markRead(scope(Role.ENTERPRISE_USER), unread.instrumentId(), unread.dueDate());
        assertThat(read.readAt()).isNotNull();
        assertThat(read.readBy()).isEqualTo("enterprise");
        assertThat(notices.unreadCount(scope(Role.ENTERPRISE_USER))).isEqualTo(unreadBefore - 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'overdue-notice.read' and entity_id = ?",
                Long.class, unread.instrumentId() + "/" + unread.dueDate())).isEqualTo(1);
        // again: nothing changes, nothing more is audited
        assertThat(notices.markRead(scope(Role.ENTERPRISE_USER), unread.instrumentId(), unread.dueDate()).readAt()).isEqualTo(read.readAt());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'overdue-notice.read' and entity_id = ?",
                Long.class, unread.instrumentId() + "/" + unread.dueDate())).isEqualTo(1);

        // a notice of another owner is not found for this enterprise
        var other = jdbc.queryForMap("select n.instrument_id, n.due_date from overdue_notice n where not exists (select 1 from verification v "
                + "where v.instrument_id = n.instrument_id and v.owner_enterprise_id = ?) limit 1", read.ownerEnterpriseId());
        assertThatThrownBy(() -> notices.markRead(scope(Role.ENTERPRISE_USER), ((Number) other.get("instrument_id")).longValue(),
                ((java.sql.Date) other.get("due_date")).toLocalDate()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
    }

    @Test
    void pagesApiAndExportsShowTheCallersNotices() throws Exception {
        var enterprise = new DemoLogins(identity).as("enterprise");
        long total = notices.list(scope(Role.ENTERPRISE_USER), false, 1, 1).total();
        mvc.perform(get("/api/overdue-notices").with(enterprise)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total));
        String csv = mvc.perform(get("/api/overdue-notices/export").param("format", "csv").with(enterprise)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.strip().split("\r\n")).hasSize((int) total + 1);
        String owner = TestLogins.principal(identity, Role.ENTERPRISE_USER).displayName().replace(" 负责人", "");
        assertThat(csv).contains(owner);
        // the notices pages are folded into the overdue workbench: a notice is a case noticed, read or verified again
        mvc.perform(get("/notices/export").with(new DemoLogins(identity).as("county"))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/overdue/export?format=xlsx&show=ALL"));
        byte[] xlsx = mvc.perform(get("/overdue/export").param("show", "ALL").with(new DemoLogins(identity).as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long countyCases = workbench.list(scope(Role.COUNTY_OFFICER), new OverdueCase.Filter(OverdueCase.Show.ALL, null, null, null), 1, 1)
                .total();
        assertThat(countyCases).isGreaterThanOrEqualTo(notices.list(scope(Role.COUNTY_OFFICER), false, 1, 1).total());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo((int) countyCases);
        }
        mvc.perform(get("/notices").with(enterprise)).andExpect(redirectedUrl("/overdue?show=ALL"));
        OverdueNotice unread = freshNotice();
        mvc.perform(post("/overdue/" + unread.instrumentId() + "/" + unread.dueDate() + "/read").with(enterprise).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices.list(scope(Role.ENTERPRISE_USER), false, 1, 200).items().stream()
                .filter(v -> v.notice().instrumentId() == unread.instrumentId()).findFirst().orElseThrow().notice().read()).isTrue();
    }
}
