package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.problem.Problem;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.FormPosts;
import org.metrolex.support.MetrolexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input bounds and error mapping (issue 14): each finding of the security test, replayed. Bad input is a
 * 400 naming the field and the limit in both languages — never a 500, never a "duplicate" 409 — for the
 * API and for the page forms; a real duplicate is still a 409 naming its field.
 */
@MetrolexIntegrationTest
class InputLimitsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    private DemoLogins logins() {
        return new DemoLogins(identity);
    }

    /** The problem body of a refused API call, asserting its status. */
    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return json.readTree(r.getContentAsString());
    }

    private static void namesField(JsonNode problem, String field, String... inMessage) {
        JsonNode error = null;
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                error = e;
            }
        }
        assertThat(error).as("an error on %s in %s", field, problem).isNotNull();
        for (String s : inMessage) {
            assertThat(error.get("messageZh").asString() + " | " + error.get("messageEn").asString()).contains(s);
        }
    }

    private Map<String, Object> enterprise() {
        return jdbc.queryForMap("select id, credit_code, name, region_code, category, version from enterprise "
                + "where region_code like '1301%' order by id limit 1");
    }

    private String enterpriseJson(Map<String, Object> e, String name, String address) {
        return json.writeValueAsString(Map.of("creditCode", e.get("credit_code"), "name", name, "address", address,
                "regionCode", e.get("region_code"), "category", e.get("category"), "version", e.get("version")));
    }

    @Test
    void anOversizedAddressIsRefusedNamingTheFieldAndTheLimitAndTheExportKeepsWorking() throws Exception {
        var admin = logins().as("admin");
        Map<String, Object> e = enterprise();
        JsonNode p = problem(put("/api/enterprises/{id}", e.get("id")).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(enterpriseJson(e, (String) e.get("name"), "街".repeat(32_768))), 400);
        namesField(p, "address", "地址", "500", "at most 500 characters");
        p = problem(put("/api/enterprises/{id}", e.get("id")).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("creditCode", e.get("credit_code"), "name", e.get("name"),
                        "legalRepresentative", "张".repeat(201), "regionCode", e.get("region_code"), "category", e.get("category"),
                        "version", e.get("version")))), 400);
        namesField(p, "legalRepresentative", "200");
        // the schema holds the same limit for every other writer
        Throwable refused = catchThrowable(() -> jdbc.update("update enterprise set address = ? where id = ?", "街".repeat(501), e.get("id")));
        Problem mapped = ErrorMapping.of(refused, "");
        assertThat(mapped.status()).isEqualTo(400);
        assertThat(mapped.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("address");
            assertThat(err.messageZh()).contains("地址").contains("500");
        });
        assertThat(mvc.perform(get("/api/enterprises/export").with(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRealDuplicateIsAConflictNamingItsFieldAndOtherDatabaseRefusalsAreNot() {
        Map<String, Object> e = enterprise();
        Long other = jdbc.queryForObject("select max(id) from enterprise", Long.class);
        Throwable duplicate = catchThrowable(() -> jdbc.update("update enterprise set credit_code = ? where id = ?", e.get("credit_code"), other));
        Problem conflict = ErrorMapping.of(duplicate, "");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.errors()).extracting(Problem.FieldError::field).containsExactly("creditCode");
        Throwable nul = catchThrowable(() -> jdbc.update("update enterprise set name = ? where id = ?", "a\u0000b", e.get("id")));
        assertThat(ErrorMapping.of(nul, "").status()).isEqualTo(400);
        assertThat(ErrorMapping.of(nul, "").messageZh()).doesNotContain("重复");
        Throwable offset = catchThrowable(() -> jdbc.queryForList("select id from enterprise offset -5"));
        assertThat(ErrorMapping.of(offset, "").status()).isEqualTo(400);
        Throwable overflow = catchThrowable(() -> jdbc.queryForObject("select 1e20::numeric(12, 2)", Object.class));
        assertThat(ErrorMapping.of(overflow, "").status()).isEqualTo(400);
    }

    @Test
    void controlCharactersAndBrokenCharactersAreRefusedInBodiesAndParameters() throws Exception {
        var admin = logins().as("admin");
        Map<String, Object> e = enterprise();
        JsonNode p = problem(put("/api/enterprises/{id}", e.get("id")).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(enterpriseJson(e, "a\u0000b", "")), 400);
        namesField(p, "name", "NUL");
        // a lone surrogate, as JSON can carry it, is refused rather than saved as "?"
        p = problem(put("/api/enterprises/{id}", e.get("id")).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(enterpriseJson(e, "x", "").replace("\"name\":\"x\"", "\"name\":\"a\\ud800b\"")), 400);
        namesField(p, "name", "Unicode");
        p = problem(get("/api/enterprises").param("q", "a\u0000").with(admin), 400);
        namesField(p, "q", "NUL");
        p = problem(get("/api/enterprises").param("page", "99999999").param("size", "200").with(admin), 400);
        namesField(p, "page", "1000000");
    }

    @Test
    void instrumentTextAboveItsLimitIsA400OnTheApiAndOnTheForm() throws Exception {
        var county = logins().as("county");
        String mb = "m".repeat(1 << 20);
        for (String field : new String[] {"maker", "model", "location"}) {
            JsonNode p = problem(post("/api/instruments").with(county).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of(field, mb))), 400);
            namesField(p, field, "200");
        }
        String page = FormPosts.submit(mvc, post("/instruments/new").header("Referer", "http://localhost/instruments/new")
                .with(county).with(csrf()).param("maker", mb).param("model", "M1"), county);
        assertThat(page).contains("data-testid=\"field-error-maker\"").contains("制造单位").contains("200");
    }

    @Test
    void aNulInAnEnterpriseNameOnThePageFormIsShownOnTheField() throws Exception {
        var county = logins().as("county");
        int before = jdbc.queryForObject("select count(*) from enterprise", Integer.class);
        String page = FormPosts.submit(mvc, post("/enterprises/new").header("Referer", "http://localhost/enterprises/new")
                .with(county).with(csrf()).param("name", "坏\u0000名").param("creditCode", "91130102MA0000000X"), county);
        assertThat(page).contains("data-testid=\"field-error-name\"").contains("NUL");
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Integer.class)).isEqualTo(before);
        // without a page of this site to go back to, the branded error page says the same
        var r = mvc.perform(post("/enterprises/new").with(county).with(csrf()).accept(MediaType.TEXT_HTML).param("name", "坏\u0000名"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(((Problem) r.getRequest().getAttribute(PageErrorAdvice.PROBLEM)).errors())
                .extracting(Problem.FieldError::field).containsExactly("name");
    }

    @Test
    void readingsOutOfAnyPlausibleRangeAndImpossibleDatesAreRefused() throws Exception {
        var institution = logins().as("institution");
        Long v = jdbc.queryForObject("select min(id) from verification", Long.class);
        JsonNode p = problem(post("/api/verifications/{id}/readings", v).with(institution).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verificationDate\":\"0000-01-01\"}"), 400);
        namesField(p, "verificationDate", "1900-01-01");
        p = problem(post("/api/verifications/{id}/readings", v).with(institution).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verificationDate\":\"-999999999-01-01\"}"), 400);
        namesField(p, "verificationDate");
        for (String max : new String[] {"1e400", "1e300"}) {
            p = problem(post("/api/verifications/{id}/readings", v).with(institution).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"readings\":{\"family\":\"SCALE\",\"max\":" + max + "}}"), 400);
            namesField(p, "max", "1000000000000");
        }
        p = problem(post("/api/verifications/{id}/readings", v).with(institution).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"feeYuan\":1e20}"), 400);
        namesField(p, "feeYuan", "9999999.99");
        // the page form: see VerificationFormsIntegrationTests (a verification of its own, assigned to the institution)
    }

    @Test
    void countsThatWouldOverflowAndImpossibleLotsAreRefused() throws Exception {
        var admin = logins().as("admin");
        JsonNode p = problem(post("/api/supervision/tasks/{id}/inspection", 1).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrumentsChecked\":1,\"instrumentsUnverified\":2147483647,\"fraudFound\":1}"), 400);
        namesField(p, "instrumentsUnverified", "1000000");
        p = problem(post("/api/prepackaged/lots").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lotSize\":2147483647}"), 400);
        namesField(p, "lotSize", "1000000");
        p = problem(post("/api/prepackaged/lots").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inspectionDate\":\"0000-03-01\"}"), 400);
        namesField(p, "inspectionDate", "1900-01-01");
        p = problem(put("/api/prepackaged/lots/{id}/readings", 1).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"readings\":[{\"packageNumber\":1,\"net\":1e300}]}"), 400);
        namesField(p, "net", "9999999999");
    }

    @Test
    void aFileNameWithANulIsRefusedNamingTheFileName() throws Exception {
        var enterprise = logins().as("enterprise");
        Long id = jdbc.queryForObject("select min(id) from licence_application", Long.class);
        JsonNode p = problem(multipart("/api/licence-applications/{id}/documents", id)
                .file(new MockMultipartFile("file", "a\u0000.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .param("requirement", "application-form").with(enterprise).with(csrf()), 400);
        namesField(p, "fileName", "NUL");
    }

    @Test
    void anUnknownLanguageFallsBackToChinese() throws Exception {
        for (String lang : new String[] {"..", "<script>", "fr", "zz-ZZ-x"}) {
            var r = mvc.perform(get("/public/institutions").param("lang", lang)).andReturn().getResponse();
            assertThat(r.getStatus()).as(lang).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("lang=\"zh");
        }
    }

    @Test
    void unreadableInputIsA400WithTheBilingualBody() throws Exception {
        var admin = logins().as("admin");
        JsonNode p = problem(post("/api/instruments").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerEnterpriseId\":\"x\"}"), 400);
        assertThat(p.get("messageEn").asString()).isNotBlank();
        p = problem(get("/api/enterprises").param("page", "x").with(admin), 400);
        namesField(p, "page");
    }
}
