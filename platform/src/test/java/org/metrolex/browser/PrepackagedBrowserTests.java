package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A county officer inspects a lot of prepackaged goods as a person would: registers the lot, reads the
 * package numbers to take, enters the net contents (first with one missing, and reads the error), sees
 * the decision computed by the rules library, and downloads the PDF report, which is rendered to PNG.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class PrepackagedBrowserTests {

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
    void anOfficerInspectsALotAndDownloadsTheReport() throws Exception {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("county");
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));

        Browser.clickNav(page, "定量包装商品");
        assertThat(page.getByTestId("lot-table")).containsText("演示");
        Browser.screenshot(page, "prepackaged-lots");

        page.getByTestId("new-lot").click();
        page.locator("#producerId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#productName").fill("浏览器测试挂面");
        page.locator("#nominalValue").fill("500");
        page.locator("#nominalUnit").selectOption("g");
        page.locator("#lotSize").fill("30");
        page.getByTestId("save").click();

        // N 30: n 10 (JJF 1070-2005 5.4.3 / 2023 edition in force today, marked unverified), T 15 g
        assertThat(page.getByTestId("lot-status")).hasText("已抽样");
        assertThat(page.getByTestId("plan")).containsText("n = 10");
        assertThat(page.getByTestId("tolerable-shortfall")).hasText("15.0 g");
        assertThat(page.getByTestId("editions")).containsText("未核实");
        List<Integer> numbers = Arrays.stream(page.getByTestId("sample-numbers").textContent().split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        assertThat(numbers).hasSize(10);
        Browser.screenshot(page, "prepackaged-lot-sampled");

        for (int i = 0; i < numbers.size() - 1; i++) {
            page.getByTestId("net-" + numbers.get(i)).fill(i % 2 == 0 ? "501.2" : "499.6");
        }
        page.getByTestId("save-readings").click();
        assertThat(page.getByTestId("form-errors")).containsText(String.valueOf(numbers.get(9)));
        Browser.screenshot(page, "prepackaged-readings-missing");

        page.getByTestId("net-" + numbers.get(9)).fill("500.4");
        page.getByTestId("save-readings").click();
        assertThat(page.getByTestId("decision")).hasText("合格");
        assertThat(page.getByTestId("reasons")).containsText("平均实际含量");
        assertThat(page.getByTestId("lot-status")).hasText("已判定");
        Browser.screenshot(page, "prepackaged-lot-decided");

        Download download = page.waitForDownload(() -> page.getByTestId("download-report").click());
        Path pdf = Browser.SCREENSHOTS.resolve("prepackaged-browser-report.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("浏览器测试挂面", "该检验批合格", "赵静", "JJF 1070-2023", "501.2");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB);
            ImageIO.write(image, "PNG", Browser.SCREENSHOTS.resolve("prepackaged-browser-report-page1.png").toFile());
        }
        page.context().close();

        Page phone = browser.phone();
        phone.navigate(url("/public/cmarks"));
        assertThat(phone.getByTestId("public-cmark-table")).containsText("检验");
        Browser.screenshot(phone, "prepackaged-public-cmarks-phone");
        phone.context().close();
    }
}
