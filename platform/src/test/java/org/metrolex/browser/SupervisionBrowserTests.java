package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.Role;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.CampaignDraft;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 双随机一公开 as people do it: the 长安区 officer plans a market campaign, publishes the population and
 * the seed commitment, draws; an inspector of 桥西区 (drawn, logged in with an officer account linked to
 * the inspector) records an inspection with a cheating finding; the officer opens a case, decides it and
 * publishes; the public sees the result. Screenshots in target/screenshots/supervision-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class SupervisionBrowserTests {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired Clock clock;
    @Autowired PartyManagement parties;
    @Autowired SupervisionManagement supervision;
    @Autowired CurrentUser currentUser;
    @Autowired CalendarManagement calendar;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
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
    void anOfficerDrawsAnInspectorFindsFraudACaseOpensAndThePublicSeesTheResult() {
        // Two inspectors of other counties; the 桥西区 one has a login (an officer account linked to the inspector).
        TestLogins.actAs("admin");
        var admin = currentUser.scopeOf(new DemoLogins(identity).principal("admin"));
        Person qiaoxi = parties.createPerson(admin, new PersonDraft("孙浏览（监督员）", "INSPECTOR", "130104", null, ""));
        Person xinhua = parties.createPerson(admin, new PersonDraft("周浏览（监督员）", "INSPECTOR", "130105", null, ""));
        identity.createAccount("qiaoxi-inspector", "桥西区局 孙浏览", "Metrolex-2026", Role.COUNTY_OFFICER, "130104", null);
        supervision.linkInspector(admin, qiaoxi.id(), "qiaoxi-inspector");
        TestLogins.clear();

        Page officer = browser.desktop();
        login(officer, "county");
        Browser.clickNav(officer, "监督抽查");
        officer.getByTestId("new-campaign").click();
        officer.locator("#name").fill("长安区集贸市场电子计价秤专项抽查");
        officer.locator("#type").selectOption("MARKET_SCALES");
        officer.locator("#targetRegionCode").selectOption("130102");
        officer.locator("#sampleSize").fill("1");
        officer.locator("#pool-" + qiaoxi.id()).check();
        officer.locator("#pool-" + xinhua.id()).check();
        Browser.screenshot(officer, "supervision-1-plan");
        officer.getByTestId("save-campaign").click();
        assertThat(officer.getByTestId("campaign-status")).hasText("草稿");

        // Irreversible steps are asked for on a page that says what will happen.
        officer.getByTestId("commit").click();
        assertThat(officer.getByTestId("confirm-consequence")).containsText("不能撤销");
        Browser.screenshot(officer, "supervision-2a-confirm-commit");
        officer.getByTestId("confirm").click();
        assertThat(officer.getByTestId("campaign-status")).hasText("已公布名单和承诺");
        assertThat(officer.getByTestId("commitment")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        assertThat(officer.getByTestId("seed")).hasText("抽取后公布");
        Browser.screenshot(officer, "supervision-2-committed");

        officer.getByTestId("draw").click();
        assertThat(officer.getByTestId("confirm-consequence")).containsText("不能重抽");
        officer.getByTestId("confirm").click();
        assertThat(officer.getByTestId("campaign-status")).hasText("已抽取");
        assertThat(officer.getByTestId("task-table")).containsText("孙浏览");
        assertThat(officer.getByTestId("task-table")).containsText("周浏览");
        assertThat(officer.getByTestId("seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        Browser.screenshot(officer, "supervision-3-drawn");
        String campaignUrl = officer.url();

        Page inspector = browser.desktop();
        login(inspector, "qiaoxi-inspector");
        inspector.navigate(url("/supervision/campaigns"));
        inspector.getByTestId("my-tasks").getByRole(AriaRole.LINK).first().click();
        inspector.locator("#inspectedOn").fill(LocalDate.now(clock).toString());
        inspector.locator("#instrumentsChecked").fill("12");
        inspector.locator("#fraudFound").fill("1");
        inspector.locator("#notes").fill("电子计价秤加装遥控作弊装置");
        Browser.screenshot(inspector, "supervision-4-inspection-form");
        inspector.getByTestId("save-inspection").click();
        assertThat(inspector.getByTestId("inspection")).containsText("1 台计量器具存在作弊行为");
        Browser.screenshot(inspector, "supervision-5-inspection-recorded");
        inspector.context().close();

        officer.navigate(campaignUrl);
        assertThat(officer.getByTestId("finding-table")).containsText("计量作弊");
        officer.getByTestId("open-case").click();
        assertThat(officer.getByTestId("confirm-consequence")).containsText("立案不能撤销");
        officer.getByTestId("confirm").click();
        assertThat(officer.getByTestId("finding-status")).hasText("已立案");
        assertThat(officer.getByTestId("case-number")).containsText("JL-130102-");
        String caseNumber = officer.getByTestId("case-number").textContent().replaceAll(".*(JL-\\S+).*", "$1").strip();
        officer.getByTestId("decision-text").fill("没收作弊装置，罚款人民币五千元");
        officer.getByTestId("decide").click();
        assertThat(officer.getByTestId("finding-status")).hasText("已作出处罚决定");
        officer.getByTestId("publish").click();
        assertThat(officer.getByTestId("confirm-consequence")).containsText("不能撤回");
        officer.getByTestId("confirm").click();
        assertThat(officer.getByTestId("campaign-status")).hasText("结果已公示");
        Browser.screenshot(officer, "supervision-6-case-published");
        officer.context().close();

        Page citizen = browser.phone();
        citizen.navigate(url("/public/spot-checks"));
        citizen.getByTestId("public-campaigns").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("长安区集贸市场电子计价秤专项抽查")).first().click();
        assertThat(citizen.getByTestId("public-status")).hasText("结果已公示");
        assertThat(citizen.getByTestId("public-findings")).containsText("计量作弊");
        assertThat(citizen.getByTestId("public-findings")).containsText(caseNumber);
        assertThat(citizen.getByTestId("public-findings")).containsText("没收作弊装置");
        assertThat(citizen.getByTestId("public-seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        Browser.screenshot(citizen, "supervision-7-public-result");
        citizen.context().close();
    }

    /**
     * Issue 6: the officer orders a rectification in working days (the [M] mark next to the field says the 1–60
     * limit is our configured default); once the deadline has passed the finding carries a red 逾期 badge and is on
     * the overdue list with its working days overdue; rectified after the deadline it shows 逾期完成.
     */
    @Test
    void anOfficerOrdersARectificationInWorkingDaysSeesItOverdueAndRecordsItLate() {
        TestLogins.actAs("admin");
        var admin = currentUser.scopeOf(new DemoLogins(identity).principal("admin"));
        var county = currentUser.scopeOf(new DemoLogins(identity).principal("county"));
        Person a = parties.createPerson(admin, new PersonDraft("钱整改（监督员）", "INSPECTOR", "130104", null, ""));
        Person b = parties.createPerson(admin, new PersonDraft("吴整改（监督员）", "INSPECTOR", "130105", null, ""));
        Campaign c = supervision.create(county, new CampaignDraft("长安区集贸市场整改跟踪抽查", "MARKET_SCALES",
                "130102", 1, null, "NONE", 2, java.util.List.of(a.id(), b.id())));
        supervision.commit(county, c.id());
        supervision.draw(county, c.id());
        long taskId = supervision.tasks(county, c.id()).get(0).id();
        LocalDate today = supervision.todayForPages();
        supervision.recordInspection(county, taskId, new InspectionForm(today, 8, 0, 1, java.util.List.of(), 0, 0, null, null, null,
                "电子计价秤加装作弊装置"));
        long findingId = supervision.findings(county, c.id()).get(0).id();
        String target = supervision.findings(county, c.id()).get(0).targetName();
        TestLogins.clear();

        Page officer = browser.desktop();
        login(officer, "county");
        officer.navigate(url("/supervision/campaigns/" + c.id()));
        assertThat(officer.getByTestId("working-days-mark")).hasText("[M]");
        assertThat(officer.getByTestId("working-days-mark")).hasAttribute("title", java.util.regex.Pattern.compile("默认上限"));
        // Nothing entered: refused naming the field by its label, on the field, without internal keys.
        officer.getByTestId("order-rectification").click();
        assertThat(officer.getByTestId("form-errors")).containsText("整改期限");
        assertThat(officer.getByTestId("form-errors")).not().containsText("workingDays");
        assertThat(officer.getByTestId("working-days")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(officer.getByTestId("field-error-workingDays")).isVisible();
        officer.getByTestId("working-days").fill("10");
        Browser.screenshot(officer, "supervision-8-rectification-form");
        officer.getByTestId("order-rectification").click();
        LocalDate deadline = calendar.addWorkingDays(today, 10).date();
        assertThat(officer.getByTestId("rectification-deadline")).containsText(deadline.toString());
        assertThat(officer.getByTestId("rectification-deadline")).containsText("10个工作日");
        assertThat(officer.getByTestId("rectification-overdue")).hasCount(0);

        // Time passes: the order is moved 30 days back (as if made then), so its deadline has passed.
        LocalDate orderedOn = today.minusDays(30);
        LocalDate pastDeadline = calendar.addWorkingDays(orderedOn, 10).date();
        jdbc.update("update supervision_finding set rectification_ordered_on = ?, rectification_deadline = ? where id = ?",
                orderedOn, pastDeadline, findingId);
        officer.reload();
        assertThat(officer.getByTestId("rectification-overdue")).hasText("逾期");
        Browser.screenshot(officer, "supervision-9-overdue-badge");

        officer.navigate(url("/supervision/campaigns"));
        officer.getByTestId("overdue-rectifications-link").click();
        int late = calendar.workingDaysBetween(pastDeadline, today).days();
        var row = officer.getByTestId("overdue-rectifications").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("长安区集贸市场整改跟踪抽查"));
        assertThat(row).containsText(target);
        assertThat(row.getByTestId("working-days-overdue")).hasText("逾期 " + late + "个工作日");
        Browser.screenshot(officer, "supervision-10-overdue-list");

        row.getByRole(AriaRole.LINK).first().click();
        officer.getByPlaceholder("复查情况").fill("复查：作弊装置已拆除");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("整改完成")).click();
        assertThat(officer.getByTestId("finding-status")).hasText("已整改");
        assertThat(officer.getByTestId("rectified-late")).containsText("逾期完成");
        Browser.screenshot(officer, "supervision-11-rectified-late");
        officer.context().close();
    }
}
