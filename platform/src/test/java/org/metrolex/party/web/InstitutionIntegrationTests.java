package org.metrolex.party.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.metrolex.support.DemoLogins;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.metrology.identifier.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class InstitutionIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    DemoLogins logins() {
        return new DemoLogins(identity);
    }

    /** A fresh credit code of a public institution (prefix 12) in the region, with its GB 32100 check character. */
    static String creditCode(String region) {
        String first17 = "12" + region + "MA" + String.format("%07d", 4_000_000 + SERIAL.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    JsonNode createInstitution(String user, String region) throws Exception {
        String body = """
                {"creditCode":"%s","name":"测试计量所%d","address":"测试路1号","regionCode":"%s","kind":"STATUTORY","contactPhone":"0311-1"}
                """.formatted(creditCode(region), SERIAL.get(), region);
        String json = mvc.perform(post("/api/institutions").with(logins().as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(json);
    }

    @Test
    void cityOfficerCreatesAnInstitutionAndAuthorisesIt() throws Exception {
        JsonNode created = createInstitution("city", "130100");
        long id = created.get("id").asLong();
        assertThat(created.get("authorizations")).isEmpty();

        mvc.perform(post("/api/institutions/" + id + "/authorizations").with(logins().as("city")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"certificateNo":"(冀)法计(2026)09999","instrumentType":"电子计价秤","regionCode":"130102",
                                 "validFrom":"2026-01-01","validUntil":"2030-12-31"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorizations.length()").value(1))
                .andExpect(jsonPath("$.authorizations[0].instrumentType").value("电子计价秤"))
                .andExpect(jsonPath("$.authorizations[0].validUntil").value("2030-12-31"));

        mvc.perform(get("/api/institutions/" + id).with(logins().as("county")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAuthorisationEndingBeforeItStartsIsRefusedNamingValidUntilInBothLanguages() throws Exception {
        long id = createInstitution("admin", "130200").get("id").asLong();
        mvc.perform(post("/api/institutions/" + id + "/authorizations").with(logins().as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"certificateNo":"X-1","instrumentType":"水表","regionCode":"130200",
                                 "validFrom":"2026-06-01","validUntil":"2026-05-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"))
                .andExpect(jsonPath("$.errors[0].rule").value("after-from"))
                .andExpect(jsonPath("$.errors[0].messageZh").value(containsString("有效期至")))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("valid until")));
        mvc.perform(get("/api/institutions/" + id).with(logins().as("admin")))
                .andExpect(jsonPath("$.authorizations.length()").value(0));
    }

    @Test
    void aMalformedDateIsNamed() throws Exception {
        long id = createInstitution("admin", "130200").get("id").asLong();
        mvc.perform(post("/api/institutions/" + id + "/authorizations").with(logins().as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"certificateNo":"X-2","instrumentType":"水表","regionCode":"130200",
                                 "validFrom":"01.06.2026","validUntil":"2027-05-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].rule").value("date-format"));
    }

    @Test
    void aCountyOfficerMayNotRegisterAnInstitution() throws Exception {
        mvc.perform(post("/api/institutions").with(logins().as("county")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"creditCode":"%s","name":"县所","regionCode":"130102","kind":"STATUTORY"}"""
                                .formatted(creditCode("130102"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditNeedsTheCurrentVersion() throws Exception {
        JsonNode created = createInstitution("city", "130100");
        long id = created.get("id").asLong();
        String edit = """
                {"creditCode":"%s","name":"改名计量所","regionCode":"130100","kind":"AUTHORIZED","version":%d}""";
        String code = created.get("creditCode").asString();
        int version = created.get("version").asInt();
        mvc.perform(put("/api/institutions/" + id).with(logins().as("city")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit.formatted(code, version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("改名计量所"))
                .andExpect(jsonPath("$.kind").value("AUTHORIZED"));
        mvc.perform(put("/api/institutions/" + id).with(logins().as("city")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit.formatted(code, version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/institutions/" + id + "/deactivate").with(logins().as("city")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void institutionStaffSeeOnlyTheirOwnInstitution() throws Exception {
        long own = logins().principal("institution").partyId();
        mvc.perform(get("/api/institutions").with(logins().as("institution")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own));
        mvc.perform(post("/api/institutions/" + own + "/deactivate").with(logins().as("institution")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListPageRendersForAnOfficer() throws Exception {
        mvc.perform(get("/institutions").with(logins().as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("法定计量检定机构")))
                .andExpect(content().string(containsString("石家庄市计量测试所（演示）")))
                .andExpect(content().string(containsString("href=\"/institutions/new\"")));
        mvc.perform(get("/institutions/new").with(logins().as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"creditCode\"")));
        mvc.perform(get("/institutions/new").with(logins().as("county")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDetailPageMarksExpiredAuthorisationsAndListsVerifiers() throws Exception {
        // The demo data let one line of the second city institute run out on 2025-06-30.
        String list = mvc.perform(get("/api/institutions").param("size", "200").with(logins().as("admin")))
                .andReturn().getResponse().getContentAsString();
        long expiredId = -1;
        for (JsonNode i : JSON.readTree(list).get("items")) {
            for (JsonNode a : i.get("authorizations")) {
                if (a.get("validUntil").asString().equals("2025-06-30")) {
                    expiredId = i.get("id").asLong();
                }
            }
        }
        assertThat(expiredId).isPositive();
        mvc.perform(get("/institutions/" + expiredId).with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"authorization-expired\"")))
                .andExpect(content().string(containsString("已过期")))
                .andExpect(content().string(containsString("data-testid=\"verifier-table\"")))
                .andExpect(content().string(containsString("/people/")))
                .andExpect(content().string(containsString("data-testid=\"add-authorization\"")));
    }

    @Test
    void theAuthorisationFormShowsTheFieldErrorInThePageLanguage() throws Exception {
        long id = createInstitution("city", "130100").get("id").asLong();
        var bad = post("/institutions/" + id + "/authorizations").with(logins().as("city")).with(csrf())
                .param("certificateNo", "X-3").param("instrumentType", "水表").param("regionCode", "130100")
                .param("validFrom", "2026-06-01").param("validUntil", "2026-01-01");
        org.assertj.core.api.Assertions.assertThat(org.metrolex.support.FormPosts.submit(mvc, bad, logins().as("city")))
                .contains("有效期至不得早于有效期起").contains("is-invalid");
        org.assertj.core.api.Assertions.assertThat(org.metrolex.support.FormPosts.submit(mvc,
                        post("/institutions/" + id + "/authorizations").with(logins().as("city")).with(csrf())
                        .param("lang", "en")
                        .param("certificateNo", "X-3").param("instrumentType", "水表").param("regionCode", "130100")
                        .param("validFrom", "2026-06-01").param("validUntil", "2026-01-01"), logins().as("city")))
                .contains("valid until must not be before valid from");
    }

    @Test
    void institutionStaffSeeTheirInstitutionPageWithoutEditing() throws Exception {
        long own = logins().principal("institution").partyId();
        mvc.perform(get("/institutions/" + own).with(logins().as("institution")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("计量授权范围")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"add-authorization\""))));
    }
}
