package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.LoadedNotices;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.RectificationTestOrders;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.support.IsolatedCalendarTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province administrator loads the FICTITIOUS 2027 holiday notice of the test resources (not the State Council's):
 * a faulty file first, refused with every fault on the page; then the test file, previewed with the deadlines it
 * changes, confirmed, and the list of changed deadlines; the 长安区 officer sees the change on a phone and the
 * provisional badge gone from the campaign. Screenshots in target/screenshots/holiday-notice-*.png.
 */
@IsolatedCalendarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HolidayNoticeBrowserTests {

    private Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarManagement calendar;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;
    @Autowired CurrentUser currentUser;
    @Autowired SupervisionManagement supervision;

    private Finding ordered;

    @BeforeAll
    void startBrowserWithAProvisionalRectification() {
        browser = new Browser();
        LoadedNotices.forgetAll(jdbc, calendar);
        TestLogins.actAs("admin");
        try {
            // ordered Monday 2027-02-01 for 10 working days: 2027-02-15 counted Monday to Friday (provisional); under the
            // test notice 02-02…05, Saturday 02-06, rest 02-08…12, 02-15…19: 2027-02-19
            ordered = new RectificationTestOrders(identity, parties, currentUser, supervision)
                    .ordered("county", "130102", LocalDate.parse("2027-02-01"), 10);
        } finally {
            TestLogins.clear();
        }
    }

    @AfterAll
    void stop() {
        browser.close();
        LoadedNotices.forgetAll(jdbc, calendar);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
    }

    @Test
    void theAdministratorLoadsANoticeAndTheOfficerSeesTheChangedDeadline() {
        Page county = browser.phone();
        login(county, "county");
        county.navigate(url("/supervision/campaigns/" + ordered.campaignId()));
        assertThat(county.getByTestId("rectification-deadline")).containsText("2027-02-15");
        assertThat(county.getByTestId("deadline-provisional")).isVisible();

        Page admin = browser.desktop();
        login(admin, "admin");
        Browser.clickNav(admin, "节假日通知");
        assertThat(admin.getByTestId("notice-2027")).containsText("尚未发布");
        assertThat(admin.getByTestId("notice-2026")).containsText("随平台发布");
        Browser.screenshot(admin, "holiday-notice-1-list");

        // a faulty file: every fault on the page, nothing published
        String faulty = "{\"year\": 2027, \"papers\": [\"not a url\"], \"days\": [{\"name\": \"\", \"date\": \"2027-02-30\", \"isOffDay\": \"yes\"}]}";
        admin.locator("#file").setInputFiles(new FilePayload("2027.json", "application/json", faulty.getBytes(StandardCharsets.UTF_8)));
        admin.getByTestId("preview-button").click();
        assertThat(admin.getByTestId("errors")).containsText("4 处错误");
        assertThat(admin.getByTestId("errors")).containsText("papers[0] · url");
        assertThat(admin.getByTestId("errors")).containsText("days[0].isOffDay · boolean");
        Browser.screenshot(admin, "holiday-notice-2-refused");

        // the test notice: previewed with the deadlines it changes, then confirmed
        admin.locator("#file").setInputFiles(new FilePayload("2027-fictitious-test-only.json", "application/json",
                LoadedNotices.fictitious2027()));
        admin.getByTestId("preview-button").click();
        assertThat(admin.getByTestId("preview")).containsText("将作为 2027 年通知第 1 版");
        assertThat(admin.getByTestId("change-count")).containsText("将重新计算");
        assertThat(admin.getByTestId("preview-changes")).containsText(ordered.targetName());
        Browser.screenshot(admin, "holiday-notice-3-preview");
        admin.getByTestId("confirm-publish").click();
        admin.waitForURL(url("/calendar/revisions?year=2027"));
        assertThat(admin.getByTestId("flash")).containsText("已发布 2027 年通知（第 1 版）");
        assertThat(admin.getByTestId("revision-RECTIFICATION-" + ordered.id())).containsText("2027-02-19");
        Browser.screenshot(admin, "holiday-notice-4-revisions");
        Browser.clickNav(admin, "节假日通知");
        assertThat(admin.getByTestId("notice-2027")).containsText("运行中加载 第 1 版");
        Browser.screenshot(admin, "holiday-notice-5-loaded");

        // the county officer, on a phone: the change listed from the calendar page, the badge gone from the campaign
        county.navigate(url("/calendar"));
        county.getByTestId("revisions-link").click();
        assertThat(county.getByTestId("revision-RECTIFICATION-" + ordered.id())).containsText("2027-02-19");
        assertThat(county.getByTestId("revisions")).not().containsText("裕华区");
        Browser.screenshot(county, "holiday-notice-6-revisions-phone");
        county.navigate(url("/supervision/campaigns/" + ordered.campaignId()));
        assertThat(county.getByTestId("rectification-deadline")).containsText("2027-02-19");
        assertThat(county.getByTestId("deadline-provisional")).hasCount(0);
        Browser.screenshot(county, "holiday-notice-7-campaign-phone");

        Page adminPhone = browser.phone();
        login(adminPhone, "admin");
        adminPhone.navigate(url("/calendar/notices"));
        assertThat(adminPhone.getByTestId("notice-2027")).containsText("运行中加载 第 1 版");
        Browser.screenshot(adminPhone, "holiday-notice-8-list-phone");
    }
}
