package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.OverdueCase.Filter;
import org.metrolex.verification.OverdueCase.Show;
import org.metrolex.verification.OverdueCase.State;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overdue workbench (issue 13, item 6): one list per level with names, filters, pages, exports (audited), and
 * how far each case has come — notice sent, read, verified again; the former notices pages lead to it.
 */
@MetrolexIntegrationTest
class OverdueWorkbenchIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationQueries queries;
    @Autowired BookingVerification booking;
    @Autowired AssigningInstitution assigning;
    @Autowired OverdueWorkbench workbench;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired Clock clock;

    VerificationFixtures fixtures;

    @BeforeEach
    void logins() {
        fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private static Filter show(Show show) {
        return new Filter(show, null, null, null);
    }

    @Test
    void eachLevelSeesItsOwnCasesAndTheOpenOnesAreTheOverdueList() {
        for (Role role : List.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER, Role.ENTERPRISE_USER)) {
            DataScope scope = fixtures.scope(role);
            var open = workbench.list(scope, Filter.open(), 1, 200);
            // the open cases are exactly the instruments of the overdue list (same rule, same read model)
            assertThat(open.total()).as(role.name()).isEqualTo(queries.overdue(scope, 1, 1).total());
            assertThat(open.items()).allSatisfy(c -> {
                assertThat(c.state()).isNotEqualTo(State.REVERIFIED);
                assertThat(c.ownerName()).isNotBlank();
                assertThat(c.categoryNameZh()).isNotBlank();
                assertThat(c.regionName()).isNotEqualTo(c.regionCode());
            });
        }
        assertThat(workbench.list(fixtures.scope(Role.COUNTY_OFFICER), show(Show.ALL), 1, 200).items())
                .allSatisfy(c -> assertThat(c.regionCode()).isEqualTo("130102"));
        long enterprise = fixtures.enterpriseId;
        assertThat(workbench.list(fixtures.scope(Role.ENTERPRISE_USER), show(Show.ALL), 1, 200).items())
                .allSatisfy(c -> assertThat(c.ownerEnterpriseId()).isEqualTo(enterprise));
        // the province has notices in every state the daily job and owners produce
        var all = workbench.list(fixtures.scope(Role.PROVINCE_ADMIN), show(Show.ALL), 1, 200);
        assertThat(all.total()).isGreaterThan(workbench.list(fixtures.scope(Role.PROVINCE_ADMIN), Filter.open(), 1, 1).total());
    }

    @Test
    void filtersNarrowByRegionCategoryAndOwner() {
        DataScope city = fixtures.scope(Role.CITY_OFFICER);
        var open = workbench.list(city, Filter.open(), 1, 200);
        OverdueCase first = open.items().get(0);
        var byRegion = workbench.list(city, new Filter(Show.OPEN, first.regionCode(), null, null), 1, 200);
        assertThat(byRegion.items()).isNotEmpty().allSatisfy(c -> assertThat(c.regionCode()).isEqualTo(first.regionCode()));
        var byCategory = workbench.list(city, new Filter(Show.OPEN, null, first.categoryCode(), null), 1, 200);
        assertThat(byCategory.items()).isNotEmpty().allSatisfy(c -> assertThat(c.categoryCode()).isEqualTo(first.categoryCode()));
        var byOwner = workbench.list(city, new Filter(Show.OPEN, null, null, first.ownerName().substring(0, 3)), 1, 200);
        assertThat(byOwner.items()).isNotEmpty().allSatisfy(c -> assertThat(c.ownerName()).contains(first.ownerName().substring(0, 3)));
        // a region outside the officer's city gives nothing, not the region's cases
        assertThat(workbench.list(city, new Filter(Show.ALL, "130200", null, null), 1, 1).total()).isZero();
        // pages: the second page continues the first
        var page2 = workbench.list(fixtures.scope(Role.PROVINCE_ADMIN), Filter.open(), 2, 20);
        assertThat(page2.items()).hasSize(20);
        assertThat(page2.items()).doesNotContainAnyElementsOf(workbench.list(fixtures.scope(Role.PROVINCE_ADMIN), Filter.open(), 1, 20).items());
    }

    @Test
    void aCaseMovesFromNoticedToReadToVerifiedAgain() {
        DataScope city = fixtures.scope(Role.CITY_OFFICER);
        // an overdue price-computing scale of the city (outside 长安区, whose few cases other tests show), noticed and unread
        OverdueCase c = workbench.list(city, new Filter(Show.UNREAD, null, "PRICE_COMPUTING_SCALE", null), 1, 200).items().stream()
                .filter(x -> !x.regionCode().equals("130102")).findFirst().orElseThrow();
        assertThat(c.state()).isEqualTo(State.NOTICED);
        jdbc.update("update overdue_notice set read_at = now(), read_by = 'owner-test' where instrument_id = ? and due_date = ?",
                c.instrumentId(), c.dueDate());
        assertThat(stateOf(city, c)).isEqualTo(State.READ);

        long id = booking.book(city, c.instrumentId()).id();
        assigning.assign(city, id, fixtures.institutionId);
        fixtures.record(id, LocalDate.now(clock), fixtures.qualifiedVerifier(), fixtures.freshStandard(), VerificationFixtures.GOOD_SCALE);
        Certificate issued = fixtures.issue(id);

        OverdueCase closed = workbench.list(city, new Filter(Show.REVERIFIED, c.regionCode(), "PRICE_COMPUTING_SCALE", null), 1, 200)
                .items().stream().filter(x -> x.instrumentId() == c.instrumentId() && x.dueDate().equals(c.dueDate())).findFirst().orElseThrow();
        assertThat(closed.state()).isEqualTo(State.REVERIFIED);
        assertThat(closed.reverifiedNumber()).isEqualTo(issued.number());
        assertThat(workbench.list(city, new Filter(Show.OPEN, c.regionCode(), "PRICE_COMPUTING_SCALE", null), 1, 200).items())
                .noneMatch(x -> x.instrumentId() == c.instrumentId());
        assertThat(instruments.standing(city, c.instrumentId()).status().name()).isIn("VALID", "DUE_SOON");
    }

    private State stateOf(DataScope scope, OverdueCase c) {
        return workbench.list(scope, new Filter(Show.ALL, c.regionCode(), c.categoryCode(), null), 1, 200).items().stream()
                .filter(x -> x.instrumentId() == c.instrumentId() && x.dueDate().equals(c.dueDate())).findFirst().orElseThrow().state();
    }

    @Test
    void thePageShowsNamesWithLinksAndTheExportIsAudited() throws Exception {
        String html = mvc.perform(get("/overdue").with(TestLogins.as(identity, Role.COUNTY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        OverdueCase first = workbench.list(fixtures.scope(Role.COUNTY_OFFICER), Filter.open(), 1, 1).items().get(0);
        assertThat(html).contains("href=\"/instruments/" + first.instrumentId() + "\"", "href=\"/enterprises/" + first.ownerEnterpriseId() + "\"",
                first.ownerName(), "石家庄市 长安区", first.categoryNameZh(), "data-testid=\"overdue-filters\"");
        String en = mvc.perform(get("/overdue").param("lang", "en").with(TestLogins.as(identity, Role.CITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Notice sent").contains("Not verified again");

        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'overdue.export'", Long.class);
        byte[] xlsx = mvc.perform(get("/overdue/export").param("format", "xlsx").param("show", "ALL")
                .with(TestLogins.as(identity, Role.CITY_OFFICER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long rows = workbench.list(fixtures.scope(Role.CITY_OFFICER), show(Show.ALL), 1, 1).total();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo((int) rows);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).contains("所有者");
        }
        String csv = mvc.perform(get("/overdue/export").param("format", "csv").with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.strip().split("\r\n")).hasSize((int) workbench.list(fixtures.scope(Role.ENTERPRISE_USER), Filter.open(), 1, 1).total() + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'overdue.export'", Long.class)).isEqualTo(before + 2);
        mvc.perform(get("/overdue").with(TestLogins.as(identity, Role.INSTITUTION_STAFF))).andExpect(status().isForbidden());
    }

    @Test
    void theVerificationListShowsNamesNotIds() throws Exception {
        String html = mvc.perform(get("/verifications").with(TestLogins.as(identity, Role.INSTITUTION_STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String institution = jdbc.queryForObject("select name from institution where id = ?", String.class, fixtures.institutionId);
        assertThat(html).contains(institution).contains("电子计价秤");
        var first = queries.list(fixtures.scope(Role.INSTITUTION_STAFF), null, 1, 1).items().get(0);
        assertThat(html).contains(first.ownerName()).contains(first.serialNumber());
        assertThat(first.institutionName()).isEqualTo(institution);
        assertThat(new BigDecimal(first.verification().id())).isPositive();
    }
}
