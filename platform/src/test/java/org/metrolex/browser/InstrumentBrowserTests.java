package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An enterprise files an instrument as a person would: opens the registry from the menu, submits the
 * form with a mistake and reads the error, corrects it, sees the next due date and the QR address, and
 * a member of the public opens that address on a phone. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class InstrumentBrowserTests {

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
    void anEnterpriseFilesAScaleAndThePublicChecksItByQr() {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("enterprise");
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));

        Browser.clickNav(page, "计量器具");
        assertThat(page.getByTestId("instrument-table")).containsText("电子计价秤");
        Browser.screenshot(page, "enterprise-instruments");

        page.getByTestId("file-instrument").click();
        page.locator("#categoryCode").selectOption("PRICE_COMPUTING_SCALE");
        page.locator("#purpose").selectOption("TRADE");
        page.locator("#maker").fill("浏览器测试衡器厂");
        page.locator("#model").fill("BT-15");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("form-errors")).containsText("出厂编号必填");
        Browser.screenshot(page, "enterprise-instrument-form-error");

        page.locator("#serialNumber").fill("BROWSER-20261127");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("instrument-status")).hasText("在用");
        // just filed: no verification yet, and no date guessed from the filing day
        assertThat(page.getByTestId("standing-status")).hasText("尚无有效检定证书");
        assertThat(page.locator("body")).not().containsText("备案日期推算");
        Browser.screenshot(page, "enterprise-instrument-detail");
        String publicUrl = page.getByTestId("public-link").textContent().strip();
        page.context().close();

        Page phone = browser.phone();
        phone.navigate(url(publicUrl));
        assertThat(phone.getByTestId("public-instrument")).containsText("电子计价秤");
        assertThat(phone.getByTestId("public-serial")).hasText("************1127");
        assertThat(phone.locator("body")).not().containsText("BROWSER-20261127");
        assertThat(phone.getByTestId("public-standing-status")).hasText("尚无有效检定证书");
        Browser.screenshot(phone, "public-instrument-phone");
        phone.context().close();
    }
}
