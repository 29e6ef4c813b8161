package org.metrolex.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.VerificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5's browser scenario: an institution applies for an authorisation for fuel dispensers, the city
 * bureau requests the missing documents at once (the clock stops), the institution uploads them and
 * answers (the clock resumes), the bureau grants and issues, and a fuel-dispenser verification that could
 * not be assigned to the institution before now can. Screenshots in target/screenshots/licensing-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class LicensingBrowserTests {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationManagement verifications;
    @Autowired RegionCatalogue regions;

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

    private DataScope scope(String user) {
        MetrolexPrincipal p = identity.principal(user).orElseThrow();
        return new DataScope(p.role(), p.username(), p.regionCode() == null ? Set.of() : regions.selfAndDescendants(p.regionCode()),
                p.partyId());
    }

    private void act(Page page, String kind, String items) {
        page.getByTestId("action-kind").selectOption(kind);
        if (items != null) {
            page.getByTestId("items").fill(items);
        }
        page.getByTestId("do-action").click();
    }

    @Test
    void anInstitutionIsAuthorisedAfterAOneTimeRequestForMissingDocuments() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("browser-test", null, List.of()));
        long institutionId = identity.principal("institution").orElseThrow().partyId();
        long enterpriseId = identity.principal("enterprise").orElseThrow().partyId();
        // A fuel dispenser of the demo enterprise in 长安区: the 石家庄 institute holds no authorisation for 燃油加油机.
        long dispenser = instruments.file(scope("admin"), new InstrumentDraft("FUEL_DISPENSER", "浏览器测试加油设备厂", "BT-JYJ",
                "BT-" + UUID.randomUUID().toString().substring(0, 10), null, null, null, enterpriseId, "130102", null, "TRADE")).id();
        long verification = verifications.book(scope("enterprise"), dispenser).id();
        assertThatThrownBy(() -> verifications.assign(scope("county"), verification, institutionId))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("authorisation");

        Path pdf = Files.createTempFile("licensing-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% Metrolex browser test\n".getBytes());

        // The institution applies.
        Page inst = login("institution");
        Browser.clickNav(inst, "许可申请");
        inst.getByTestId("apply").click();
        inst.locator("#procedureCode").selectOption("INSTITUTION_AUTHORIZATION");
        inst.locator("#instrumentType").fill("燃油加油机");
        inst.locator("#coveredRegionCode").selectOption("130100");
        Browser.screenshot(inst, "licensing-1-apply");
        inst.getByTestId("submit-application").click();
        assertThat(inst.getByTestId("application-status")).hasText("已提交，待受理");
        String applicationUrl = inst.url();
        inst.getByTestId("file").setInputFiles(pdf);
        inst.getByTestId("upload").click();
        assertThat(inst.getByTestId("documents")).containsText("application/pdf");

        // The city bureau accepts, then requests every missing item at once: the clock stops.
        Page city = login("city");
        city.navigate(applicationUrl);
        act(city, "ACCEPT", null);
        assertThat(city.getByTestId("application-status")).hasText("审查中");
        act(city, "REQUEST_DOCUMENTS", "质量管理手册\n检定人员资格证明");
        assertThat(city.getByTestId("application-status")).containsText("待补正");
        assertThat(city.getByTestId("clock-stopped")).isVisible();
        Browser.screenshot(city, "licensing-2-documents-requested");

        // The institution sees the list, uploads and answers: the clock resumes.
        inst.navigate(applicationUrl);
        assertThat(inst.getByTestId("requested-items")).containsText("质量管理手册");
        assertThat(inst.getByTestId("requested-items")).containsText("检定人员资格证明");
        inst.locator("select[name=requirement]").selectOption("quality-manual");
        inst.getByTestId("file").setInputFiles(pdf);
        inst.getByTestId("upload").click();
        // the upload goes with a progress bar; the page it leads to lists the document
        assertThat(inst.getByTestId("documents")).containsText("quality-manual");
        // One upload for two listed items: refused, naming the item still missing (行政许可法 第三十二条).
        inst.getByTestId("answer").click();
        assertThat(inst.getByTestId("form-errors")).containsText("检定人员资格证明");
        assertThat(inst.getByTestId("application-status")).containsText("待补正");
        Browser.screenshot(inst, "licensing-3a-answer-refused");
        inst.locator("select[name=requirement]").selectOption("staff-qualifications");
        inst.getByTestId("file").setInputFiles(pdf);
        inst.getByTestId("upload").click();
        assertThat(inst.getByTestId("documents")).containsText("staff-qualifications");
        inst.getByTestId("answer").click();
        assertThat(inst.getByTestId("application-status")).hasText("审查中");
        assertThat(inst.getByTestId("clock-stopped")).hasCount(0);
        Browser.screenshot(inst, "licensing-3-answered");

        // The bureau completes review and assessment, grants and issues.
        city.navigate(applicationUrl);
        act(city, "COMPLETE_REVIEW", null);
        act(city, "COMPLETE_ASSESSMENT", null);
        // Granting closes the application: a confirmation page says so, lists the required documents still
        // missing and asks for the reason to grant anyway (audited).
        act(city, "GRANT", null);
        assertThat(city.getByTestId("confirm-consequence")).containsText("审计");
        assertThat(city.getByTestId("confirm-facts")).containsText("申请授权项目表");
        Browser.screenshot(city, "licensing-3b-grant-confirmation");
        city.getByTestId("confirm-reason").fill("项目表和标准清单已在现场核查时当面核验");
        city.getByTestId("confirm").click();
        assertThat(city.getByTestId("licence-number")).containsText("(冀)法计(");
        act(city, "ISSUE", null);
        assertThat(city.getByTestId("application-status")).hasText("已发证");
        assertThat(city.getByTestId("licence-number")).containsText("(冀)法计(");
        String number = city.getByTestId("licence-number").textContent().strip();
        Browser.screenshot(city, "licensing-4-issued");
        inst.context().close();
        city.context().close();

        // The scope the verification assignment checks now covers fuel dispensers.
        org.assertj.core.api.Assertions.assertThat(verifications.assign(scope("county"), verification, institutionId).institutionId())
                .isEqualTo(institutionId);

        // Published for the public.
        Page pub = browser.desktop();
        pub.navigate(url("/public/licences?q=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(pub.getByTestId("public-licences")).containsText("石家庄市计量测试所");
        assertThat(pub.getByTestId("public-licences")).containsText(number);
        Browser.screenshot(pub, "licensing-5-public");
        pub.context().close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void supervisorsSeeTheOverdueListAndTheStatisticsOfTheDemoApplications() {
        Page admin = login("admin");
        admin.navigate(url("/licensing/overdue"));
        assertThat(admin.getByTestId("overdue-table").locator("tbody tr").first()).containsText("XK");
        Browser.screenshot(admin, "licensing-6-overdue");
        admin.navigate(url("/licensing/statistics"));
        assertThat(admin.getByTestId("stats-procedure")).containsText("计量器具型式批准");
        assertThat(admin.getByTestId("stats-region")).containsText("市");
        Browser.screenshot(admin, "licensing-7-statistics");
        admin.navigate(url("/licensing"));
        assertThat(admin.getByTestId("licence-applications").locator("tbody tr")).not().hasCount(0);
        Browser.screenshot(admin, "licensing-8-list");
        admin.context().close();
    }
}
