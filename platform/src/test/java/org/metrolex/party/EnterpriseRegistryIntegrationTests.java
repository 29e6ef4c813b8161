package org.metrolex.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise registry through its REST API: scope on every read, rules on every write. */
@MetrolexIntegrationTest
class EnterpriseRegistryIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired PartyQueries queries;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private static String code(String serial, String region) {
        String first17 = "91" + region + "MA" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String json(String creditCode, String name, String region, String category) {
        return """
                {"creditCode":"%s","name":"%s","address":"示例路1号","regionCode":"%s","category":"%s",
                 "legalRepresentative":"张三","contactPhone":"0311-1234567"}""".formatted(creditCode, name, region, category);
    }

    @Test
    void aCountyOfficerSeesOnlyItsCounty() {
        var scope = TestLogins.scope(regions, identity, Role.COUNTY_OFFICER);
        var all = queries.searchEnterprises(scope, EnterpriseQuery.all(), 1, 200);
        assertThat(all.total()).isPositive();
        assertThat(all.items()).extracting(Enterprise::regionCode).containsOnly("130102");
        long inDb = jdbc.queryForObject("select count(*) from enterprise where region_code = '130102'", Long.class);
        assertThat(all.total()).isEqualTo(inDb);
    }

    @Test
    void aCityOfficerSeesItsCityAndItsCounties() {
        var scope = TestLogins.scope(regions, identity, Role.CITY_OFFICER);
        var all = queries.searchEnterprises(scope, EnterpriseQuery.all(), 1, 200);
        assertThat(all.items()).allSatisfy(e -> assertThat(regions.isWithin(e.regionCode(), "130100")).isTrue());
        long inDb = jdbc.queryForObject("select count(*) from enterprise e join region r on r.code = e.region_code "
                + "where r.code = '130100' or r.parent_code = '130100'", Long.class);
        assertThat(all.total()).isEqualTo(inDb);
    }

    @Test
    void anEnterpriseUserSeesOnlyItselfAndInstitutionStaffSeeNoEnterprises() throws Exception {
        var me = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        mvc.perform(get("/api/enterprises").with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(me.partyId()));
        long other = jdbc.queryForObject("select min(id) from enterprise where id <> ?", Long.class, me.partyId());
        mvc.perform(get("/api/enterprises/" + other).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises").with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCountyOfficerCannotReadOrChangeAnotherCountysEnterprise() throws Exception {
        long elsewhere = jdbc.queryForObject("select min(id) from enterprise where region_code <> '130102'", Long.class);
        mvc.perform(get("/api/enterprises/" + elsewhere).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/enterprises/" + elsewhere + "/deactivate").with(csrf())
                        .with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/enterprises").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(json(code("REG0001", "130104"), "桥西外县企业", "130104", "MARKET")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("scope"));
    }

    @Test
    void createSearchEditAndDeactivate() throws Exception {
        String code = code("REG0002", "130102");
        String body = mvc.perform(post("/api/enterprises").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(json(code, "长安回归测试加油站", "130102", "GAS_STATION")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/enterprises").param("q", "回归测试").with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].creditCode").value(code));
        mvc.perform(get("/api/enterprises").param("q", code).with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(jsonPath("$.items[0].id").value(id));

        String edit = json(code, "长安回归测试加油站（更名）", "130102", "GAS_STATION").replace("}", ",\"version\":0}");
        mvc.perform(put("/api/enterprises/" + id).with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // The same edit again carries a stale version: someone else's change must not be overwritten.
        mvc.perform(put("/api/enterprises/" + id).with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(post("/api/enterprises/" + id + "/deactivate").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/enterprises").param("q", "回归测试").param("active", "true")
                        .with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badInputNamesEveryFieldAndRuleInBothLanguagesAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        String bad = code("REG0003", "130102");
        bad = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/api/enterprises").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(json(bad, "", "999999", "BAKERY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "creditCode", "name", "regionCode", "category")))
                .andExpect(jsonPath("$.errors[?(@.field=='creditCode')].rule").value("gb32100.check_character"))
                .andExpect(jsonPath("$.errors[?(@.field=='creditCode')].messageZh").value("统一社会信用代码校验码错误（GB 32100-2015 附录B）"))
                .andExpect(jsonPath("$.errors[?(@.field=='regionCode')].messageEn").value("not a known region code (GB/T 2260): 999999"));
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Long.class)).isEqualTo(before);
    }

    @Test
    void aDuplicateCreditCodeIsRefused() throws Exception {
        String code = code("REG0004", "130102");
        mvc.perform(post("/api/enterprises").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(json(code, "重复测试一", "130102", "MARKET")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/enterprises").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(json(code, "重复测试二", "130102", "MARKET")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("unique"));
    }

    @Test
    void theDemoProvinceHasWhatTheIssueAsksFor() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Long.class)).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.queryForList("select distinct category from enterprise", String.class))
                .contains("MARKET", "GAS_STATION", "EYEGLASS_SHOP", "PREPACKAGE_PRODUCER", "METER_MAKER", "KEY_ENERGY_USER");
        assertThat(jdbc.queryForList("select credit_code from enterprise union all select credit_code from institution", String.class))
                .allSatisfy(c -> assertThat(CreditCode.isValid(c)).as(c).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from institution", Long.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from person p join qualification q on q.person_id = p.id "
                + "where p.person_role = 'VERIFIER'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from person where person_role = 'INSPECTOR'", Long.class)).isPositive();
        assertThat(jdbc.queryForList("select role from app_user", String.class)).contains(
                "PROVINCE_ADMIN", "CITY_OFFICER", "COUNTY_OFFICER", "INSTITUTION_STAFF", "ENTERPRISE_USER");
        assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(179);
        assertThat(List.of(regions.fullName("130102"))).containsExactly("河北省 / 石家庄市 / 长安区");
    }

    /** ADR 0025: the named system scope reads what the former hand-made administrator scope over every region code read. */
    @Test
    void theSystemScopeReadsTheWholeProvinceLikeAnAdministratorOverEveryRegion() {
        java.util.Set<String> everyCode = regions.all().stream().map(org.metrolex.region.domain.Region::code)
                .collect(java.util.stream.Collectors.toSet());
        DataScope handMade = new DataScope(Role.PROVINCE_ADMIN, "verification", everyCode, null);
        DataScope system = DataScope.system("verification");

        var listed = queries.searchEnterprises(handMade, EnterpriseQuery.all(), 1, 200);
        var unlisted = queries.searchEnterprises(system, EnterpriseQuery.all(), 1, 200);
        assertThat(listed.total()).isPositive();
        assertThat(unlisted.total()).isEqualTo(listed.total());
        assertThat(queries.enterpriseCount(system)).isEqualTo(jdbc.queryForObject("select count(*) from enterprise", Long.class));
        assertThat(queries.institutionsInScope(system)).extracting(i -> i.id())
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(queries.institutionsInScope(handMade).stream().map(i -> i.id()).toList());
        var city = new DataScope(Role.CITY_OFFICER, "city", regions.selfAndDescendants("130100"), null);
        assertThat(queries.searchEnterprises(city, EnterpriseQuery.all(), 1, 1).total()).isLessThan(unlisted.total());
    }
}
