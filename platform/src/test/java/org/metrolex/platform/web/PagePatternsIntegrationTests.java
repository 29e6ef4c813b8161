package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.FormPosts;
import org.metrolex.support.MetrolexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The patterns every page shares (issue 13): one error rendering for every form (all errors at once, on
 * their fields, in the page's language, no internal keys), post-then-redirect also on refusal, branded
 * error pages, and confirmation before irreversible steps.
 */
@MetrolexIntegrationTest
class PagePatternsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired JdbcTemplate jdbc;

    private DemoLogins logins() {
        return new DemoLogins(identity);
    }

    @Test
    void aSupervisionFormShowsEveryErrorOnItsFieldInThePageLanguageAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from supervision_campaign", Integer.class);
        var county = logins().as("county");
        String zh = FormPosts.submit(mvc, post("/supervision/campaigns/new").with(county).with(csrf())
                .param("name", "").param("type", "MARKET_SCALES").param("targetRegionCode", "130102")
                .param("sampleSize", "abc").param("sampleRatio", "").param("stratifyBy", "NONE").param("inspectorsPerTask", "9"), county);
        // the unreadable number, and what the command refuses besides it, at once
        assertThat(zh).contains("抽取数量须为整数，填写的“abc”不是整数")
                .contains("请填写计划名称")
                .contains("每个任务的检查人员为1至5名")
                .doesNotContain("sampleSize ·").doesNotContain("须填写且只填写一项");
        assertThat(zh).contains("data-testid=\"field-error-sampleSize\"").contains("data-testid=\"field-error-name\"")
                .contains("data-testid=\"field-error-inspectorsPerTask\"");
        assertThat(zh.split("is-invalid", -1).length - 1).as("fields marked invalid").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from supervision_campaign", Integer.class)).as("nothing written").isEqualTo(before);

        String en = FormPosts.submit(mvc, post("/supervision/campaigns/new").param("lang", "en").with(county).with(csrf())
                .param("name", "x").param("type", "MARKET_SCALES").param("targetRegionCode", "130102")
                .param("sampleSize", "abc").param("inspectorsPerTask", "2"), county);
        assertThat(en).contains("Sample size must be a whole number").doesNotContain("须为整数");
    }

    @Test
    void errorPagesAreBrandedBilingualAndLeadBack() throws Exception {
        String page405 = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/licensing/applications/28/action"))
                .andExpect(status().isMethodNotAllowed()).andReturn().getResponse().getContentAsString();
        assertThat(page405).contains("data-testid=\"error-page\"").contains("此地址只用于提交表单")
                .contains("href=\"/licensing/applications/28\"").contains("返回首页").contains("navbar")
                .doesNotContain("Whitelabel");
        String page404en = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).param("lang", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page404en).contains("does not exist").contains("Back to the home page");
        for (int code : new int[] {400, 403, 409, 413, 500}) {
            String body = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code))
                    .andExpect(status().is(code)).andReturn().getResponse().getContentAsString();
            assertThat(body).as("status %d", code).contains("data-testid=\"error-detail\"").contains("返回首页")
                    .doesNotContain("error.title").doesNotContain("error.detail");
        }
        // an API client gets the bilingual problem body
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.messageZh").value("未找到"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.messageEn").value("Not found"));
    }

    @Test
    void irreversibleStepsAreConfirmedOnTheirOwnPageBeforeTheyHappen() throws Exception {
        var admin = logins().as("admin");
        Long campaign = jdbc.queryForObject("select min(id) from supervision_campaign", Long.class);
        String status = jdbc.queryForObject("select status from supervision_campaign where id = ?", String.class, campaign);
        // the POST without the confirmation's flag does nothing and leads to the confirmation page
        mvc.perform(post("/supervision/campaigns/{id}/publish", campaign).with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/supervision/campaigns/" + campaign + "/publish"));
        assertThat(jdbc.queryForObject("select status from supervision_campaign where id = ?", String.class, campaign)).isEqualTo(status);
        String confirm = mvc.perform(get("/supervision/campaigns/{id}/publish", campaign).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("data-testid=\"confirm-consequence\"").contains("不能撤回")
                .contains("name=\"confirm\" value=\"yes\"").contains("action=\"/supervision/campaigns/" + campaign + "/publish\"");

        Long verification = jdbc.queryForObject("select min(verification_id) from certificate where status = 'VALID'", Long.class);
        String number = jdbc.queryForObject("select number from certificate where verification_id = ?", String.class, verification);
        mvc.perform(post("/verifications/{id}/revoke", verification).param("reason", "示值超差").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from certificate where verification_id = ?", String.class, verification))
                .isEqualTo("VALID");
        String revoke = mvc.perform(get("/verifications/{id}/revoke", verification).param("reason", "示值超差").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revoke).contains(number).contains("示值超差").contains("不能恢复").contains("name=\"reason\" value=\"示值超差\"");
    }

    @Test
    void thePublicVerifiesAPublishedDrawInWordsAndAnInstitutionSeesItsQueues() throws Exception {
        Long campaign = jdbc.queryForObject("select min(id) from supervision_campaign where status = 'PUBLISHED'", Long.class);
        String check = mvc.perform(get("/public/spot-checks/{id}/verification", campaign))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // re-drawn here from the published list and seed: list, seed and every target agree
        assertThat(check).contains("核验通过").contains("名单在抽取前后没有改动").contains("种子不是抽取后挑选的")
                .contains("与公布的任务逐一相同").doesNotContain("核验未通过");
        assertThat(check.split("text-bg-success", -1).length - 1).isEqualTo(3);
        assertThat(mvc.perform(get("/public/spot-checks/{id}", campaign)).andReturn().getResponse().getContentAsString())
                .contains("/public/spot-checks/" + campaign + "/verification");

        var institution = logins().as("institution");
        String list = mvc.perform(get("/verifications").with(institution)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("data-testid=\"queue-assigned\"").contains("新指派待检定（")
                .contains("data-testid=\"queue-certified\"");
    }
}
