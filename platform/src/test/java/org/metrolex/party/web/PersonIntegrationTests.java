package org.metrolex.party.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.support.DemoLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class PersonIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    DemoLogins logins() {
        return new DemoLogins(identity);
    }

    long createPerson(String user, String json) throws Exception {
        String body = mvc.perform(post("/api/people").with(logins().as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    /** The institution of the demo institution-staff account: 石家庄's city institute. */
    long shijiazhuangInstitute() {
        return logins().principal("institution").partyId();
    }

    @Test
    void aVerifierWithoutInstitutionIsRefusedNamingInstitutionIdInBothLanguages() throws Exception {
        mvc.perform(post("/api/people").with(logins().as("city")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"无所属\",\"role\":\"VERIFIER\",\"regionCode\":\"130100\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("institutionId"))
                .andExpect(jsonPath("$.errors[0].messageZh").value(containsString("检定机构")))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("institution")));
    }

    @Test
    void aVerifierIsCreatedAndQualified() throws Exception {
        long id = createPerson("city", "{\"name\":\"测试检定员\",\"role\":\"VERIFIER\",\"regionCode\":\"130100\",\"institutionId\":%d}"
                .formatted(shijiazhuangInstitute()));
        mvc.perform(post("/api/people/" + id + "/qualifications").with(logins().as("city")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"certificateNo\":\"冀检T0001\",\"scope\":\"电子计价秤\",\"validFrom\":\"2025-01-01\",\"validUntil\":\"2029-12-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.qualifications.length()").value(1))
                .andExpect(jsonPath("$.qualifications[0].scope").value("电子计价秤"));
        // The institution sees its new verifier; an enterprise user reaches no person at all.
        mvc.perform(get("/api/people/" + id).with(logins().as("institution")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("测试检定员"));
        mvc.perform(get("/api/people").with(logins().as("enterprise")))
                .andExpect(status().isForbidden());
    }

    @Test
    void institutionStaffMayNotCreatePeople() throws Exception {
        mvc.perform(post("/api/people").with(logins().as("institution")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"自建\",\"role\":\"VERIFIER\",\"regionCode\":\"130100\",\"institutionId\":%d}"
                                .formatted(shijiazhuangInstitute())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSearchFiltersByRoleAndInstitution() throws Exception {
        mvc.perform(get("/api/people").param("role", "VERIFIER")
                        .param("institution", String.valueOf(shijiazhuangInstitute())).with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].role").value("VERIFIER"))
                .andExpect(jsonPath("$.items[0].institutionId").value(shijiazhuangInstitute()));
    }

    @Test
    void theDetailPageHighlightsExpiredAndSoonExpiringQualifications() throws Exception {
        long id = createPerson("admin", "{\"name\":\"到期测试\",\"role\":\"INSPECTOR\",\"regionCode\":\"130000\"}");
        LocalDate today = LocalDate.now(clock);
        for (String[] q : new String[][] {{"E-1", today.minusDays(1).toString()}, {"E-2", today.plusDays(30).toString()},
                {"E-3", today.plusYears(3).toString()}}) {
            mvc.perform(post("/api/people/" + id + "/qualifications").with(logins().as("admin")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"certificateNo\":\"%s\",\"scope\":\"计量监督检查\",\"validFrom\":\"2020-01-01\",\"validUntil\":\"%s\"}"
                                    .formatted(q[0], q[1])))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/people/" + id).with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"qualification-expired\"")))
                .andExpect(content().string(containsString("data-testid=\"qualification-expiring\"")))
                .andExpect(content().string(containsString("90日内到期")))
                .andExpect(content().string(containsString("data-testid=\"add-qualification\"")));
    }

    @Test
    void thePersonFormOffersTheInstitutionsInScopeAndShowsErrors() throws Exception {
        mvc.perform(get("/people/new").with(logins().as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("石家庄市计量测试所（演示）")))
                .andExpect(content().string(containsString("name=\"institutionId\"")));
        org.assertj.core.api.Assertions.assertThat(org.metrolex.support.FormPosts.submit(mvc, post("/people/new").with(logins().as("city")).with(csrf())
                        .param("name", "无机构检定员").param("role", "VERIFIER").param("regionCode", "130100")
                        .param("institutionId", "").param("version", "0"), logins().as("city")))
                .contains("检定员必须属于一个检定机构").contains("value=\"无机构检定员\"");
    }

    @Test
    void theListPageRendersForInstitutionStaff() throws Exception {
        mvc.perform(get("/people").with(logins().as("institution")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"person-table\"")))
                .andExpect(content().string(containsString("检定员")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/people/new\""))));
    }
}
