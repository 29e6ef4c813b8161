package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.rules.RuleBooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province administrator opens the rule editions page from the menu, reads the editions in force with
 * their status (JJG 1204-2025 marked stand-in), uploads a file with mistakes and reads every problem by line,
 * then loads a correct file and sees it listed as version 1; the page is also looked at on a phone.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class RuleEditionsBrowserTests {

    private static final String REGULATION = "JJG 443-2057 (浏览器测试)";

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuleBooks books;
    @Autowired Clock clock;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void removeTestEdition() {
        jdbc.update("update rule_edition set superseded_by = null where regulation = ?", REGULATION);
        jdbc.update("delete from rule_edition where regulation = ?", REGULATION);
        books.refresh();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("admin");
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
    }

    private static FilePayload file(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theAdministratorReadsTheEditionsAndLoadsAFile() {
        Page page = browser.desktop();
        login(page);
        Browser.clickNav(page, "规则版本");
        assertThat(page.getByTestId("edition-table")).containsText("JJG 1204-2025");
        assertThat(page.getByTestId("edition-table")).containsText("代用");
        assertThat(page.getByTestId("edition-table")).containsText("今日有效");
        Browser.screenshot(page, "rule-editions");

        String bad = """
                # rule: mpe.fuel-dispenser
                # regulation: %s
                # effective-from: 2057-02-30
                # verified: yes
                quantity,mpe_pct,repeatability_pct,tag
                general,0.30,zero,S
                minimum-measured-quantity,0.50
                """.formatted(REGULATION);
        page.getByTestId("rule-file").setInputFiles(file("bad.csv", bad));
        page.getByTestId("rule-confirm").check();
        page.getByTestId("rule-submit").click();
        assertThat(page.getByTestId("row-errors")).containsText("effective-from");
        assertThat(page.getByTestId("row-errors")).containsText("verified");
        assertThat(page.getByTestId("row-errors")).containsText("repeatability_pct");
        assertThat(page.getByTestId("row-errors")).containsText("7");
        Browser.screenshot(page, "rule-editions-refused");

        LocalDate from = LocalDate.now(clock).plusYears(31);
        String good = """
                # rule: mpe.fuel-dispenser
                # regulation: %s
                # clause: 测试条款
                # effective-from: %s
                # verified: false
                # source: browser test
                # kinds: INITIAL SUBSEQUENT
                # point-error: MEAN
                # repeatability-method: RANGE_OVER_DN
                # dn.3: 1.69
                quantity,mpe_pct,repeatability_pct,tag
                general,0.30,0.10,S
                minimum-measured-quantity,0.50,0.20,S
                """.formatted(REGULATION, from);
        page.getByTestId("rule-file").setInputFiles(file("dispenser-2057.csv", good));
        page.getByTestId("rule-reason").fill("浏览器测试");
        page.getByTestId("rule-confirm").check();
        page.getByTestId("rule-submit").click();
        assertThat(page.getByTestId("flash")).containsText(REGULATION + " v1");
        assertThat(page.getByTestId("edition-mpe.fuel-dispenser-" + from)).containsText("尚未实施");
        assertThat(page.getByTestId("load-table")).containsText("浏览器测试");
        Browser.screenshot(page, "rule-editions-loaded");
        page.navigate(url("/admin/rule-editions?lang=en"));
        assertThat(page.getByTestId("edition-table")).containsText("stand-in");
        Browser.screenshot(page, "rule-editions-en");
        page.context().close();

        Page phone = browser.phone();
        login(phone);
        phone.navigate(url("/admin/rule-editions"));
        assertThat(phone.getByTestId("edition-table")).containsText("JJG 1204-2025");
        Browser.screenshot(phone, "rule-editions-phone");
        // what the phone shows at a time: the first cards of the table, each cell labelled
        phone.getByTestId("edition-table").scrollIntoViewIfNeeded();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("rule-editions-phone-table.png")));
        phone.context().close();
    }
}
