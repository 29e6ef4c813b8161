package org.metrolex.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.support.DemoLogins;
import org.metrolex.identity.IdentityManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class AuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    DemoLogins logins() {
        return new DemoLogins(identity);
    }

    /** A change through the API, so that the chain has an entry written by a logged-in user. */
    void changeSomething() throws Exception {
        mvc.perform(post("/api/people").with(logins().as("city")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"审计测试\",\"role\":\"INSPECTOR\",\"regionCode\":\"130100\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theChainIsIntactAfterChanges() throws Exception {
        changeSomething();
        mvc.perform(get("/api/audit/verify").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(greaterThan(100)))
                .andExpect(jsonPath("$.firstBrokenId").doesNotExist());
        mvc.perform(get("/api/audit/verify").with(logins().as("city")))
                .andExpect(status().isForbidden());
    }

    @Test
    void entriesAreFilteredByEntityAndPaged() throws Exception {
        changeSomething();
        mvc.perform(get("/api/audit/entries").param("entityType", "person").param("size", "5").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.total").value(greaterThan(5)))
                .andExpect(jsonPath("$.items[0].entityType").value("person"))
                .andExpect(jsonPath("$.items[0].actor").value("city"));
    }

    @Test
    void thePageListsEntriesAndVerifiesTheChain() throws Exception {
        changeSomething();
        mvc.perform(get("/admin/audit").param("entityType", "person").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计记录")))
                .andExpect(content().string(containsString("person.create")))
                .andExpect(content().string(containsString("<details>")));
        mvc.perform(get("/admin/audit/verify").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"audit-verify-result\"")))
                .andExpect(content().string(containsString("哈希链完整")));
        mvc.perform(get("/admin/audit").param("verify", "true").param("lang", "en").with(logins().as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hash chain intact")));
        mvc.perform(get("/admin/audit").with(logins().as("city")))
                .andExpect(status().isForbidden());
    }
}
