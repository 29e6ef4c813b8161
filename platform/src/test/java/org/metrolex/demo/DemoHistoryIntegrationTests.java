package org.metrolex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.AuditSelection;
import org.metrolex.verification.CertificateAuditResult;
import org.metrolex.verification.CertificateAudits;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.DefectCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo province's verification history (issue 4, demo data): thousands of instruments in every county,
 * histories over several years with notices of non-conformity and revocations, overdue instruments with
 * notices, and exactly the planted defective certificates for the audit to find — every other certificate
 * of the history passes the legitimacy rules.
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
class DemoHistoryIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired CertificateAudits audits;
    @Autowired VerificationManagement verifications;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;

    private DataScope province() {
        return TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
    }

    @Test
    void theSuiteRunsOnTheInstantItWasGiven() {
        // config/application.properties: the clock starts at metrolex.test.instant, whatever the machine's date
        Instant start = Instant.parse(System.getProperty("metrolex.test.instant", "2026-12-07T02:00:00Z"));
        assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(30));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void thousandsOfInstrumentsInEveryCountyWithHistoriesOverSeveralYears() {
        // the history's scales and dispensers (the seed year's optometry instruments and checked scales aside)
        assertThat(jdbc.queryForObject("select count(*) from instrument where category_code in ('PRICE_COMPUTING_SCALE', "
                + "'DIGITAL_INDICATING_SCALE', 'FUEL_DISPENSER') and serial_number not like 'ZSCC-%'", Long.class)).isBetween(3000L, 5000L);
        List<String> counties = regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).map(r -> r.code()).toList();
        assertThat(jdbc.queryForList("select distinct region_code from instrument", String.class)).containsAll(counties);
        assertThat(jdbc.queryForObject("select count(distinct extract(year from verification_date)) from verification "
                + "where verification_date is not null", Long.class)).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from certificate where kind = 'NON_CONFORMITY_NOTICE'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from certificate where status = 'REVOKED'", Long.class)).isPositive();
        // numbers are sequential per institution and year, and the sequence continues after them
        assertThat(jdbc.queryForObject("select count(*) from certificate_sequence s where s.last_value < (select count(*) from certificate c "
                + "where c.institution_id = s.institution_id and c.number like '%-' || s.year || '-%')", Long.class)).isZero();
    }

    @Test
    void instrumentsAreOverdueAndTheirOwnersNoticed() {
        long overdue = verifications.overdue(province(), 1, 1).total();
        assertThat(overdue).isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from overdue_notice", Long.class)).isGreaterThanOrEqualTo(overdue - 5);
        assertThat(jdbc.queryForObject("select count(*) from overdue_notice where read_at is not null", Long.class)).isPositive();
        assertThat(verifications.overdue(TestLogins.scope(regions, identity, Role.ENTERPRISE_USER), 1, 1).total()).isPositive();
    }

    @Test
    void theAuditFindsExactlyThePlantedDefectsInTheHistory() {
        long demoInstitution = TestLogins.principal(identity, Role.INSTITUTION_STAFF).partyId();
        // the institutes of DemoData and DemoHistory (the seed year's county institutes and eyeglass station plant their own)
        List<Long> historyInstitutions = jdbc.queryForList("select id from institution where id <> ? and (name like '%研究院（演示）' "
                + "or name like '%计量测试所（演示）') order by id", Long.class, demoInstitution);
        CertificateAuditResult r = audits.auditIssued(province(), new AuditSelection(historyInstitutions, null, null, null));
        assertThat(r.report().examined()).isGreaterThan(10_000);
        int planted = DemoHistory.plantedKinds().size() * DemoHistory.PLANTED_PER_KIND;
        assertThat(r.report().defective()).isEqualTo(planted);
        for (DefectCode kind : DemoHistory.plantedKinds()) {
            assertThat(r.report().count(kind)).as(kind.name()).isEqualTo(DemoHistory.PLANTED_PER_KIND);
        }
        assertThat(r.report().defectiveCertificates()).allSatisfy(d -> assertThat(d.defects()).filteredOn(f -> f.blocking()).hasSize(1));
        assertThat(r.report().byInstitution().values().stream().mapToLong(t -> t.defective()).sum()).isEqualTo(planted);
        assertThat(r.report().byInstitution().values().stream().filter(t -> t.defective() > 0).count()).isGreaterThan(1);
    }
}
