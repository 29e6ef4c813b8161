package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.VerificationQueries;
import org.metrolex.verification.BookingVerification;
import org.metrolex.verification.AssigningInstitution;
import org.metrolex.verification.VerificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verification workflow as people do it, on the demo province: the owner enterprise books a verification
 * of one of its price-computing scales from the instrument page and assigns the Shijiazhuang institute (the
 * only institutions offered are those authorised for the type and region); the institute's staff records the
 * readings on the scale form, first with a typing mistake, previews the decision metrology-core computes,
 * saves, issues the certificate, downloads the PDF (page 1 rendered to PNG) and reads the QR code on it; the
 * public opens that address on a phone and sees the certificate valid; the county officer sees the owner's
 * other, overdue instrument. Screenshots of every form go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class VerificationBrowserTests {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired VerificationQueries queries;
    @Autowired BookingVerification booking;
    @Autowired AssigningInstitution assigning;
    @Autowired org.metrolex.instrument.InstrumentManagement instruments;
    @Autowired org.metrolex.party.PartyManagement parties;
    @Autowired org.metrolex.identity.IdentityManagement identity;
    @Autowired org.metrolex.region.RegionCatalogue regions;

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

    private Page login(Page page, String user) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
        return page;
    }

    @Test
    void aScaleIsBookedRecordedIssuedAndCheckedByQrAndTheOwnersOtherInstrumentIsOverdue() throws Exception {
        long enterprise = jdbc.queryForObject("select party_id from app_user where username = 'enterprise'", Long.class);
        long institution = jdbc.queryForObject("select party_id from app_user where username = 'institution'", Long.class);
        // a scale of the demo enterprise in 长安区 that is not overdue (the demo verified some 13 months ago: those are)
        long instrument = jdbc.queryForObject("select min(i.id) from instrument i where i.owner_enterprise_id = ? "
                + "and i.category_code = 'PRICE_COMPUTING_SCALE' and i.status = 'ACTIVE' and i.region_code = '130102' "
                + "and not exists (select 1 from verification v join certificate c on c.verification_id = v.id "
                + "where v.instrument_id = i.id and c.next_due <= ?)", Long.class, enterprise, LocalDate.now(clock));
        String serial = jdbc.queryForObject("select serial_number from instrument where id = ?", String.class, instrument);

        // --- the owner books from the instrument page and assigns an authorised institution
        Page owner = login(browser.desktop(), "enterprise");
        owner.navigate(url("/instruments/" + instrument));
        owner.getByTestId("book-verification").click();
        assertThat(owner.getByTestId("selected-instrument")).containsText(serial);
        Browser.screenshot(owner, "verification-book");
        owner.getByTestId("book-selected").click();
        assertThat(owner.getByTestId("flash")).containsText("已预约检定");
        assertThat(owner.getByTestId("verification-status")).hasText("已预约");
        List<String> offered = owner.locator("#institutionId option").allTextContents();
        assertThat(offered).isNotEmpty().anySatisfy(n -> assertThat(n).contains("石家庄"));
        Browser.screenshot(owner, "verification-assign");
        owner.locator("#institutionId").selectOption(String.valueOf(institution));
        owner.getByTestId("assign").click();
        assertThat(owner.getByTestId("flash")).containsText("已指派检定机构");
        assertThat(owner.getByTestId("verification-status")).hasText("已指派");
        String detailPath = URI.create(owner.url()).getPath();
        owner.context().close();

        // --- the institution records the readings: a typing mistake first, then the preview, then save
        long verifier = jdbc.queryForObject("select min(p.id) from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and q.scope like '%电子计价秤%' and q.valid_from <= ? "
                + "and q.valid_until > ?", Long.class, institution, LocalDate.now(clock), LocalDate.now(clock));
        long standard = jdbc.queryForObject("select min(id) from measurement_standard where institution_id = ? and name = ?",
                Long.class, institution, "电子秤检定用砝码（M1级）");
        Page staff = login(browser.desktop(), "institution");
        // the readings form's script is a file (docs/security.md, CSP without inline scripts): nothing may be refused
        java.util.List<String> refused = new java.util.ArrayList<>();
        staff.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });
        staff.navigate(url(detailPath));
        staff.getByTestId("record-readings").click();
        assertThat(staff.getByTestId("readings-form")).isVisible();
        staff.locator("#verifierId").selectOption(String.valueOf(verifier));
        staff.locator("#standard-" + standard).check();
        staff.getByTestId("r-class").selectOption("III");
        staff.getByTestId("r-e").fill("0.005");
        staff.getByTestId("r-max").fill("15");
        fillRow(staff, "zero", 0, "0", "0", "0.002");
        fillRow(staff, "loads", 0, "0.1", "0.1", "0.002");
        fillRow(staff, "loads", 1, "7.5", "7,505", "0.002");
        fillRow(staff, "loads", 2, "15", "15.005", "0.002");
        staff.getByTestId("add-loads").click();
        assertThat(staff.locator("#rows-loads tr")).hasCount(4);
        org.assertj.core.api.Assertions.assertThat(refused).isEmpty();
        staff.locator("#feeYuan").fill("20.00");
        Browser.screenshot(staff, "verification-readings-form");
        staff.getByTestId("preview-button").click();
        assertThat(staff.getByTestId("form-errors")).containsText("称量检定点 第 2 行「示值 I」：“7,505”不是数字");
        Browser.screenshot(staff, "verification-readings-error");

        fillRow(staff, "loads", 1, "7.5", "7.505", "0.002");
        staff.getByTestId("preview-button").click();
        assertThat(staff.getByTestId("preview-decision")).hasText("合格");
        assertThat(staff.getByTestId("preview").getByTestId("points")).containsText("±");
        Browser.screenshot(staff, "verification-readings-preview");
        staff.getByTestId("save-readings").click();

        assertThat(staff.getByTestId("flash")).containsText("原始记录已保存");
        assertThat(staff.getByTestId("decision")).hasText("合格");
        assertThat(staff.getByTestId("points").locator("tbody tr")).hasCount(3);
        // --- signed by a checker, then an approver (ADR 0020): issue is refused until both have signed
        assertThat(staff.getByTestId("issue-ready")).hasCount(0);
        assertThat(staff.getByTestId("defects")).containsText("尚未经核验员签署");
        List<Long> signers = jdbc.queryForList("select distinct p.id from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and q.scope like '%电子计价秤%' and q.valid_until > ? and p.id <> ? "
                + "order by p.id limit 2", Long.class, institution, LocalDate.now(clock), verifier);
        staff.getByTestId("signer").selectOption(String.valueOf(signers.get(0)));
        staff.getByTestId("check").click();
        assertThat(staff.getByTestId("verification-status")).hasText("已核验");
        assertThat(staff.getByTestId("checker")).isVisible();
        staff.getByTestId("signer").selectOption(String.valueOf(signers.get(1)));
        Browser.screenshot(staff, "verification-approve");
        staff.getByTestId("approve").click();
        assertThat(staff.getByTestId("verification-status")).hasText("已批准");
        assertThat(staff.getByTestId("approver")).isVisible();
        assertThat(staff.getByTestId("issue-ready")).isVisible();
        assertThat(staff.getByTestId("conclusion")).hasValue("CONFORMING");
        Browser.screenshot(staff, "verification-recorded");
        staff.getByTestId("issue").click();
        assertThat(staff.getByTestId("verification-status")).hasText("已发证");
        String number = staff.getByTestId("certificate-number").textContent().strip();
        assertThat(number).matches("I\\d{5}-\\d{4}-\\d+");
        Browser.screenshot(staff, "verification-issued");

        // --- the PDF as downloaded; page 1 as PNG (looked at), and the QR code on it read back
        // the first PDF of a fresh server loads the 10 MB CJK font: allow more than the default 15 s on a busy machine
        Download download = staff.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
                () -> staff.getByTestId("download-pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo(number + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        String checkUrl;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(number).contains("检定证书").contains(serial).contains("核验员", "批准人", "称量")
                    .doesNotContain("eccentricity");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            Path png = Browser.SCREENSHOTS.resolve("verification-certificate-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page1, "PNG", png.toFile());
            checkUrl = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page1))))
                    .getText();
        }
        assertThat(checkUrl).endsWith("/public/certificates/" + number);
        staff.context().close();

        // --- the public opens the QR address (on this server) on a phone: valid
        Page phone = browser.phone();
        phone.navigate(url(URI.create(checkUrl).getPath()));
        assertThat(phone.getByTestId("public-number")).hasText(number);
        assertThat(phone.getByTestId("public-status")).hasText("有效");
        Browser.screenshot(phone, "verification-public-check-phone");
        phone.context().close();

        // --- the county officer sees the owner's other instrument, verified 13 months ago, in the overdue list
        DataScope ownerScope = new DataScope(Role.ENTERPRISE_USER, "enterprise", java.util.Set.of(), enterprise);
        long other = queries.overdue(ownerScope, 1, 50).items().stream().map(OverdueInstrument::instrumentId)
                .filter(id -> id != instrument).findFirst().orElseThrow();
        Page officer = login(browser.desktop(), "county");
        Browser.clickNav(officer, "超期未检");
        // named, with a link to the instrument (not its id as text)
        assertThat(officer.getByTestId("overdue-table").locator("a[href='/instruments/" + other + "']")).isVisible();
        Browser.screenshot(officer, "verification-overdue-officer");
        officer.context().close();
    }

    /**
     * The readings forms of the other five families, in English: each booked and assigned through the API
     * (the institute given an authorisation that names the catalogue category), opened by the institute's
     * staff and looked at; a water meter and a sphygmomanometer are filled in and previewed.
     */
    @Test
    void theReadingsFormsOfTheOtherFamiliesInEnglish() {
        DataScope admin = org.metrolex.support.TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        long enterprise = jdbc.queryForObject("select party_id from app_user where username = 'enterprise'", Long.class);
        long institution = jdbc.queryForObject("select party_id from app_user where username = 'institution'", Long.class);
        Page staff = login(browser.desktop(), "institution");
        staff.navigate(url("/?lang=en"));
        for (String category : List.of("WATER_METER_DN25", "GAS_METER_HOUSEHOLD", "INFRARED_EAR_THERMOMETER", "SPHYGMOMANOMETER",
                "FUEL_DISPENSER")) {
            String nameZh = instruments.category(category).orElseThrow().nameZh();
            parties.addAuthorization(admin, institution, "(冀)法计(2026)B-" + category, nameZh, "130100",
                    LocalDate.now(clock).minusYears(1), LocalDate.now(clock).plusYears(2));
            long instrument = instruments.file(admin, new org.metrolex.instrument.domain.InstrumentDraft(category, "Browser test maker",
                    "BT-1", "BT-" + category, null, null, "—", enterprise, "130102", null,
                    category.startsWith("WATER") || category.startsWith("GAS") || category.startsWith("FUEL") ? "TRADE" : "HEALTH")).id();
            long id = booking.book(admin, instrument).id();
            assigning.assign(admin, id, institution);

            staff.navigate(url("/verifications/" + id + "/readings"));
            assertThat(staff.getByTestId("readings-form")).isVisible();
            switch (category) {
                case "WATER_METER_DN25" -> {
                    assertThat(staff.locator("h1")).containsText("Water meter");
                    staff.locator("#kind").selectOption("INITIAL");
                    staff.getByTestId("r-q1").fill("0.025");
                    staff.getByTestId("r-q4").fill("5");
                    fillRow(staff, "points", 0, "0.03", "50", "10.45", "10");
                    fillRow(staff, "points", 1, "2.5", "20", "102.5", "100");
                    staff.getByTestId("preview-button").click();
                    assertThat(staff.getByTestId("preview-decision")).hasText("Not conforming");
                    assertThat(staff.getByTestId("reasons")).containsText("exceeds the MPE");
                }
                case "SPHYGMOMANOMETER" -> {
                    staff.getByTestId("r-zeroIndicationKpa").fill("0.2");
                    fillRow(staff, "points", 0, "10.0", "10.2");
                    fillRow(staff, "points", 1, "20.0", "19.9");
                    staff.getByTestId("preview-button").click();
                    assertThat(staff.getByTestId("preview-decision")).hasText("Conforming");
                    assertThat(staff.getByTestId("points")).containsText("kPa");
                }
                default -> assertThat(staff.getByTestId("readings-form")).containsText(
                        category.equals("FUEL_DISPENSER") ? "Runs at flow points" : "Test points");
            }
            Browser.screenshot(staff, "verification-readings-" + category.toLowerCase() + "-en");
        }
        staff.context().close();
        // the demo institute holds no fuel-dispenser authorisation of its own (LicensingBrowserTests licenses it):
        // end the line added here so that premise holds whatever order the browser tests run in
        parties.withdrawAuthorization(admin, institution, "(冀)法计(2026)B-FUEL_DISPENSER", LocalDate.now(clock).minusDays(1));
    }

    /** Types the cells of one row of a readings group (load, indication, added weights for scales). */
    private static void fillRow(Page page, String group, int row, String... cells) {
        var inputs = page.locator("#rows-" + group + " tr").nth(row).locator("input");
        for (int i = 0; i < cells.length; i++) {
            inputs.nth(i).fill(cells[i]);
        }
    }
}
