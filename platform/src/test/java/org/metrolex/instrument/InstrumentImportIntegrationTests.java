package org.metrolex.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Filing instruments from Excel: per-row errors, owner forced for enterprises, re-import changes nothing. */
@MetrolexIntegrationTest
class InstrumentImportIntegrationTests {

    private static final String[] HEADER = {"器具类别", "制造厂", "型号规格", "出厂编号", "型式批准编号", "准确度等级", "测量范围",
            "所有者统一社会信用代码", "使用地区划代码", "安装使用地点", "用途"};

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired ImportingInstruments importing;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("器具");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOfficerImportsRowByRowAndReimportingChangesNothing() throws Exception {
        TestLogins.actAs("county");
        var scope = TestLogins.scope(regions, identity, Role.COUNTY_OFFICER);
        String owner = jdbc.queryForObject("select credit_code from enterprise where region_code = '130102' order by id limit 1", String.class);
        String elsewhere = jdbc.queryForObject("select credit_code from enterprise where region_code = '130104' order by id limit 1", String.class);
        byte[] file = workbook(HEADER,
                new String[] {"燃油加油机", "导入加油设备厂", "DR-1", "IMP-0001", "", "", "", owner, "130102", "1号岛", "贸易结算"},
                new String[] {"PRICE_COMPUTING_SCALE", "导入衡器厂", "DR-2", "IMP-0002", "", "III", "", owner, "130102", "", "TRADE"},
                new String[] {"出租汽车计价器", "导入厂", "DR-3", "IMP-0003", "", "", "", owner, "130102", "", "贸易结算"},
                new String[] {"燃油加油机", "导入加油设备厂", "DR-1", "IMP-0004", "", "", "", elsewhere, "130104", "", "贸易结算"},
                new String[] {"燃油加油机", "导入加油设备厂", "DR-1", "IMP-0001", "", "", "", owner, "130102", "重复", "贸易结算"});
        InstrumentImportReport first = importing.importInstruments(scope, new ByteArrayInputStream(file));
        assertThat(first.rows()).isEqualTo(5);
        assertThat(first.filed()).isEqualTo(2);
        assertThat(first.rejected()).extracting(InstrumentImportReport.RejectedRow::rowNumber,
                        InstrumentImportReport.RejectedRow::field, InstrumentImportReport.RejectedRow::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "categoryCode", "catalogue"),
                        org.assertj.core.groups.Tuple.tuple(5, "ownerCreditCode", "exists"),
                        org.assertj.core.groups.Tuple.tuple(6, "serialNumber", "duplicate-in-file"));
        assertThat(first.rejected().get(0).messageEn()).contains("not in the mandatory-verification catalogue");

        InstrumentImportReport again = importing.importInstruments(scope, new ByteArrayInputStream(file));
        assertThat(again.filed()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from instrument where serial_number like 'IMP-000%'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void anEnterpriseImportsForItselfOnly() throws Exception {
        var me = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        String other = jdbc.queryForObject("select credit_code from enterprise where id <> ? order by id limit 1", String.class, me.partyId());
        byte[] file = workbook(HEADER,
                new String[] {"数字指示秤", "导入衡器厂", "DR-9", "IMP-ENT-01", "", "", "", other, "130104", "", "贸易结算"});
        mvc.perform(multipart("/api/instruments/import").file(new MockMultipartFile("file", "f.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.filed").value(1));
        assertThat(jdbc.queryForObject("select owner_enterprise_id from instrument where serial_number = 'IMP-ENT-01'", Long.class))
                .isEqualTo(me.partyId());
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() throws Exception {
        var scope = TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        byte[] file = workbook(new String[] {"器具类别", "制造厂"}, new String[] {"燃油加油机", "某厂"});
        assertThatThrownBy(() -> importing.importInstruments(scope, new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.field())
                        .contains("serialNumber", "ownerCreditCode", "purpose"));
    }
}
