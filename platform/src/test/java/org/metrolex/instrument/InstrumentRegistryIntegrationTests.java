package org.metrolex.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.persistence.InstrumentQuery;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** The instrument registry through its REST API and pages: who files what, who sees what, what the public sees. */
@MetrolexIntegrationTest
class InstrumentRegistryIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentQueries queries;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private static String body(String category, String serial, Long owner, String region) {
        return """
                {"categoryCode":"%s","maker":"测试衡器厂","model":"T-1","serialNumber":"%s","typeApprovalNo":"2024F001-13",
                 "accuracyClass":"III","measuringRange":"(0.1~15) kg","ownerEnterpriseId":%s,"regionCode":"%s",
                 "location":"摊位1号","purpose":"TRADE"}""".formatted(category, serial, owner, region);
    }

    private Map<?, ?> file(Role role, String body) throws Exception {
        String out = mvc.perform(post("/api/instruments").with(csrf()).with(TestLogins.as(identity, role))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readValue(out, Map.class);
    }

    @Test
    void anEnterpriseFilesForItselfWhateverOwnerAndRegionItSends() throws Exception {
        var me = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        long other = jdbc.queryForObject("select min(id) from enterprise where id <> ? and region_code <> '130102'",
                Long.class, me.partyId());
        String myRegion = jdbc.queryForObject("select region_code from enterprise where id = ?", String.class, me.partyId());
        Map<?, ?> filed = file(Role.ENTERPRISE_USER, body("PRICE_COMPUTING_SCALE", "ITEST-ENT-0001", other, "130104"));
        assertThat(((Number) filed.get("ownerEnterpriseId")).longValue()).isEqualTo(me.partyId());
        assertThat(filed.get("regionCode")).isEqualTo(myRegion);
        assertThat(filed.get("status")).isEqualTo("ACTIVE");
        assertThat((String) filed.get("qrToken")).matches("[A-Za-z0-9_-]{22}");
        long id = ((Number) filed.get("id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'instrument.file' and entity_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        // the same category, maker and serial number again is one instrument filed twice
        mvc.perform(post("/api/instruments").with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content(body("PRICE_COMPUTING_SCALE", "ITEST-ENT-0001", null, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serialNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("unique"));
    }

    @Test
    void aCountyOfficerSeesOnlyItsCountyAndAnEnterpriseOnlyItsOwn() throws Exception {
        var county = queries.search(TestLogins.scope(regions, identity, Role.COUNTY_OFFICER), InstrumentQuery.all(), 1, 200);
        assertThat(county.total()).isPositive();
        assertThat(county.items()).extracting(Instrument::regionCode).containsOnly("130102");
        assertThat(county.total()).isEqualTo(jdbc.queryForObject(
                "select count(*) from instrument where region_code = '130102'", Long.class));

        var me = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        var mine = queries.search(TestLogins.scope(regions, identity, Role.ENTERPRISE_USER), InstrumentQuery.all(), 1, 200);
        assertThat(mine.total()).isPositive().isEqualTo(jdbc.queryForObject(
                "select count(*) from instrument where owner_enterprise_id = ?", Long.class, me.partyId()));
        assertThat(mine.items()).extracting(Instrument::ownerEnterpriseId).containsOnly(me.partyId());

        long notMine = jdbc.queryForObject("select min(id) from instrument where owner_enterprise_id <> ?", Long.class, me.partyId());
        mvc.perform(get("/api/instruments/" + notMine).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isNotFound());
        long elsewhere = jdbc.queryForObject("select min(id) from instrument where region_code <> '130102'", Long.class);
        mvc.perform(get("/api/instruments/" + elsewhere).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/instruments/" + elsewhere + "/status").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"change\":\"SUSPEND\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void institutionStaffAreRefused() throws Exception {
        mvc.perform(get("/api/instruments").with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isForbidden());
        assertThat(queries.search(TestLogins.scope(regions, identity, Role.INSTITUTION_STAFF), InstrumentQuery.all(), 1, 20)
                .total()).isZero();
    }

    @Test
    void aCountyOfficerCannotFileInAnotherCounty() throws Exception {
        long owner = jdbc.queryForObject("select min(id) from enterprise where region_code = '130104'", Long.class);
        mvc.perform(post("/api/instruments").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body("FUEL_DISPENSER", "ITEST-CTY-0001", owner, "130104")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerEnterpriseId"))
                .andExpect(jsonPath("$.errors[0].rule").value("exists"));
        assertThat(jdbc.queryForObject("select count(*) from instrument where serial_number = 'ITEST-CTY-0001'", Long.class)).isZero();
    }

    @Test
    void badInputNamesEveryFieldAndRuleInBothLanguagesAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from instrument", Long.class);
        long owner = jdbc.queryForObject("select min(id) from enterprise where region_code = '130102'", Long.class);
        String bad = """
                {"categoryCode":"TAXIMETER","maker":" ","model":"","serialNumber":"","ownerEnterpriseId":%d,
                 "regionCode":"130104","purpose":"FUN"}""".formatted(owner);
        mvc.perform(post("/api/instruments").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "categoryCode", "maker", "model", "serialNumber", "regionCode", "purpose")))
                .andExpect(jsonPath("$.errors[?(@.field=='categoryCode')].rule").value("catalogue"))
                .andExpect(jsonPath("$.errors[?(@.field=='categoryCode')].messageZh").value("器具类别不在强制检定目录中：TAXIMETER"))
                .andExpect(jsonPath("$.errors[?(@.field=='categoryCode')].messageEn")
                        .value("category is not in the mandatory-verification catalogue: TAXIMETER"))
                .andExpect(jsonPath("$.errors[?(@.field=='serialNumber')].messageZh").value("出厂编号必填"))
                .andExpect(jsonPath("$.errors[?(@.field=='serialNumber')].messageEn").value("serial number is required"))
                .andExpect(jsonPath("$.errors[?(@.field=='regionCode')].rule").value("within-owner"))
                .andExpect(jsonPath("$.errors[?(@.field=='purpose')].rule").value("known"));
        assertThat(jdbc.queryForObject("select count(*) from instrument", Long.class)).isEqualTo(before);
    }

    @Test
    void thePublicQrCheckShowsPublicFieldsOnly() throws Exception {
        long owner = jdbc.queryForObject("select min(id) from enterprise where region_code = '130102'", Long.class);
        Map<?, ?> filed = file(Role.COUNTY_OFFICER, body("FUEL_DISPENSER", "ITEST-QR-123456", owner, "130102"));
        String token = (String) filed.get("qrToken");
        String out = mvc.perform(get("/api/public/instruments/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> pub = json.readValue(out, Map.class);
        // the verification standing (valid / due / overdue, issue 13 item 3) is public; nothing private is
        assertThat(pub.keySet()).containsExactlyInAnyOrder("categoryNameZh", "categoryNameEn", "maker", "model",
                "maskedSerialNumber", "ownerName", "status", "verification");
        assertThat(pub.get("categoryNameZh")).isEqualTo("燃油加油机");
        assertThat(pub.get("maskedSerialNumber")).isEqualTo("***********3456");
        assertThat(pub.get("ownerName")).isEqualTo(jdbc.queryForObject("select name from enterprise where id = ?", String.class, owner));
        assertThat(out).doesNotContain("ITEST-QR-123456", "摊位1号", "130102", "2024F001-13", token);

        String page = mvc.perform(get("/public/instruments/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("***********3456", "燃油加油机").doesNotContain("ITEST-QR-123456", "摊位1号");
        mvc.perform(get("/api/public/instruments/NoSuchTokenAtAll00000")).andExpect(status().isNotFound());
    }

    @Test
    void statusChangesAreAuditedAndIllegalOnesRefused() throws Exception {
        var me = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        Map<?, ?> filed = file(Role.ENTERPRISE_USER, body("DIGITAL_INDICATING_SCALE", "ITEST-ST-0001", null, ""));
        long id = ((Number) filed.get("id")).longValue();
        mvc.perform(post("/api/instruments/" + id + "/status").with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"change\":\"SUSPEND\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(post("/api/instruments/" + id + "/status").with(csrf()).with(TestLogins.as(identity, Role.COUNTY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"change\":\"SCRAP\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCRAPPED"));
        mvc.perform(post("/api/instruments/" + id + "/status").with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"change\":\"REACTIVATE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].rule").value("transition"));
        var actions = jdbc.queryForList("select action || '/' || actor from audit_entry where entity_type = 'instrument' "
                + "and entity_id = ? order by id", String.class, String.valueOf(id));
        assertThat(actions).containsExactly("instrument.file/enterprise", "instrument.suspend/enterprise",
                "instrument.scrap/county");
        assertThat(jdbc.queryForObject("select after_json from audit_entry where action = 'instrument.scrap' and entity_id = ?",
                String.class, String.valueOf(id))).contains("SCRAPPED");
        // a scrapped instrument is no longer edited
        mvc.perform(put("/api/instruments/" + id).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("DIGITAL_INDICATING_SCALE", "ITEST-ST-0001", me.partyId(), "").replace("}", ",\"version\":2}")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("not-scrapped"));
    }

    @Test
    void editsCheckTheVersion() throws Exception {
        Map<?, ?> filed = file(Role.ENTERPRISE_USER, body("PRICE_COMPUTING_SCALE", "ITEST-ED-0001", null, ""));
        long id = ((Number) filed.get("id")).longValue();
        String edit = body("PRICE_COMPUTING_SCALE", "ITEST-ED-0001", null, "").replace("T-1", "T-2").replace("}", ",\"version\":0}");
        mvc.perform(put("/api/instruments/" + id).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk()).andExpect(jsonPath("$.model").value("T-2")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/instruments/" + id).with(csrf()).with(TestLogins.as(identity, Role.ENTERPRISE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theDetailPageShowsTheDueDateBasisAndTheQrLink() throws Exception {
        Map<?, ?> filed = file(Role.ENTERPRISE_USER, body("PRICE_COMPUTING_SCALE", "ITEST-PG-0001", null, ""));
        String page = mvc.perform(get("/instruments/" + filed.get("id")).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // a newly filed instrument has no certificate yet: its standing says so (one source of truth, issue 13 item 1)
        assertThat(page).contains("/public/instruments/" + filed.get("qrToken"), "尚无有效检定证书", "JJG 539-2016");
        mvc.perform(get("/api/instrument-categories").with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='FOCIMETER')].intervalMonths").value(org.hamcrest.Matchers.contains((Object) null)));
    }
}
