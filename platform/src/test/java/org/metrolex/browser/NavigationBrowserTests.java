package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grouped top navigation on a 1366×768 laptop and on a phone, for an admin, a county officer,
 * an enterprise and a public visitor: it fits on one line, groups open by mouse and keyboard, the
 * page's group is highlighted, and on a phone the collapsed menu opens with the toggler.
 * Screenshots go to target/screenshots/nav-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class NavigationBrowserTests {

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

    private void logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
    }

    /** The navbar is one line high at 1366 px: brand, menu and user box side by side. */
    private static void fitsOnOneLine(Page page) {
        Object height = page.evaluate("document.querySelector('.mlx-navbar').offsetHeight");
        assertThat(((Number) height).intValue()).as("navbar height").isLessThan(70);
    }

    private static Locator group(Page page, String name) {
        return page.getByTestId("main-nav").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdminOpensGroupsByMouseAndKeyboard() {
        Page page = browser.laptop();
        logIn(page, "admin");
        fitsOnOneLine(page);
        Browser.clickNav(page, "许可统计");
        page.waitForURL(url("/licensing/statistics"));
        assertThat(group(page, "许可")).hasClass(java.util.regex.Pattern.compile("active"));

        // Keyboard: focus the System group, open it with Enter, arrow down into its links.
        group(page, "系统").focus();
        page.keyboard().press("Enter");
        Locator first = page.getByTestId("main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("行政区划"));
        assertThat(first).isVisible();
        page.keyboard().press("ArrowDown");
        assertThat(first).isFocused();
        Browser.screenshot(page, "nav-admin-laptop");
        page.keyboard().press("Escape");
        assertThat(first).not().isVisible();

        page.context().close();
        Page phone = browser.phone();
        logIn(phone, "admin");
        Browser.clickNav(phone, "账号");
        phone.waitForURL(url("/admin/accounts"));
        phone.locator(".navbar-toggler").click();
        group(phone, "系统").click();
        Browser.screenshot(phone, "nav-admin-phone");
        phone.context().close();
    }

    @Test
    void aCountyOfficerFindsTheSupervisionPages() {
        Page page = browser.laptop();
        logIn(page, "county");
        fitsOnOneLine(page);
        group(page, "监管").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("抽查统计"))).isVisible();
        Browser.screenshot(page, "nav-county-laptop");
        Browser.clickNav(page, "抽查统计");
        page.waitForURL(url("/supervision/statistics"));
        assertThat(group(page, "监管")).hasClass(java.util.regex.Pattern.compile("active"));
        page.context().close();

        Page phone = browser.phone();
        logIn(phone, "county");
        phone.locator(".navbar-toggler").click();
        group(phone, "检定业务").click();
        Browser.screenshot(phone, "nav-county-phone");
        Browser.clickNav(phone, "超期未检");
        phone.waitForURL(url("/overdue"));
        phone.context().close();
    }

    @Test
    void anEnterpriseSeesItsOwnGroupsOnly() {
        Page page = browser.laptop();
        logIn(page, "enterprise");
        fitsOnOneLine(page);
        assertThat(group(page, "系统")).hasCount(0);  // calendar only: a plain link
        assertThat(page.getByTestId("main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("工作日"))).isVisible();
        group(page, "检定业务").click();
        Browser.screenshot(page, "nav-enterprise-laptop");
        Browser.clickNav(page, "C标志");
        page.waitForURL(url("/prepackaged/cmarks"));
        page.context().close();

        Page phone = browser.phone();
        logIn(phone, "enterprise");
        phone.locator(".navbar-toggler").click();
        group(phone, "监管").click();
        Browser.screenshot(phone, "nav-enterprise-phone");
        phone.context().close();
    }

    @Test
    void thePublicHasASimpleMenu() {
        Page page = browser.laptop();
        page.navigate(url("/public/institutions"));
        fitsOnOneLine(page);
        assertThat(page.getByTestId("main-nav").locator("[data-bs-toggle=dropdown]")).hasCount(0);
        assertThat(page.getByTestId("main-nav").getByRole(AriaRole.LINK)).hasCount(6);
        Browser.screenshot(page, "nav-public-laptop");
        Browser.clickNav(page, "证书查询");
        page.waitForURL(url("/public/certificates"));
        page.context().close();

        Page phone = browser.phone();
        phone.navigate(url("/public/spot-checks"));
        assertThat(phone.getByTestId("main-nav")).not().isVisible();
        phone.locator(".navbar-toggler").click();
        assertThat(phone.getByTestId("main-nav")).isVisible();
        Browser.screenshot(phone, "nav-public-phone");
        Browser.clickNav(phone, "C标志企业名录");
        phone.waitForURL(url("/public/cmarks"));
        phone.context().close();
    }
}
