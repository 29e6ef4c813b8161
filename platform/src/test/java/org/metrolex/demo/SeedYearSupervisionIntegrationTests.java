package org.metrolex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.CampaignStatistics;
import org.metrolex.supervision.CertificateReport;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6, statistics: "the seed's figures for each kind must be producible from the data". The demo's year of
 * spot checks ({@link SeedYearSupervision}) runs through the supervision module with real draws; these figures are
 * then read back from the module's statistics, findings and certificate report, and compared with the work summary
 * of the provincial authority (seed/000_a223ef7dc9c49ef9.txt, 一是開展專項監督檢查), quoted on each row.
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
class SeedYearSupervisionIntegrationTests {

    @Autowired SupervisionManagement supervision;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;

    private DataScope province() {
        return TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
    }

    private Map<String, CampaignStatistics> totals() {
        return supervision.statisticsTotals(province()).stream()
                .collect(Collectors.toMap(CampaignStatistics::campaignName, Function.identity(), (a, b) -> a));
    }

    /** One row per campaign kind: targets checked, instruments, targets with findings, cases, as the summary reports them. */
    @Test
    void theSummarysFiguresComeOutOfTheStatistics() {
        Map<String, CampaignStatistics> t = totals();
        record Row(String campaign, String seedSays, long checked, long instruments, long withFindings, long cases) {
        }
        List<Row> rows = List.of(
                new Row(SeedYearSupervision.MARKET_CAMPAIGN, "全省总计监督检查集贸市场286家,检查在用计量器具7846臺,查处计量作弊行为34起",
                        286, 7846, 34, 34),
                new Row(SeedYearSupervision.EYEGLASS_CAMPAIGN, "共检查眼镜店3027家,发现248家使用计量器具超期未检企业", 3027, -1, 248, 0),
                new Row(SeedYearSupervision.LEGAL_UNITS_CAMPAIGN, "共检查28家单位,未发现使用非法定计量单位的行为", 28, 0, 0, 0),
                new Row(SeedYearSupervision.GAS_CAMPAIGN, "共监督检查加油站1242家,检查在用加油机3685台,查处计量违法案件6起", 1242, 3685, 6, 6),
                new Row(SeedYearSupervision.INSTITUTIONS_CAMPAIGN, "抽查了49家机构,督促42家问题机构整改到位", 49, 0, 42, 0),
                new Row(SeedYearSupervision.CERTIFICATES_CAMPAIGN, "共抽取32家机构的证书672份,发现问题证书617份", 672, 672, 617, 0));
        for (Row row : rows) {
            CampaignStatistics s = t.get(row.campaign());
            assertThat(s).as(row.campaign()).isNotNull();
            assertThat(s.targetsDrawn()).as(row.seedSays()).isEqualTo(row.checked());
            assertThat(s.targetsChecked()).as(row.seedSays()).isEqualTo(row.checked());
            if (row.instruments() >= 0) {
                assertThat(s.instrumentsChecked()).as(row.seedSays()).isEqualTo(row.instruments());
            }
            assertThat(s.targetsWithFindings()).as(row.seedSays()).isEqualTo(row.withFindings());
            assertThat(s.cases()).as(row.seedSays()).isEqualTo(row.cases());
        }
        // 查处计量作弊行为34起: every cheating finding became a case with a penalty decision
        assertThat(t.get(SeedYearSupervision.MARKET_CAMPAIGN).fraudFindings()).isEqualTo(34);
        // 督促42家问题机构整改到位 / 已责令机构整改到位: every finding of both campaigns rectified
        for (String c : List.of(SeedYearSupervision.INSTITUTIONS_CAMPAIGN, SeedYearSupervision.CERTIFICATES_CAMPAIGN)) {
            assertThat(t.get(c).findingsRectified()).as(c).isEqualTo(t.get(c).findings()).isPositive();
        }
    }

    @Test
    void theCertificateReportCountsThirtyTwoInstitutionsAndTheDefectsByKind() {
        long id = campaignId(SeedYearSupervision.CERTIFICATES_CAMPAIGN);
        CertificateReport r = supervision.certificateReport(province(), id);
        assertThat(r.examined()).isEqualTo(672);
        assertThat(r.defective()).isEqualTo(617);
        assertThat(r.byInstitution()).hasSize(32);
        assertThat(r.byInstitution().values().stream().mapToLong(CertificateReport.InstitutionLine::examined).sum()).isEqualTo(672);
        // found by the verification module's legitimacy rules, every planted kind among them
        assertThat(r.defectsByCode().keySet()).contains("AUTHORIZATION_MISSING", "VERIFIER_QUALIFICATION_EXPIRED", "STANDARD_CALIBRATION_OVERDUE",
                "CONCLUSION_NOT_SUPPORTED", "CERTIFICATE_NUMBER_INVALID");
    }

    /** The eyeglass path: overdue instruments are found from the verification records, not typed in. */
    @Test
    void everyEyeglassFindingNamesCertificatesThatHaveRunOut() {
        long id = campaignId(SeedYearSupervision.EYEGLASS_CAMPAIGN);
        List<Finding> findings = supervision.findings(province(), id);
        assertThat(findings).hasSize(248).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.OVERDUE_INSTRUMENT));
        LocalDate today = LocalDate.now(clock);
        for (Finding f : findings) {
            long shop = Long.parseLong(f.targetKey().substring(1));
            List<String> runOut = jdbc.queryForList("select number from instrument_due where owner_enterprise_id = ? and kind = 'CERTIFICATE' "
                    + "and next_due < ?", String.class, shop, today);
            assertThat(runOut).as(f.targetName()).isNotEmpty();
            runOut.forEach(number -> assertThat(f.description()).contains(number));
        }
        // and no drawn shop without a run-out certificate has a finding
        long drawnWithRunOut = jdbc.queryForObject("select count(*) from supervision_task t where t.campaign_id = ? and exists (select 1 "
                + "from instrument_due d where d.owner_enterprise_id = substr(t.target_key, 2)::bigint and d.kind = 'CERTIFICATE' "
                + "and d.next_due < ?)", Long.class, id, LocalDate.now(clock));
        assertThat(drawnWithRunOut).isEqualTo(248);
        // followed up: rectification ordered for all, most confirmed
        assertThat(findings).allSatisfy(f -> assertThat(f.status()).isIn(FindingStatus.RECTIFICATION_ORDERED, FindingStatus.RECTIFIED));
    }

    @Test
    void gasStationCasesAreDispensersJudgedOutOfTolerance() {
        List<Finding> findings = supervision.findings(province(), campaignId(SeedYearSupervision.GAS_CAMPAIGN));
        assertThat(findings).hasSize(6).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.OUT_OF_TOLERANCE);
            assertThat(f.caseNumber()).isNotBlank();
            assertThat(f.penaltyDecision()).isNotBlank();
        });
    }

    @Test
    void theSeedYearIsPublishedWithItsDrawsVerifiable() {
        List<String> published = jdbc.queryForList("select name from supervision_campaign where status = 'PUBLISHED' and name like '%（演示年度）'",
                String.class);
        assertThat(published).hasSize(6);
        // the seed was committed before the draw and is shown after it (docs/random-draw.md §1)
        assertThat(jdbc.queryForObject("select count(*) from supervision_campaign where name like '%（演示年度）' and seed_hex is not null "
                + "and seed_commitment is not null and population_sha256 is not null", Long.class)).isEqualTo(6);
    }

    private long campaignId(String name) {
        return jdbc.queryForObject("select id from supervision_campaign where name = ?", Long.class, name);
    }
}
