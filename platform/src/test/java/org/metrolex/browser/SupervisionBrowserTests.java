package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.Role;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.supervision.SupervisionManagement;
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
    @Autowired PartyManagement parties;
    @Autowired SupervisionManagement supervision;
    @Autowired CurrentUser currentUser;

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

        officer.getByTestId("commit").click();
        assertThat(officer.getByTestId("campaign-status")).hasText("已公布名单和承诺");
        assertThat(officer.getByTestId("commitment")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        assertThat(officer.getByTestId("seed")).hasText("抽取后公布");
        Browser.screenshot(officer, "supervision-2-committed");

        officer.getByTestId("draw").click();
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
        inspector.locator("#inspectedOn").fill(LocalDate.now().toString());
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
        assertThat(officer.getByTestId("finding-status")).hasText("已立案");
        assertThat(officer.getByTestId("case-number")).containsText("JL-130102-");
        String caseNumber = officer.getByTestId("case-number").textContent().replaceAll(".*(JL-\\S+).*", "$1").strip();
        officer.getByTestId("decision-text").fill("没收作弊装置，罚款人民币五千元");
        officer.getByTestId("decide").click();
        assertThat(officer.getByTestId("finding-status")).hasText("已作出处罚决定");
        officer.getByTestId("publish").click();
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
}
