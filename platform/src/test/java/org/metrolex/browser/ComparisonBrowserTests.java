package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inter-laboratory comparison round through its pages, as people use them: the province plans a round with two
 * points and the demo institution as pilot, enrols two more laboratories and starts the circulation; each laboratory
 * enters its results on its own page (one far off), blind to the others; once all are in the organiser closes,
 * evaluates (table and chart), publishes after the confirmation page, and the far-off laboratory sees its verdict.
 * Desktop 1280×900 and phone 390×844; screenshots in target/screenshots/comparison-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class ComparisonBrowserTests {

    private static final String PASSWORD = "Metrolex-2026";
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;

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

    private Page desktop() {
        return browser.sized(1280, 900);
    }

    private Page login(Page page, String user) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        return page;
    }

    /** Fills the results form: one row per point, value and expanded uncertainty (k stays 2). */
    private void submitResults(Page page, String... valueAndU) {
        Locator form = page.getByTestId("results-form");
        Locator values = form.locator("input[name$='.value']");
        Locator us = form.locator("input[name$='.u']");
        for (int i = 0; i < valueAndU.length / 2; i++) {
            values.nth(i).fill(valueAndU[2 * i]);
            us.nth(i).fill(valueAndU[2 * i + 1]);
        }
        page.getByTestId("submit-results").click();
        assertThat(page.getByTestId("flash")).isVisible();
    }

    private static void assertNoHorizontalOverflow(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        org.assertj.core.api.Assertions.assertThat(wide).as("page wider than the phone screen: " + page.url()).isEqualTo(false);
    }

    @Test
    void aRoundIsPlannedCirculatedSubmittedBlindEvaluatedAndPublished() {
        long pilotId = identity.principal("institution").orElseThrow().partyId();
        List<Institution> others = parties.institutionsInScope(DataScope.system("comparison-browser-test")).stream()
                .filter(i -> i.id() != pilotId).limit(2).toList();
        Institution pilot = parties.institutionsInScope(DataScope.system("comparison-browser-test")).stream()
                .filter(i -> i.id() == pilotId).findFirst().orElseThrow();
        Institution labB = others.get(0);
        Institution labC = others.get(1);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String userB = "cmp-b-" + suffix;
        String userC = "cmp-c-" + suffix;
        identity.createAccount(userB, "比对测试 乙", PASSWORD, Role.INSTITUTION_STAFF, null, labB.id());
        identity.createAccount(userC, "比对测试 丙", PASSWORD, Role.INSTITUTION_STAFF, null, labC.id());
        String title = "电子天平比对（浏览器测试 " + suffix + "）";

        // The province plans the round: two points, the demo institution as pilot, its value as the reference.
        Page admin = login(desktop(), "admin");
        Browser.clickNav(admin, "计量比对");
        admin.getByTestId("new-round").click();
        admin.locator("#title").fill(title);
        admin.locator("#quantity").fill("示值误差");
        admin.locator("#deviceType").fill("电子天平");
        admin.locator("#pilotInstitutionId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(pilot.name()));
        admin.locator("#referenceMethod").selectOption("PILOT_VALUE");
        admin.getByLabel("测量点名称 1").fill("100 g");
        admin.getByLabel("单位 1").fill("mg");
        admin.getByLabel("测量点名称 2").fill("200 g");
        admin.getByLabel("单位 2").fill("mg");
        Browser.screenshot(admin, "comparison-1-plan");
        admin.getByTestId("plan-submit").click();
        assertThat(admin.getByTestId("round-status")).hasText("计划中");
        String roundUrl = admin.url();

        for (Institution lab : List.of(labB, labC)) {
            admin.locator("#institutionId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(lab.name()));
            admin.getByTestId("enrol").click();
            assertThat(admin.getByTestId("participants")).containsText(lab.name());
        }
        Browser.screenshot(admin, "comparison-2-enrolled");
        admin.getByTestId("start").click();
        assertThat(admin.getByTestId("round-status")).hasText("传递中");
        Browser.screenshot(admin, "comparison-3-circulating");

        // Each laboratory enters its results on its own page; C is far off.
        Page pilotPhone = login(browser.phone(), "institution");
        pilotPhone.navigate(roundUrl);
        Browser.screenshot(pilotPhone, "comparison-4-pilot-form-phone");
        assertNoHorizontalOverflow(pilotPhone);
        submitResults(pilotPhone, "0.368", "0.004", "0.512", "0.004");

        Page b = login(desktop(), userB);
        b.navigate(roundUrl);
        submitResults(b, "0.369", "0.010", "0.515", "0.010");
        // the form shows what was entered, so a correction before the deadline starts from it
        assertThat(b.getByLabel("测得值").first()).hasValue("0.369");
        assertThat(b.getByTestId("blind-note")).isVisible();
        // blind: B sees its own results only, not the pilot's
        assertThat(b.getByTestId("results")).containsText(labB.name());
        assertThat(b.getByTestId("results")).not().containsText(pilot.name());
        assertThat(b.getByTestId("results")).not().containsText("0.368");
        Browser.screenshot(b, "comparison-5-blind-own-results");

        Page c = login(browser.phone(), userC);
        c.navigate(roundUrl);
        submitResults(c, "0.420", "0.010", "0.600", "0.010");
        assertThat(c.getByTestId("results")).not().containsText(labB.name());
        assertThat(c.getByTestId("results")).not().containsText("0.369");
        Browser.screenshot(c, "comparison-6-blind-phone");
        assertNoHorizontalOverflow(c);

        // The organiser sees nothing before the close; all are in, so it may close now, then evaluate.
        admin.navigate(roundUrl);
        assertThat(admin.getByTestId("results")).hasCount(0);
        admin.getByTestId("close").click();
        assertThat(admin.getByTestId("confirm-consequence")).containsText("不可撤回");
        admin.getByTestId("confirm").click();
        assertThat(admin.getByTestId("round-status")).hasText("结果已关闭");
        assertThat(admin.getByTestId("results")).containsText(labC.name());
        admin.getByTestId("evaluate").click();
        assertThat(admin.getByTestId("scores")).hasCount(2);
        Locator firstPoint = admin.getByTestId("scores").first().locator("tbody tr");
        assertThat(firstPoint.filter(new Locator.FilterOptions().setHasText(labC.name())).getByTestId("performance")).hasText("不满意");
        assertThat(firstPoint.filter(new Locator.FilterOptions().setHasText(labB.name())).getByTestId("performance")).hasText("满意");
        assertThat(admin.getByTestId("chart").first().locator("svg")).isVisible();
        assertThat(admin.getByTestId("reference-lab").first()).isVisible();
        Browser.screenshot(admin, "comparison-7-evaluated");

        // Publishing cannot be undone: the confirmation page says what follows.
        admin.getByTestId("publish").click();
        assertThat(admin.getByTestId("confirm-consequence")).containsText("整改");
        assertThat(admin.getByTestId("confirm-facts")).containsText(labC.name());
        assertThat(admin.getByTestId("confirm-facts")).not().containsText(labB.name());
        Browser.screenshot(admin, "comparison-8-confirm-publish");
        admin.getByTestId("confirm").click();
        assertThat(admin.getByTestId("round-status")).hasText("已发布");
        Browser.screenshot(admin, "comparison-9-published");

        // The far-off laboratory sees its verdict on its phone.
        c.navigate(roundUrl);
        assertThat(c.getByTestId("own-verdict")).containsText("不满意");
        assertThat(c.getByTestId("own-consequence")).isVisible();
        // published anonymously: the others appear by laboratory code only
        assertThat(c.getByTestId("scores").first()).not().containsText(labB.name());
        Browser.screenshot(c, "comparison-10-verdict-phone");
        assertNoHorizontalOverflow(c);

        for (Page p : List.of(admin, pilotPhone, b, c)) {
            p.context().close();
        }
    }
}
