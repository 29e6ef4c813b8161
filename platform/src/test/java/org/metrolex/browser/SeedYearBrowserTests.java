package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's seed year of spot checks as an officer and the public meet it (issue 6, ADR 0017): the statistics
 * page opened from the menu shows the summary's figures per campaign; the eyeglass campaign's 3,027 tasks are
 * paged; its published results are on the public site. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true", "app.certificates.key-dir=target/test-keys"})
class SeedYearBrowserTests {

    private static Browser browser;

    @LocalServerPort int port;

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

    @Test
    void theStatisticsPageShowsTheSummarysFiguresAndTheCampaignsArePagedAndPublished() {
        Page page = browser.desktop();
        page.setDefaultTimeout(60_000);
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("admin");
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        Browser.clickNav(page, "抽查统计");
        Locator table = page.getByTestId("statistics-table");
        // columns: name, region, drawn, checked, instruments, findings, fraud, cases, rectified, pass rate
        row(table, "集贸市场数字指示秤计量专项随机抽查").containsText(new String[] {"286", "286", "7846", "34", "34", "34"});
        row(table, "眼镜制配场所计量专项抽查“回头看”").containsText(new String[] {"3027", "3027", "248"});
        row(table, "加油站强检计量器具专项随机监督抽查").containsText(new String[] {"1242", "1242", "3685", "6", "0", "6"});
        row(table, "报社和印刷单位法定计量单位使用情况专项监督抽查").containsText(new String[] {"28", "28", "100.0 %"});
        row(table, "法定计量检定机构监督检查").containsText(new String[] {"49", "49", "42"});
        row(table, "检定/校准证书质量抽查").containsText(new String[] {"672", "672", "617"});
        Browser.screenshot(page, "seed-year-statistics");

        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("眼镜制配场所计量专项抽查“回头看”（演示年度）")).click();
        assertThat(page.getByTestId("task-table").locator("tbody tr")).hasCount(100);
        assertThat(page.getByTestId("total")).containsText("3,027");
        page.getByTestId("next-page").click();
        assertThat(page.getByTestId("task-table").locator("tbody tr").first()).containsText("101");
        assertThat(page.getByTestId("finding-table")).containsText("超期未检");
        // the 248 findings page by page too (100 a page), keeping the page of tasks
        assertThat(page.getByTestId("finding-table").locator("tbody tr")).hasCount(100);
        assertThat(page.getByTestId("fpage-total")).containsText("248");
        page.getByTestId("fpage-next-page").click();
        assertThat(page.getByTestId("finding-table").locator("tbody tr")).hasCount(100);
        assertThat(page.getByTestId("task-table").locator("tbody tr").first()).containsText("101");
        page.getByTestId("fpage-next-page").click();
        assertThat(page.getByTestId("finding-table").locator("tbody tr")).hasCount(48);
        Browser.screenshot(page, "seed-year-eyeglass-campaign");

        page.navigate(url("/public/spot-checks"));
        assertThat(page.locator("body")).containsText("眼镜制配场所计量专项抽查");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("加油站强检计量器具专项随机监督抽查（演示年度）")).first().click();
        assertThat(page.getByTestId("public-tasks").locator("tbody tr")).hasCount(100);
        assertThat(page.locator("body")).containsText("示值误差超出最大允许误差");
        Browser.screenshot(page, "seed-year-public-gas");
        page.context().close();
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions row(Locator table, String campaign) {
        // the cells of the campaign's row: the expected texts must appear in these cells, in this order
        return assertThat(table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(campaign + "（演示年度）")).locator("td"));
    }
}
