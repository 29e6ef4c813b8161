package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.DefectCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Certificate audit (issue 4): the legitimacy rules over certificates issued here, selected within the
 * officer's scope, and over an imported file of external certificates (CSV and .xlsx), with the report by
 * defect kind and by institution, idempotent imports, rejected rows and exports.
 */
@MetrolexIntegrationTest
class CertificateAuditIntegrationTests {

    @Autowired CertificateAudits audits;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    @BeforeEach
    void actor() {
        TestLogins.actAs("city");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private long provinceInstitute() {
        return jdbc.queryForObject("select id from institution where region_code = '130000' order by id limit 1", Long.class);
    }

    private String provinceInstituteCreditCode() {
        return jdbc.queryForObject("select credit_code from institution where id = ?", String.class, provinceInstitute());
    }

    @Test
    void theIssuedAuditIsScopedToTheOfficersRegion() {
        // the demo province holds more than the 20,000 certificates one audit examines: the whole province is refused,
        // naming the selection, and a year of verifications is taken instead
        assertThatThrownBy(() -> audits.auditIssued(scope(Role.PROVINCE_ADMIN), AuditSelection.all()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("selection"));
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusMonths(12);
        AuditSelection year = new AuditSelection(List.of(), null, from, to);
        CertificateAuditResult province = audits.auditIssued(scope(Role.PROVINCE_ADMIN), year);
        CertificateAuditResult city = audits.auditIssued(scope(Role.CITY_OFFICER), year);
        CertificateAuditResult county = audits.auditIssued(scope(Role.COUNTY_OFFICER), year);
        // the city's scope is its region and below (辛集 130181, under direct provincial administration, is not the city's)
        long inCity = jdbc.queryForObject("select count(*) from certificate c join verification v on v.id = c.verification_id "
                + "where v.region_code in ('" + String.join("','", scope(Role.CITY_OFFICER).regionCodes()) + "') "
                + "and v.verification_date between ? and ?", Long.class, from, to);
        long inCounty = jdbc.queryForObject("select count(*) from certificate c join verification v on v.id = c.verification_id "
                + "where v.region_code = '130102' and v.verification_date between ? and ?", Long.class, from, to);
        assertThat(city.report().examined()).isEqualTo(inCity).isLessThan(province.report().examined());
        assertThat(county.report().examined()).isEqualTo(inCounty).isPositive().isLessThan(city.report().examined());

        // a region inside the scope narrows it; one outside is refused, naming the field
        CertificateAuditResult xinhua = audits.auditIssued(scope(Role.CITY_OFFICER), new AuditSelection(List.of(), "130105", null, null));
        assertThat(xinhua.report().examined()).isEqualTo(jdbc.queryForObject("select count(*) from certificate c join verification v "
                + "on v.id = c.verification_id where v.region_code = '130105'", Long.class));
        assertThatThrownBy(() -> audits.auditIssued(scope(Role.COUNTY_OFFICER), new AuditSelection(List.of(), "130200", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> audits.auditIssued(scope(Role.ENTERPRISE_USER), AuditSelection.all()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
        assertThatThrownBy(() -> audits.auditIssued(scope(Role.INSTITUTION_STAFF), AuditSelection.all()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
    }

    @Test
    void theIssuedAuditSelectsByInstitutionAndPeriodAndCountsByInstitution() {
        long institute = provinceInstitute();
        LocalDate from = LocalDate.now(clock).minusYears(1);
        CertificateAuditResult r = audits.auditIssued(scope(Role.PROVINCE_ADMIN), new AuditSelection(List.of(institute), null, from, null));
        long expected = jdbc.queryForObject("select count(*) from certificate c join verification v on v.id = c.verification_id "
                + "where c.institution_id = ? and v.verification_date >= ?", Long.class, institute, from);
        assertThat(r.report().examined()).isEqualTo(expected).isPositive();
        assertThat(r.report().byInstitution()).containsOnlyKeys(VerificationManagement.institutionCode(institute));
        assertThat(r.institutionName(VerificationManagement.institutionCode(institute))).contains("河北省计量监督检测研究院");
        assertThat(r.report().defectiveCertificates()).allSatisfy(d -> assertThat(d.institutionCode())
                .isEqualTo(VerificationManagement.institutionCode(institute)));
    }

    /** Header row of the import in Chinese, then rows in the same column order. */
    private String csv(String... rows) {
        return "证书编号,机构统一社会信用代码,检定机构,器具名称,使用地行政区划代码,送检单位,出厂编号,检定员,检定员证号,检定员资格项目,资格有效期起,资格有效期至,"
                + "计量标准,标准考核证书号,考核证书有效期起,考核证书有效期至,标准溯源到期日,检定日期,检定结论,最大示值误差,最大允许误差\r\n"
                + String.join("\r\n", rows) + "\r\n";
    }

    /** A clean external certificate of the provincial institute, with one field changed per test row. */
    private String row(String number, String creditCode, String serial, String verifierUntil, String calibrationDue, String date,
                       String conclusion, String maxError) {
        return String.join(",", number, creditCode, "河北省计量监督检测研究院（演示）", "电子计价秤", "130104", "外部抽查商户", serial, "张检",
                "冀检X0001", "电子计价秤、数字指示秤", "2022-01-01", verifierUntil, "砝码标准装置;标准砝码（M1）", "[2020]冀量标法证字第0001号;[2020]冀量标法证字第0002号",
                "2020-01-01;2020-01-01", "2028-12-31;2028-12-31", calibrationDue + ";" + calibrationDue, date, conclusion, maxError, "0.010");
    }

    private String sampleFile(String tag) {
        String cc = provinceInstituteCreditCode();
        String code = VerificationManagement.institutionCode(provinceInstitute());
        return csv(
                row(code + "-2025-" + tag + "01", cc, "EXT-" + tag + "-1", "2027-12-31", "2026-01-01", "2025-05-10", "合格", "0.005"),
                row(code + "-2025-" + tag + "02", "91130100MA0EXTERN9", "EXT-" + tag + "-2", "2027-12-31", "2026-01-01", "2025-05-10", "合格", "0.005"),
                row(code + "-2025-" + tag + "03", cc, "EXT-" + tag + "-3", "2024-12-31", "2026-01-01", "2025-05-10", "合格", "0.005"),
                row(code + "-2025-" + tag + "04", cc, "EXT-" + tag + "-4", "2027-12-31", "2025-03-01", "2025-05-10", "合格", "0.005"),
                row(code + "-2025-" + tag + "05", cc, "EXT-" + tag + "-5", "2027-12-31", "2026-01-01", "2025-05-10", "合格", "0.025"),
                row(code + "-2025-" + tag + "06", cc, "", "2027-12-31", "2026-01-01", "2025-05-10", "合格", "0.005"),
                row("HB/" + tag + "/7", cc, "EXT-" + tag + "-7", "2027-12-31", "2026-01-01", "2025-05-10", "合格", "0.005"),
                row(code + "-2025-" + tag + "08", cc, "EXT-" + tag + "-8", "2027-12-31", "2026-01-01", "2025-13-45", "合格", "0.005"),
                row(code + "-2025-" + tag + "09", cc, "EXT-" + tag + "-9", "2027-12-31", "2026-01-01", "2025-05-10", "大概合格", "abc"));
    }

    private void assertSampleReport(CertificateAuditResult r, String tag) {
        // 9 data rows: row 9 (date) and row 10 (conclusion, number) cannot be read; 7 audited, 6 defective
        assertThat(r.rowsRead()).isEqualTo(9);
        assertThat(r.rejected()).extracting(AuditRowError::row).containsExactlyInAnyOrder(9, 10, 10);
        assertThat(r.rejected()).extracting(AuditRowError::field).containsExactlyInAnyOrder("verificationDate", "conclusion", "maxError");
        assertThat(r.report().examined()).isEqualTo(7);
        assertThat(r.report().defective()).isEqualTo(6);
        assertThat(r.report().count(DefectCode.AUTHORIZATION_MISSING)).isEqualTo(1);
        assertThat(r.report().count(DefectCode.VERIFIER_QUALIFICATION_EXPIRED)).isEqualTo(1);
        assertThat(r.report().count(DefectCode.STANDARD_CALIBRATION_OVERDUE)).isEqualTo(2);
        assertThat(r.report().count(DefectCode.CONCLUSION_NOT_SUPPORTED)).isEqualTo(1);
        assertThat(r.report().count(DefectCode.MANDATORY_FIELD_MISSING)).isEqualTo(1);
        assertThat(r.report().count(DefectCode.CERTIFICATE_NUMBER_INVALID)).isEqualTo(1);
        assertThat(r.report().byInstitution().get(provinceInstituteCreditCode()).examined()).isEqualTo(6);
        assertThat(r.report().byInstitution().get(provinceInstituteCreditCode()).defective()).isEqualTo(5);
        assertThat(r.report().byInstitution().get("91130100MA0EXTERN9").defective()).isEqualTo(1);
        assertThat(r.report().defectiveCertificates()).extracting(AuditReport.DefectiveCertificate::number)
                .doesNotContain(VerificationManagement.institutionCode(provinceInstitute()) + "-2025-" + tag + "01");
    }

    /** Four digits, unique per test: the sequence part of certificate numbers is {tag}{row}. */
    private static String tag(int prefix) {
        return prefix + String.format("%03d", (System.nanoTime() / 1000) % 1000);
    }

    @Test
    void anImportedCsvIsAuditedRowByRowAndImportingItAgainAddsNothing() {
        String tag = tag(1);
        byte[] file = sampleFile(tag).getBytes(StandardCharsets.UTF_8);
        CertificateAuditResult first = audits.importAndAudit(scope(Role.CITY_OFFICER), "spot-check.csv", file);
        assertThat(first.alreadyImported()).isFalse();
        assertSampleReport(first, tag);
        long imports = jdbc.queryForObject("select count(*) from certificate_audit_import", Long.class);
        long audited = jdbc.queryForObject("select count(*) from audit_entry where action = 'certificate-audit.import'", Long.class);

        CertificateAuditResult again = audits.importAndAudit(scope(Role.CITY_OFFICER), "renamed.csv", file);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertSampleReport(again, tag);
        assertThat(jdbc.queryForObject("select count(*) from certificate_audit_import", Long.class)).isEqualTo(imports);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'certificate-audit.import'", Long.class))
                .isEqualTo(audited);

        // the city's import is the city's: the county below does not see it, the province above does
        assertThatThrownBy(() -> audits.imported(scope(Role.COUNTY_OFFICER), first.importId()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        assertThat(audits.imported(scope(Role.PROVINCE_ADMIN), first.importId()).report().defective()).isEqualTo(6);
    }

    @Test
    void anXlsxWithTheSameRowsGivesTheSameReportAndGb18030CsvIsRead() throws Exception {
        String tag = tag(2);
        String text = sampleFile(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("证书");
            String[] lines = text.split("\r\n");
            for (int i = 0; i < lines.length; i++) {
                var r = sheet.createRow(i);
                String[] cells = lines[i].split(",", -1);
                for (int k = 0; k < cells.length; k++) {
                    r.createCell(k).setCellValue(cells[k]);
                }
            }
            wb.write(out);
        }
        assertSampleReport(audits.importAndAudit(scope(Role.CITY_OFFICER), "spot-check.xlsx", out.toByteArray()), tag);
        String other = tag(3);
        assertSampleReport(audits.importAndAudit(scope(Role.CITY_OFFICER), "gbk.csv",
                sampleFile(other).getBytes(java.nio.charset.Charset.forName("GB18030"))), other);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWholeAndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from certificate_audit_import", Long.class);
        assertThatThrownBy(() -> audits.importAndAudit(scope(Role.CITY_OFFICER), "bad.csv", "证书编号,检定日期\r\nX,2025-01-01\r\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).messageZh()).contains("缺少列"));
        assertThatThrownBy(() -> audits.importAndAudit(scope(Role.CITY_OFFICER), "empty.csv", new byte[0]))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("file"));
        assertThat(jdbc.queryForObject("select count(*) from certificate_audit_import", Long.class)).isEqualTo(before);
    }

    @Test
    void theApiAnswersJsonAndExportsXlsxAndCsv() throws Exception {
        var city = new org.metrolex.support.DemoLogins(identity).as("city");
        mvc.perform(get("/api/certificate-audits/issued").param("regionCode", "130100").with(city))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("ISSUED"))
                .andExpect(jsonPath("$.report.examined").isNumber()).andExpect(jsonPath("$.report.byCode").isMap());
        String tag = tag(4);
        String body = mvc.perform(multipart("/api/certificate-audits/import").file(new MockMultipartFile("file", "api.csv", "text/csv",
                        sampleFile(tag).getBytes(StandardCharsets.UTF_8))).with(city)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.defective").value(6))
                .andExpect(jsonPath("$.rejected.length()").value(3)).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"importId\":(\\d+).*", "$1"));
        byte[] xlsx = mvc.perform(get("/api/certificate-audits/imports/" + id + "/export").with(city)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheet("按缺陷类型").getRow(3).getCell(0).getStringCellValue()).isEqualTo("AUTHORIZATION_MISSING");
            assertThat(wb.getSheet("按缺陷类型").getRow(3).getCell(4).getStringCellValue()).isEqualTo("1");
            assertThat(wb.getSheet("问题证书").getLastRowNum()).isGreaterThanOrEqualTo(7);
        }
        String csv = mvc.perform(get("/api/certificate-audits/imports/" + id + "/export").param("format", "csv").with(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("CONCLUSION_NOT_SUPPORTED").contains("结论与原始记录不符或无依据").contains("91130100MA0EXTERN9");
        mvc.perform(get("/certificate-audits").param("run", "1").param("regionCode", "130100").with(city))
                .andExpect(status().isOk());
        mvc.perform(get("/certificate-audits/imports/" + id).with(city)).andExpect(status().isOk());
    }
}
