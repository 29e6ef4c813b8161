package org.metrolex.region.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.support.DemoLogins;
import org.metrolex.identity.IdentityManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class RegionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Test
    void theProvinceHasElevenPrefectureCitiesWithoutLogin() throws Exception {
        mvc.perform(get("/api/regions/130000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region.code").value("130000"))
                .andExpect(jsonPath("$.region.level").value("PROVINCE"))
                .andExpect(jsonPath("$.children[?(@.level == 'PREFECTURE')]", hasSize(11)))
                .andExpect(jsonPath("$.children[*].code", hasItem("130100")))
                .andExpect(jsonPath("$.path", hasSize(1)));
    }

    @Test
    void aCountyComesWithItsPathFromTheProvince() throws Exception {
        mvc.perform(get("/api/regions/130102"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region.parentCode").value("130100"))
                .andExpect(jsonPath("$.path[*].code", org.hamcrest.Matchers.contains("130000", "130100", "130102")))
                .andExpect(jsonPath("$.children", hasSize(0)));
    }

    @Test
    void anUnknownCodeIsA404NamingTheCode() throws Exception {
        mvc.perform(get("/api/regions/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(containsString("999999")));
    }

    @Test
    void theListIsFlatAndSearchableByName() throws Exception {
        mvc.perform(get("/api/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("130000"))
                .andExpect(jsonPath("$[0].parentCode").doesNotExist());
        // Several cities have a 桥西区; the search finds them all.
        mvc.perform(get("/api/regions").param("q", "桥西"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("桥西区")))
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(1)));
    }

    @Test
    void theTreePageRendersForAnOfficer() throws Exception {
        mvc.perform(get("/regions").param("q", "长安").with(new DemoLogins(identity).as("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"region-tree\"")))
                .andExpect(content().string(containsString("石家庄市")))
                .andExpect(content().string(containsString("河北省 / 石家庄市 / 长安区")));
        mvc.perform(get("/regions").with(new DemoLogins(identity).as("enterprise")))
                .andExpect(status().isForbidden());
    }
}
