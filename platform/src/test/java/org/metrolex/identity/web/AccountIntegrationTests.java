package org.metrolex.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.support.DemoLogins;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.scope.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class AccountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    java.time.Clock clock;

    @Autowired
    PartyManagement parties;

    DemoLogins logins() {
        return new DemoLogins(identity);
    }

    @Test
    void theAccountListNeverCarriesPasswordHashes() throws Exception {
        mvc.perform(get("/api/accounts").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'city')].regionCode").value("130100"))
                .andExpect(content().string(not(containsString("passwordHash"))))
                .andExpect(content().string(not(containsString("$argon2"))));
        mvc.perform(get("/api/accounts").with(logins().as("city")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anIssuedTokenAuthenticatesAsItsAccount() throws Exception {
        long cityId = logins().principal("city").userId();
        String body = mvc.perform(post("/api/accounts/" + cityId + "/tokens").with(logins().as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"对接系统\",\"expiresAt\":\"" + java.time.LocalDate.now(clock).plusDays(30) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(startsWith("mlx_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonMapper.builder().build().readTree(body).get("token").asString();
        mvc.perform(get("/api/institutions").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].regionCode").value(startsWith("1301")));
    }

    @Test
    void aTokenExpiringInThePastIsRefusedNamingExpiresAt() throws Exception {
        long cityId = logins().principal("city").userId();
        mvc.perform(post("/api/accounts/" + cityId + "/tokens").with(logins().as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"过期\",\"expiresAt\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("future")));
    }

    @Test
    void aLockedAccountIsShownAndUnlocked() throws Exception {
        for (int i = 0; i < 5; i++) {
            identity.recordLoginFailure("county", "127.0.0.1");
        }
        long countyId = logins().principal("county").userId();
        mvc.perform(get("/admin/accounts").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号与令牌")))
                .andExpect(content().string(containsString("data-testid=\"unlock-county\"")))
                .andExpect(content().string(containsString("河北省 / 石家庄市 / 长安区")));
        mvc.perform(post("/api/accounts/" + countyId + "/unlock").with(logins().as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedAttempts").value(0))
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());
    }

    @Test
    void thePageIssuesATokenShownOnce() throws Exception {
        long enterpriseId = logins().principal("enterprise").userId();
        String issued = org.metrolex.support.FormPosts.submit(mvc, post("/admin/accounts/tokens").with(logins().as("admin")).with(csrf())
                        .param("accountId", String.valueOf(enterpriseId)).param("name", "企业上报").param("expiresAt", ""), logins().as("admin"));
        org.assertj.core.api.Assertions.assertThat(issued).contains("data-testid=\"issued-token\">mlx_");
        // shown once: the page read again (a reload) neither shows it nor issues another
        mvc.perform(get("/admin/accounts").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"issued-token\""))));
        String refused = org.metrolex.support.FormPosts.submit(mvc, post("/admin/accounts/tokens").with(logins().as("admin")).with(csrf())
                        .param("accountId", String.valueOf(enterpriseId)).param("name", ""), logins().as("admin"));
        org.assertj.core.api.Assertions.assertThat(refused).contains("令牌名称必填").contains("is-invalid")
                .doesNotContain("data-testid=\"issued-token\"");
        mvc.perform(get("/admin/accounts").with(logins().as("city")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccountsPageNamesEachAccountsOrganisationWithALink() throws Exception {
        var institution = logins().principal("institution");
        var enterprise = logins().principal("enterprise");
        DataScope system = DataScope.system("test");
        String institutionName = parties.requireInstitution(system, institution.partyId()).name();
        String enterpriseName = parties.requireEnterprise(system, enterprise.partyId()).name();
        mvc.perform(get("/admin/accounts").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/institutions/" + institution.partyId()
                        + "\" data-testid=\"account-party-institution\">" + institutionName + "</a>")))
                .andExpect(content().string(containsString("<a href=\"/enterprises/" + enterprise.partyId()
                        + "\" data-testid=\"account-party-enterprise\">" + enterpriseName + "</a>")))
                .andExpect(content().string(not(containsString("#" + institution.partyId() + "<"))));
    }
}
