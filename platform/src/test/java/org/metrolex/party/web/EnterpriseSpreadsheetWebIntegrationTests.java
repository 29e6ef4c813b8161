package org.metrolex.party.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.metrolex.party.EnterpriseWorkbooks.CHINESE_HEADER;
import static org.metrolex.party.EnterpriseWorkbooks.creditCode;
import static org.metrolex.party.EnterpriseWorkbooks.sheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.FormPosts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import and export endpoints and pages, through the security filter chain. */
@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class EnterpriseSpreadsheetWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    private final String tag = "网页导入" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theApiImportsAFileAndAnswersWithTheReport() throws Exception {
        byte[] file = sheet(CHINESE_HEADER)
                .row(creditCode("130102"), tag + "甲", "", "130102", "MARKET", "", "")
                .row(creditCode("130102"), tag + "乙", "", "139999", "MARKET", "", "")
                .bytes();

        mvc.perform(multipart("/api/enterprises/import").file(xlsx(file)).with(as(Role.PROVINCE_ADMIN, "130000")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected[0].rowNumber").value(3))
                .andExpect(jsonPath("$.rejected[0].field").value("regionCode"))
                .andExpect(jsonPath("$.rejected[0].rule").value("gbt2260"));
    }

    @Test
    void theApiRefusesWhatIsNotAWorkbookWithABilingualProblem() throws Exception {
        var text = new MockMultipartFile("file", "list.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/enterprises/import").file(text).with(as(Role.CITY_OFFICER, "130100")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("xlsx"))
                .andExpect(jsonPath("$.errors[0].messageZh").value(containsString(".xlsx")));
    }

    @Test
    void anEnterpriseUserMayExportButNotImport() throws Exception {
        byte[] file = sheet(CHINESE_HEADER).bytes();
        mvc.perform(multipart("/api/enterprises/import").file(xlsx(file)).with(as(Role.ENTERPRISE_USER, null)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/export").with(as(Role.ENTERPRISE_USER, null)))
                .andExpect(status().isOk());
    }

    @Test
    void theApiExportsAnAttachmentThatIsAWorkbookWithTheChineseHeader() throws Exception {
        byte[] body = mvc.perform(get("/api/enterprises/export").param("region", "130102").param("category", "MARKET")
                        .with(as(Role.PROVINCE_ADMIN, "130000")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"enterprises.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getLastRowNum()).isPositive();
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("130102");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("集贸市场");
        }
    }

    @Test
    void theImportPageShowsTheFormAndIsNotTakenForAnEnterpriseId() throws Exception {
        mvc.perform(get("/enterprises/import").with(as(Role.COUNTY_OFFICER, "130102")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"import-file\"")))
                .andExpect(content().string(containsString("data-testid=\"import-submit\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("区划代码 (regionCode)")))
                .andExpect(content().string(not(containsString("data-testid=\"import-summary\""))));
    }

    @Test
    void theImportPageShowsTheSummaryAndTheRejectedRowsInThePagesLanguage() throws Exception {
        byte[] file = sheet(CHINESE_HEADER)
                .row(creditCode("130102"), tag + "甲", "", "130102", "MARKET", "", "")
                .row(creditCode("130102"), tag + "乙", "", "130102", "面包店", "", "")
                .bytes();

        // post, then redirect (issue 13 item 8): the report is shown on the page the import redirects to
        var admin = as(Role.PROVINCE_ADMIN, "130000");
        assertThat(FormPosts.submit(mvc, multipart("/enterprises/import").file(xlsx(file)).with(admin).with(csrf()), admin))
                .contains("data-testid=\"import-summary\"", "共 2 行，新增 1，更新 0，未变化 0，拒绝 1", "data-testid=\"rejected-table\"",
                        "类别不在允许的取值内：面包店");
        assertThat(FormPosts.submit(mvc, multipart("/enterprises/import").file(xlsx(file)).param("lang", "en").with(admin).with(csrf()), admin))
                .contains("2 rows, 0 created, 0 updated, 1 unchanged, 1 rejected", "category is not one of the allowed values: 面包店");
    }

    @Test
    void theImportPageShowsARefusedFileAsAnError() throws Exception {
        var admin = as(Role.PROVINCE_ADMIN, "130000");
        assertThat(FormPosts.submit(mvc, multipart("/enterprises/import").file(xlsx(sheet(new Object[] {"名称"}).bytes()))
                        .with(admin).with(csrf()), admin))
                .contains("data-testid=\"form-errors\"", "表头缺少“统一社会信用代码”列");
    }

    @Test
    void theExportPageStreamsTheWorkbook() throws Exception {
        mvc.perform(get("/enterprises/export").param("q", "").param("region", "130102").param("category", "")
                        .with(as(Role.COUNTY_OFFICER, "130102")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("enterprises.xlsx")));
    }

    private static MockMultipartFile xlsx(byte[] bytes) {
        return new MockMultipartFile("file", "企业.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    private static RequestPostProcessor as(Role role, String regionCode) {
        Long party = role == Role.ENTERPRISE_USER ? 1L : null;
        var principal = new MetrolexPrincipal(1L, "test", "测试 " + role, role, regionCode, party);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
        return authentication(auth);
    }
}
