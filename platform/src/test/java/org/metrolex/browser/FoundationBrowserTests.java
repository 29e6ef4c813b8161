package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.identifier.CreditCode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation used as a person would: log in as two roles, search enterprises, edit one with a
 * mistake and correct it, import an Excel file with bad rows and read the report, and look up the
 * public registry on a phone. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class FoundationBrowserTests {

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

    private Page logIn(String username) {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        return page;
    }

    @Test
    void aCountyOfficerSearchesTheEnterprisesOfItsCounty() {
        Page page = logIn("county");
        assertThat(page.getByTestId("current-region")).hasText("河北省 / 石家庄市 / 长安区");
        assertThat(page.getByTestId("count-enterprises")).not().hasText("0");

        Browser.clickNav(page, "企业");
        Locator rows = page.getByTestId("enterprise-table").locator("tbody tr");
        assertThat(rows.first()).containsText("长安区");
        assertThat(page.getByTestId("enterprise-table")).not().containsText("桥西区");

        page.getByTestId("search-q").fill("加油站");
        page.getByTestId("search-submit").click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("加油站");
        Browser.screenshot(page, "county-enterprise-search");
        page.context().close();
    }

    @Test
    void aCityOfficerInEnglishEditsAnEnterpriseAndIsToldWhatIsWrong() {
        Page page = logIn("city");
        page.getByTestId("lang-switch").click();
        assertThat(page.getByTestId("current-user")).containsText("City officer");

        page.navigate(url("/enterprises?category=EYEGLASS_SHOP"));
        Locator rows = page.getByTestId("enterprise-table").locator("tbody tr");
        assertThat(rows.first()).containsText("Eyeglass fitting shop");
        rows.first().locator("a").click();
        String name = page.getByTestId("enterprise-name").innerText().strip();

        page.getByTestId("edit").click();
        Locator code = page.getByLabel("Unified social credit code *");
        String good = code.inputValue();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        code.fill(good.substring(0, 17) + wrong);
        page.getByTestId("save").click();
        assertThat(page.getByTestId("form-errors")).containsText("check character does not match (GB 32100-2015 Annex B)");
        Browser.screenshot(page, "city-edit-error-en");

        page.getByLabel("Unified social credit code *").fill(good);
        page.getByLabel("Name *").fill(name + " (renamed)");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("enterprise-name")).containsText("(renamed)");
        page.context().close();
    }

    @Test
    void anOfficerImportsAnExcelFileWithBadRowsAndReadsTheReport() throws Exception {
        Path file = Files.createTempFile("enterprises", ".xlsx");
        Files.write(file, workbook());
        Page page = logIn("admin");
        page.navigate(url("/enterprises"));
        page.getByTestId("import-link").click();
        page.getByTestId("import-file").setInputFiles(file);
        page.getByTestId("import-submit").click();

        assertThat(page.getByTestId("import-summary")).containsText("新增 2");
        assertThat(page.getByTestId("import-summary")).containsText("拒绝");
        Locator rejected = page.getByTestId("rejected-table");
        assertThat(rejected).containsText("统一社会信用代码");
        assertThat(rejected).containsText("区划代码");
        assertThat(rejected).containsText("校验码");
        Browser.screenshot(page, "admin-import-report");

        // The same file again creates nothing and reports the same bad rows.
        page.getByTestId("import-file").setInputFiles(file);
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("import-summary")).containsText("新增 0");
        page.context().close();
    }

    @Test
    void thePublicLooksUpVerificationInstitutionsOnAPhone() {
        Page page = browser.phone();
        page.navigate(url("/public/institutions"));
        assertThat(page.getByTestId("public-institution").first()).isVisible();
        assertThat(page.locator("body")).not().containsText("0311-");  // contact phones are not public
        // Nothing scrolls sideways on a phone.
        Browser.screenshot(page, "public-institutions-phone");
        Object overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        Object widest = page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').trim().slice(0, 40)).slice(0, 5).join(' | ')");
        assertThat(overflow).as("elements wider than the phone: %s", widest).isEqualTo(true);
        page.navigate(url("/enterprises"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.context().close();
    }

    @Test
    void theProvinceAdministratorVerifiesTheAuditChainAndVisitsEveryRegistryPage() {
        Page page = logIn("admin");
        page.navigate(url("/institutions"));
        page.getByText("唐山市计量测试所（演示）").click();
        assertThat(page.getByTestId("authorization-expired")).hasCount(1);
        Browser.screenshot(page, "admin-institution-detail");

        page.navigate(url("/people?role=VERIFIER"));
        page.locator("table tbody tr a").first().click();
        assertThat(page.locator("main")).containsText("冀检");
        Browser.screenshot(page, "admin-person-detail");

        page.navigate(url("/regions"));
        assertThat(page.locator("main")).containsText("辛集市");
        page.navigate(url("/calendar"));
        assertThat(page.locator("main")).isVisible();
        Browser.screenshot(page, "admin-calendar");

        page.navigate(url("/admin/audit"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("校验哈希链"))).click();
        assertThat(page.getByTestId("audit-verify-result")).containsText("哈希链完整");
        Browser.screenshot(page, "admin-audit-verified");

        page.navigate(url("/admin/accounts"));
        assertThat(page.locator("main")).containsText("county");
        // names, not ids: the demo institution's account links to its institution by name
        assertThat(page.getByTestId("account-party-institution")).hasAttribute("href", Pattern.compile("^/institutions/\\d+$"));
        assertThat(page.getByTestId("account-party-institution")).containsText("计量");
        // issue a token (no expiry asked: the longest lifetime), then revoke it through the confirmation page
        String county = page.locator("#accountId option").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("^county · "))).first().getAttribute("value");
        page.locator("#accountId").selectOption(county);
        page.locator("#tokenName").fill("浏览器测试令牌");
        page.getByTestId("issue-token").click();
        assertThat(page.getByTestId("issued-token")).containsText("mlx_");
        var row = page.getByTestId("token-table").locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("浏览器测试令牌")).first();
        assertThat(row).containsText("有效");
        Browser.screenshot(page, "admin-accounts");
        row.locator("[data-testid^=revoke-token-]").click();
        assertThat(page.getByTestId("confirm-consequence")).containsText("浏览器测试令牌");
        Browser.screenshot(page, "admin-token-revoke-confirm");
        page.getByTestId("confirm").click();
        assertThat(page.getByTestId("flash")).containsText("令牌已撤销");
        assertThat(page.getByTestId("token-table").locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("浏览器测试令牌")).first()).containsText("已撤销");
        page.context().close();
    }

    /** Two good rows, one with a wrong check character and one with an unknown region code. */
    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("企业");
            String[][] rows = {
                    {"统一社会信用代码", "名称", "地址", "区划代码", "类别", "法定代表人", "联系电话"},
                    {code("BRW0001"), "浏览器导入测试农贸市场", "长安区示例路1号", "130102", "集贸市场", "张三", "0311-1234567"},
                    {code("BRW0002"), "浏览器导入测试眼镜店", "长安区示例路2号", "130102", "EYEGLASS_SHOP", "李四", ""},
                    {wrongCheckCharacter(code("BRW0003")), "校验码错误的企业", "", "130102", "MARKET", "", ""},
                    {code("BRW0004"), "区划错误的企业", "", "139999", "MARKET", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String wrongCheckCharacter(String code) {
        return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    }

    private static String code(String serial) {
        String first17 = "91130102MA" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }
}
