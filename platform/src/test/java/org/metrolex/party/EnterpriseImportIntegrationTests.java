package org.metrolex.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.metrolex.party.EnterpriseWorkbooks.CHINESE_HEADER;
import static org.metrolex.party.EnterpriseWorkbooks.creditCode;
import static org.metrolex.party.EnterpriseWorkbooks.sheet;
import static org.metrolex.party.EnterpriseWorkbooks.withWrongCheckCharacter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.party.EnterpriseImportReport.RejectedRow;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import and export against a throw-away PostgreSQL with the demo province. Names carry a per-test
 * tag and credit codes a random tail, so these rows never meet those of other tests in the database.
 * (Same annotations as the web tests, so both share one application context and one database.)
 */
@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class EnterpriseImportIntegrationTests {

    @Autowired PartyQueries queries;
    @Autowired ImportingEnterprises importing;
    @Autowired
    RegionCatalogue regionCatalogue;

    private final String tag = "导入测试" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void actor() {
        // the audit trail records the authenticated name as the actor of every change
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("test", null, List.of()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesTheGoodRowsReportsEveryBrokenRuleAndChangesNothingTheSecondTime() {
        String a = creditCode("130102");
        String b = creditCode("130104");
        String c = creditCode("130105");
        String badCheck = withWrongCheckCharacter(creditCode("130102"));
        String unknownRegion = creditCode("130102");
        String unknownCategory = creditCode("130102");
        byte[] file = sheet(CHINESE_HEADER)
                .row(a, tag + "甲", "中山东路1号", "130102", "MARKET", "王伟", "0311-1234567")
                .row(b, tag + "乙", "", "130104", "加油站", "", "")
                .row(badCheck, tag + "丙", "", "130102", "MARKET", "", "")
                .row(c, tag + "丁", null, 130105, "其他", null, 13800000000L)
                .row(unknownRegion, tag + "戊", "", "139999", "MARKET", "", "")
                .blankRow()
                .row(unknownCategory, tag + "己", "", "130102", "面包店", "", "")
                .row(a, tag + "甲二", "", "130102", "MARKET", "", "")
                .bytes();

        EnterpriseImportReport first = importing.importEnterprises(province(), new ByteArrayInputStream(file));

        assertThat(first.rows()).isEqualTo(7);
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.updated()).isZero();
        assertThat(first.unchanged()).isZero();
        assertThat(first.rejected()).extracting(RejectedRow::rowNumber, RejectedRow::field, RejectedRow::rule)
                .containsExactly(
                        tuple(4, "creditCode", "gb32100.check_character"),
                        tuple(6, "regionCode", "gbt2260"),
                        tuple(8, "category", "known"),
                        tuple(9, "creditCode", "duplicate-in-file"));
        assertThat(first.rejected()).allSatisfy(r -> {
            assertThat(r.messageZh()).isNotBlank();
            assertThat(r.messageEn()).isNotBlank();
        });
        assertThat(first.rejectedRows()).isEqualTo(4);

        assertThat(stored(a)).extracting(Enterprise::name, Enterprise::regionCode, Enterprise::category)
                .containsExactly(tag + "甲", "130102", EnterpriseCategory.MARKET);
        assertThat(stored(b).category()).isEqualTo(EnterpriseCategory.GAS_STATION);
        assertThat(stored(c)).extracting(Enterprise::regionCode, Enterprise::contactPhone)
                .containsExactly("130105", "13800000000");
        assertThat(queries.searchEnterprises(province(), new EnterpriseQuery(tag, null, null, null), 1, 50).total())
                .isEqualTo(3);

        EnterpriseImportReport second = importing.importEnterprises(province(), new ByteArrayInputStream(file));

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.rejected()).isEqualTo(first.rejected());
    }

    @Test
    void aRowWithTwoBadFieldsYieldsTwoEntries() {
        EnterpriseImportReport report = importing.importEnterprises(province(), sheet(CHINESE_HEADER)
                .row(creditCode("130102"), "", "", "130102", "面包店", "", "").stream());

        assertThat(report.rejected()).extracting(RejectedRow::rowNumber, RejectedRow::field)
                .containsExactlyInAnyOrder(tuple(2, "name"),
                        tuple(2, "category"));
        assertThat(report.rejectedRows()).isEqualTo(1);
    }

    @Test
    void aChangedRowUpdatesTheStoredEnterprise() {
        String code = creditCode("130102");
        importing.importEnterprises(province(), sheet(CHINESE_HEADER)
                .row(code, tag + "旧名", "", "130102", "MARKET", "", "").stream());

        EnterpriseImportReport report = importing.importEnterprises(province(), sheet(CHINESE_HEADER)
                .row(code, tag + "新名", "新地址", "130102", "MARKET", "", "").stream());

        assertThat(report.updated()).isEqualTo(1);
        assertThat(stored(code)).extracting(Enterprise::name, Enterprise::address)
                .containsExactly(tag + "新名", "新地址");
    }

    @Test
    void anExportReimportsUnchanged() {
        importing.importEnterprises(province(), sheet(CHINESE_HEADER)
                .row(creditCode("130102"), tag + "甲", "中山东路1号", "130102", "眼镜制配场所", "王伟", "0311-1234567")
                .row(creditCode("130104"), tag + "乙", null, "130104", "GAS_STATION", null, null)
                .stream());

        for (EnterpriseQuery query : List.of(new EnterpriseQuery(tag, null, null, null),
                new EnterpriseQuery(null, "130102", null, null))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            queries.exportEnterprises(province(), query, out);
            long expected = queries.searchEnterprises(province(), query, 1, 1).total();

            EnterpriseImportReport again = importing.importEnterprises(province(), new ByteArrayInputStream(out.toByteArray()));

            assertThat(expected).isPositive();
            assertThat(again.rows()).isEqualTo((int) expected);
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo((int) expected);
            assertThat(again.rejected()).isEmpty();
        }
    }

    @Test
    void aCountyOfficerCannotImportIntoAnotherCounty() {
        DataScope changan = new DataScope(Role.COUNTY_OFFICER, "test", regionCatalogue.selfAndDescendants("130102"), null);
        String own = creditCode("130102");
        String foreign = creditCode("130104");

        EnterpriseImportReport report = importing.importEnterprises(changan, sheet(CHINESE_HEADER)
                .row(own, tag + "本区", "", "130102", "MARKET", "", "")
                .row(foreign, tag + "外区", "", "130104", "MARKET", "", "")
                .stream());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber, RejectedRow::field, RejectedRow::rule)
                .containsExactly(tuple(3, "regionCode", "scope"));
        assertThat(queries.searchEnterprises(province(), new EnterpriseQuery(foreign, null, null, null), 1, 1).total())
                .isZero();
    }

    @Test
    void anEnterpriseUserMayNotImport() {
        DataScope enterprise = new DataScope(Role.ENTERPRISE_USER, "test", Set.of(), 1L);

        assertThatThrownBy(() -> importing.importEnterprises(enterprise, sheet(CHINESE_HEADER).stream()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
    }

    private DataScope province() {
        return new DataScope(Role.PROVINCE_ADMIN, "test", regionCatalogue.selfAndDescendants("130000"), null);
    }

    private Enterprise stored(String code) {
        return queries.searchEnterprises(province(), new EnterpriseQuery(code, null, null, null), 1, 1).items().get(0);
    }
}
