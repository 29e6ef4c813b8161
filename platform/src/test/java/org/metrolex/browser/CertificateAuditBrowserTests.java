package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A city officer runs a certificate audit as a person would: opens it from the menu, audits the certificates
 * issued in a county of the city over the demo history, reads the report by kind and institution, then
 * imports a CSV of external certificates and sees its report and the row it could not read; the enterprise
 * reads its overdue notice and marks it read. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true", "app.certificates.key-dir=target/test-keys"})
class CertificateAuditBrowserTests {

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

    private Page login(String user) {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        return page;
    }

    @Test
    void anOfficerAuditsTheIssuedCertificatesAndAnImportedFile() {
        Page page = login("admin");
        // the audit examines the whole demo history (~14,000 certificates): allow it time on a busy machine
        page.setDefaultTimeout(90_000);
        Browser.clickNav(page, "证书抽查");
        assertThat(page.getByTestId("audit-form")).isVisible();
        page.getByTestId("audit-run").click();
        // the whole demo province (history and seed year) is more than one audit examines: refused, saying how to narrow it
        assertThat(page.getByTestId("form-errors")).containsText("20000");
        // the verification history's institutes: the provincial institute and the city institutes
        page.getByTestId("audit-institutions").evaluate("s => { for (const o of s.options) "
                + "o.selected = o.text.endsWith('研究院（演示）') || o.text.endsWith('计量测试所（演示）'); }");
        page.getByTestId("audit-run").click();
        assertThat(page.getByTestId("audit-report")).isVisible();
        assertThat(page.locator("[data-testid=audit-by-kind] tr[data-code=STANDARD_CALIBRATION_OVERDUE] td").nth(1)).hasText("5");
        assertThat(page.locator("[data-testid=audit-by-kind] tr[data-code=AUTHORIZATION_MISSING] td").nth(1)).hasText("5");
        assertThat(page.getByTestId("audit-defective")).hasText("50");
        assertThat(page.getByTestId("audit-by-institution")).containsText("河北省计量监督检测研究院（演示）");
        assertThat(page.getByTestId("audit-defective-list")).containsText("冀检");
        Browser.screenshot(page, "certificate-audit-issued");

        String csv = "证书编号,机构统一社会信用代码,检定机构,器具名称,使用地行政区划代码,送检单位,出厂编号,检定员,检定员证号,检定员资格项目,资格有效期起,"
                + "资格有效期至,计量标准,标准考核证书号,考核证书有效期起,考核证书有效期至,标准溯源到期日,检定日期,检定结论,最大示值误差,最大允许误差\r\n"
                + "WB-2025-000001,91130100MA0EXTERN9,某外省计量公司,电子计价秤,130104,外部商户,EXT-1,张检,冀检X1,电子计价秤,2022-01-01,2027-12-31,"
                + "砝码,[2020]冀量标法证字第0001号,2020-01-01,2028-12-31,2026-01-01,2025-05-10,合格,0.025,0.010\r\n"
                + "WB-2025-000002,91130100MA0EXTERN9,某外省计量公司,电子计价秤,130104,外部商户,EXT-2,张检,冀检X1,电子计价秤,2022-01-01,2027-12-31,"
                + "砝码,[2020]冀量标法证字第0001号,2020-01-01,2028-12-31,2026-01-01,2025-02-30,合格,0.005,0.010\r\n";
        page.getByTestId("audit-file").setInputFiles(new FilePayload("spot-check.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("audit-import").click();
        assertThat(page.getByTestId("audit-examined")).hasText("1");
        assertThat(page.getByTestId("audit-defective")).hasText("1");
        assertThat(page.getByTestId("rejected-table")).containsText("2025-02-30");
        assertThat(page.locator("[data-testid=audit-by-kind] tr[data-code=CONCLUSION_NOT_SUPPORTED] td").nth(1)).hasText("1");
        assertThat(page.getByTestId("audit-by-institution")).containsText("某外省计量公司");
        Browser.screenshot(page, "certificate-audit-import");
        page.context().close();
    }

    @Test
    void theEnterpriseReadsItsOverdueNotice() {
        Page page = login("enterprise");
        // the notices are read on the overdue workbench (issue 13 item 6), where the owner marks them read
        Browser.clickNav(page, "超期未检");
        assertThat(page.getByTestId("overdue-table")).containsText("电子计价秤");
        int before = Integer.parseInt(page.getByTestId("unread-count").textContent().strip());
        Browser.screenshot(page, "enterprise-notices");
        page.getByTestId("mark-read").first().click();
        if (before > 1) {
            assertThat(page.getByTestId("unread-count")).hasText(String.valueOf(before - 1));
        } else {
            assertThat(page.getByTestId("unread-count")).hasCount(0);
        }
        page.context().close();
    }
}
