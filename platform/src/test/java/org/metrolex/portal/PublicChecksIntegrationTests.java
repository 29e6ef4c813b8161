package org.metrolex.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.support.MetrolexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public finds (issue 13, items 3 and 5): a certificate-number box on the public home and in the
 * menu, the check at the address the QR code encodes, a plain bilingual "not found", and region names on the
 * public spot-check pages.
 */
@MetrolexIntegrationTest
class PublicChecksIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePublicHomeOffersTheCertificateCheckAndNoLongerPromisesItLater() throws Exception {
        String zh = page("/", "zh");
        assertThat(zh).contains("data-testid=\"certificate-number\"", "action=\"/public/certificates\"", "href=\"/public/certificates\"")
                .doesNotContain("后续将开放");
        String en = page("/", "en");
        assertThat(en).contains("Check a verification certificate by its number").doesNotContain("checks follow");
    }

    @Test
    void aTypedNumberLeadsToTheCheckAtTheQrAddress() throws Exception {
        String number = jdbc.queryForObject("select number from certificate where status = 'VALID' and kind = 'CERTIFICATE' "
                + "order by id limit 1", String.class);
        mvc.perform(get("/public/certificates").param("number", " " + number.toLowerCase() + " "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/certificates/" + number));
        assertThat(page("/public/certificates/" + number, "zh")).contains(number, "data-testid=\"public-status\"");
        // an empty box is answered on the form, naming what is missing
        assertThat(mvc.perform(get("/public/certificates").param("number", "")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("请输入证书编号");
        assertThat(mvc.perform(get("/public/certificates").param("number", "").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Enter a certificate number");
    }

    @Test
    void anUnknownNumberGetsAPlainNotFoundPageInBothLanguages() throws Exception {
        String zh = mvc.perform(get("/public/certificates/I99999-2026-000001")).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(zh).contains("未找到该证书", "I99999-2026-000001", "data-testid=\"certificate-number\"").doesNotContain("Whitelabel");
        String en = mvc.perform(get("/public/certificates/I99999-2026-000001").param("lang", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Certificate not found", "I99999-2026-000001");
    }

    @Test
    void publicSpotCheckPagesNameTheRegions() throws Exception {
        String cell = "<td>[^<]*(省|市|区|县)[^<]*<div class=\"small text-muted font-monospace\">\\d{6}</div>";
        assertThat(page("/public/spot-checks", "zh")).containsPattern(cell);
        Long id = jdbc.queryForObject("select min(id) from supervision_campaign where status = 'PUBLISHED'", Long.class);
        assertThat(id).isNotNull();
        assertThat(page("/public/spot-checks/" + id, "zh")).containsPattern(cell);
    }
}
