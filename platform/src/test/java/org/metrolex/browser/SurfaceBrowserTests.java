package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people in each role see first (issue 13, items 1, 3, 5, 6, 11), at a laptop's 1366×768 and a phone's
 * 390×844: the public checks a certificate by its number and an instrument by its QR page; a county officer works
 * the overdue workbench down to an instrument whose page says the same; an enterprise reads its instrument's
 * verification status; the institution's verification list names instruments, owners and itself; the province
 * reads the seed's prepackaged figures; the institution and the enterprise find their work on their home. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class SurfaceBrowserTests {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

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

    private Page logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        return page;
    }

    @Test
    void thePublicChecksACertificateByItsNumberAndAnInstrumentByItsQrPage() {
        String number = jdbc.queryForObject("select c.number from certificate c join instrument_due d on d.certificate_id = c.id "
                + "where c.kind = 'CERTIFICATE' and d.next_due > ?::date + 60 order by c.id limit 1", String.class, LocalDate.now(clock));
        for (Page page : new Page[] {browser.laptop(), browser.phone()}) {
            String size = page.viewportSize().width < 500 ? "phone" : "desktop";
            page.navigate(url("/"));
            assertThat(page.getByTestId("certificate-lookup")).isVisible();
            assertThat(page.locator("body")).not().containsText("后续将开放");
            Browser.screenshot(page, "public-home-" + size);
            page.getByTestId("certificate-number").fill(number.toLowerCase());
            page.getByTestId("certificate-check").click();
            page.waitForURL(url("/public/certificates/" + number));
            assertThat(page.getByTestId("public-number")).hasText(number);
            assertThat(page.getByTestId("public-status")).hasText("有效");
            Browser.screenshot(page, "public-certificate-" + size);

            page.navigate(url("/public/certificates"));
            page.getByTestId("certificate-number").fill("I99999-2026-000001");
            page.getByTestId("certificate-check").click();
            assertThat(page.getByTestId("certificate-not-found")).containsText("未找到该证书");
            Browser.screenshot(page, "public-certificate-not-found-" + size);
            page.context().close();
        }
        // an overdue instrument's QR page says so, with its certificate and no private fields
        var overdue = jdbc.queryForMap("select i.qr_token, d.next_due, d.number from instrument_due d join instrument i on i.id = d.instrument_id "
                + "where d.kind = 'CERTIFICATE' and d.next_due < ? order by d.instrument_id limit 1", LocalDate.now(clock));
        Page phone = browser.phone();
        phone.navigate(url("/public/instruments/" + overdue.get("qr_token")));
        assertThat(phone.getByTestId("public-standing-status")).hasText("超期未检");
        assertThat(phone.getByTestId("public-standing-number")).hasText((String) overdue.get("number"));
        assertThat(phone.locator("body")).not().containsText("/verifications/");
        Browser.screenshot(phone, "public-instrument-overdue-phone");
        phone.context().close();

        Page laptop = browser.laptop();
        laptop.navigate(url("/public/spot-checks"));
        assertThat(laptop.getByTestId("public-campaigns")).containsText("河北省");
        Browser.screenshot(laptop, "public-spot-checks-region-names");
        laptop.context().close();
    }

    @Test
    void aCountyOfficerWorksTheOverdueWorkbenchDownToTheInstrument() {
        Page page = logIn(browser.laptop(), "county");
        Browser.clickNav(page, "超期未检");
        page.waitForURL(url("/overdue"));
        assertThat(page.getByTestId("overdue-row").first()).isVisible();
        assertThat(page.getByTestId("overdue-table")).containsText("长安区");
        // the region by name, its code only as secondary text under it
        assertThat(page.getByTestId("overdue-row").first().locator("td").nth(2)).containsText("石家庄市 长安区");
        assertThat(page.getByTestId("overdue-xlsx")).isVisible();
        Browser.screenshot(page, "overdue-workbench-county");

        page.locator("#show").selectOption("ALL");
        page.locator("#category").selectOption("PRICE_COMPUTING_SCALE");
        page.getByTestId("overdue-filter").click();
        assertThat(page.getByTestId("overdue-table")).containsText("电子计价秤");
        Browser.screenshot(page, "overdue-workbench-county-filtered");

        page.locator("#show").selectOption("OPEN");
        page.getByTestId("overdue-filter").click();
        var row = page.getByTestId("overdue-row").first();
        String due = row.locator("td").nth(3).textContent().strip();
        row.getByTestId("overdue-instrument").click();
        assertThat(page.getByTestId("standing-status")).hasText("超期未检");
        assertThat(page.getByTestId("next-due")).containsText(due);
        assertThat(page.locator("body")).not().containsText("备案日期推算");
        Browser.screenshot(page, "instrument-overdue-county");
        page.context().close();

        Page phone = logIn(browser.phone(), "county");
        phone.navigate(url("/overdue"));
        assertThat(phone.getByTestId("overdue-row").first()).isVisible();
        Browser.screenshot(phone, "overdue-workbench-county-phone");
        phone.context().close();
    }

    @Test
    void anEnterpriseReadsItsInstrumentsVerificationStatus() {
        long instrument = jdbc.queryForObject("select d.instrument_id from instrument_due d join app_user u on u.party_id = d.owner_enterprise_id "
                + "where u.username = 'enterprise' and d.kind = 'CERTIFICATE' and d.next_due > ? order by d.instrument_id limit 1",
                Long.class, LocalDate.now(clock));
        var c = jdbc.queryForMap("select c.number, c.next_due, c.valid_until from instrument_due d join certificate c on c.id = d.certificate_id "
                + "where d.instrument_id = ?", instrument);
        for (Page page : new Page[] {browser.laptop(), browser.phone()}) {
            String size = page.viewportSize().width < 500 ? "phone" : "desktop";
            logIn(page, "enterprise");
            page.navigate(url("/instruments/" + instrument));
            assertThat(page.getByTestId("standing-number")).hasText((String) c.get("number"));
            assertThat(page.getByTestId("next-due")).containsText(c.get("next_due").toString());
            assertThat(page.getByTestId("standing-valid-until")).hasText(c.get("valid_until").toString());
            assertThat(page.locator("body")).not().containsText("备案日期推算");
            Browser.screenshot(page, "enterprise-instrument-standing-" + size);
            page.navigate(url("/overdue"));
            assertThat(page.getByTestId("overdue-filters")).isVisible();
            Browser.screenshot(page, "enterprise-overdue-" + size);
            page.context().close();
        }
    }

    /**
     * Issue 13, item 12: the institution's home shows its queue and its latest certificates; the enterprise's home its
     * instruments by next due date and its unread due reminders, whose link leads to the instrument page showing the
     * same due date.
     */
    @Test
    void theInstitutionAndTheEnterpriseFindTheirWorkOnTheirHome() {
        for (Page page : new Page[] {browser.laptop(), browser.phone()}) {
            String size = page.viewportSize().width < 500 ? "phone" : "desktop";
            logIn(page, "institution");
            assertThat(page.getByTestId("panel-queue")).isVisible();
            // the demo's three scales assigned to the institute today (and any other tests assigned), waiting for readings
            assertThat(page.getByTestId("count-queue")).hasText(java.util.regex.Pattern.compile("^[1-9]\\d*$"));
            assertThat(page.getByTestId("queue-item").first().locator("a").first()).hasAttribute("href",
                    java.util.regex.Pattern.compile("/verifications/\\d+"));
            assertThat(page.getByTestId("certificate-item").first()).isVisible();
            assertThat(page.getByTestId("certificate-item").first().locator("a")).hasAttribute("href",
                    java.util.regex.Pattern.compile("/verifications/\\d+"));
            Browser.screenshot(page, "home-institution-" + size);
            page.context().close();
        }
        for (Page page : new Page[] {browser.laptop(), browser.phone()}) {
            String size = page.viewportSize().width < 500 ? "phone" : "desktop";
            logIn(page, "enterprise");
            assertThat(page.getByTestId("due-item").first()).isVisible();
            // soonest first: the first listed is overdue in the demo (its scales verified 13 months ago)
            assertThat(page.getByTestId("due-item").first()).hasAttribute("data-status", "OVERDUE");
            assertThat(page.getByTestId("due-item").first()).hasClass(java.util.regex.Pattern.compile("list-group-item-danger"));
            assertThat(page.getByTestId("count-reminders")).not().hasText("0");
            Browser.screenshot(page, "home-enterprise-" + size);
            var reminder = page.getByTestId("home-reminder").first();
            String due = reminder.getAttribute("data-due");
            reminder.getByTestId("home-reminder-instrument").click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/instruments/\\d+$"));
            assertThat(page.getByTestId("next-due")).containsText(due);
            assertThat(page.getByTestId("standing-status")).hasAttribute("data-status", "DUE_SOON");
            Browser.screenshot(page, "home-enterprise-reminder-instrument-" + size);
            page.navigate(url("/reminders"));
            assertThat(page.getByTestId("reminder-row").first()).isVisible();
            Browser.screenshot(page, "reminders-enterprise-" + size);
            page.context().close();
        }
    }

    @Test
    void theInstitutionsVerificationListNamesInstrumentsOwnersAndItself() {
        String institution = jdbc.queryForObject("select i.name from institution i join app_user u on u.party_id = i.id "
                + "where u.username = 'institution'", String.class);
        Page page = logIn(browser.laptop(), "institution");
        page.navigate(url("/verifications"));
        assertThat(page.getByTestId("verification-table")).containsText(institution);
        assertThat(page.getByTestId("verification-table")).containsText("电子计价秤");
        Browser.screenshot(page, "verifications-institution");
        page.context().close();
    }

    @Test
    void theProvinceReadsTheSeedsPrepackagedFigures() {
        LocalDate last = LocalDate.now(clock).minusDays(1);
        Page page = logIn(browser.laptop(), "admin");
        page.navigate(url("/prepackaged/statistics?from=" + last.withDayOfYear(1) + "&to=" + last));
        assertThat(page.getByTestId("stats-total")).containsText("248");
        assertThat(page.getByTestId("stats-total")).containsText("409");
        assertThat(page.getByTestId("stats-total")).containsText("96.3");
        Browser.screenshot(page, "prepackaged-statistics-seed");
        page.context().close();
        assertThat(last).isBefore(LocalDate.now(clock));
    }
}
