package org.metrolex.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * RULES.md §2 worked example through the API (the 2014 registered metrologist exam, comparison A; the same numbers as
 * metrology-core's ComparisonExampleTests.EXAM_2014): point 1 gives Y = 0.367705, u(Y) = 0.001527 and En 0.114, 0.136,
 * 0.198, −0.330. Point 2 moves two laboratories so one is questionable (2 &lt; |z| &lt; 3) and one unsatisfactory
 * (|En| &gt; 1): publishing announces exactly those two.
 */
@MetrolexIntegrationTest
@RecordApplicationEvents
class ComparisonEvaluationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired PartyManagement parties;
    @Autowired JsonMapper json;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    private static RequestPostProcessor staffOf(Institution i) {
        MetrolexPrincipal p = new MetrolexPrincipal(0, "cmp-eval-" + i.id(), i.name(), Role.INSTITUTION_STAFF, i.regionCode(), i.id());
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                p, null, List.of(new SimpleGrantedAuthority(p.role().authority()))));
    }

    private String postJson(String path, Object body, RequestPostProcessor who, int expected) throws Exception {
        return mvc.perform(post(path).with(csrf()).with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private static String r(Object v, int decimals) {
        return new BigDecimal(v.toString()).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void rulesExampleEvaluatedAndPublishedThroughTheApi() throws Exception {
        RequestPostProcessor admin = TestLogins.as(identity, Role.PROVINCE_ADMIN);
        List<Institution> all = parties.institutionsInScope(DataScope.system("comparison-eval-test"));
        Institution pilot = all.get(4);
        Institution lab1 = all.get(5);
        Institution lab2 = all.get(6);
        Institution lab3 = all.get(7);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", "规则示例比对（测试）");
        plan.put("quantity", "示值误差");
        plan.put("pilotInstitutionId", pilot.id());
        plan.put("scheduleKind", "PETAL");
        plan.put("startDate", today.toString());
        plan.put("holdingWorkingDays", 5);
        plan.put("transportWorkingDays", 2);
        plan.put("resultsDeadline", today.plusDays(90).toString());
        plan.put("referenceMethod", "WEIGHTED_MEAN");
        plan.put("scoreTypes", List.of("EN", "Z"));
        plan.put("sigmaPtMethod", "FIXED");
        plan.put("sigmaPt", "0.002");
        plan.put("points", List.of(Map.of("label", "Q1", "unit", "%"), Map.of("label", "Q2", "unit", "%")));
        long id = ((Number) JsonPath.read(postJson("/api/comparisons", plan, admin, 201), "$.id")).longValue();
        for (Institution lab : List.of(lab1, lab2, lab3)) {
            postJson("/api/comparisons/" + id + "/participants", Map.of("institutionId", lab.id()), admin, 201);
        }
        postJson("/api/comparisons/" + id + "/start", Map.of(), staffOf(pilot), 200);
        String detail = mvc.perform(get("/api/comparisons/" + id).with(admin)).andReturn().getResponse().getContentAsString();
        List<Number> pointIds = JsonPath.read(detail, "$.points[*].id");
        long q1 = pointIds.get(0).longValue();
        long q2 = pointIds.get(1).longValue();

        submit(id, pilot, q1, "0.368", "0.004", q2, "0.368", "0.004");
        submit(id, lab1, q1, "0.369", "0.010", q2, "0.3715", "0.010");
        submit(id, lab2, q1, "0.370", "0.012", q2, "0.370", "0.012");
        submit(id, lab3, q1, "0.366", "0.006", q2, "0.359", "0.006");
        // a participant may not evaluate; nothing to evaluate before the close
        postJson("/api/comparisons/" + id + "/evaluate", Map.of(), staffOf(lab1), 403);
        postJson("/api/comparisons/" + id + "/evaluate", Map.of(), admin, 409);
        postJson("/api/comparisons/" + id + "/close", Map.of(), staffOf(pilot), 200);

        String evaluated = postJson("/api/comparisons/" + id + "/evaluate", Map.of(), staffOf(pilot), 200);
        assertThat(r(JsonPath.read(evaluated, "$.points[0].evaluation.referenceValue"), 6)).isEqualTo("0.367705");
        assertThat(r(JsonPath.read(evaluated, "$.points[0].evaluation.referenceU"), 6)).isEqualTo("0.001527");
        assertThat(r(JsonPath.read(evaluated, "$.points[0].evaluation.chi2"), 3)).isEqualTo("0.558");
        assertThat((Boolean) JsonPath.read(evaluated, "$.points[0].evaluation.consistent")).isTrue();
        assertThat((String) JsonPath.read(evaluated, "$.points[0].evaluation.criteriaEdition")).isEqualTo("CNAS-GL002:2018");
        assertThat(((Number) JsonPath.read(evaluated, "$.points[0].evaluation.ruleBookRevision")).longValue()).isGreaterThanOrEqualTo(0);
        Map<String, String> en = new HashMap<>();
        for (Map<String, Object> row : JsonPath.<List<Map<String, Object>>>read(evaluated, "$.points[0].rows[*]")) {
            List<Map<String, Object>> scores = (List<Map<String, Object>>) row.get("scores");
            en.put((String) row.get("who"), r(scores.stream().filter(s -> s.get("type").equals("EN")).findFirst().orElseThrow().get("value"), 3));
        }
        assertThat(en).containsEntry(pilot.name(), "0.114").containsEntry(lab1.name(), "0.136")
                .containsEntry(lab2.name(), "0.198").containsEntry(lab3.name(), "-0.330");

        // blind until published: a participant sees no evaluation yet
        mvc.perform(get("/api/comparisons/" + id + "/evaluation").with(staffOf(lab2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points").isEmpty());
        mvc.perform(get("/api/comparisons/" + id + "/chart.svg").with(staffOf(lab2))).andExpect(status().isNotFound());
        mvc.perform(get("/api/comparisons/" + id + "/chart.svg?point=2").with(staffOf(pilot)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));

        String published = postJson("/api/comparisons/" + id + "/publish", Map.of(), admin, 200);
        assertThat(JsonPath.<List<String>>read(published, "$.verdicts[*].consequence")).containsExactlyInAnyOrder("WARNING", "RECTIFICATION");
        List<ComparisonResultUnsatisfactory> unsatisfactory = events.stream(ComparisonResultUnsatisfactory.class)
                .filter(e -> e.roundId() == id).toList();
        assertThat(unsatisfactory).singleElement().satisfies(e -> {
            assertThat(e.institutionId()).isEqualTo(lab3.id());
            assertThat(e.scoreType()).isEqualTo("EN");
            assertThat(r(e.score(), 3)).isEqualTo("-1.379");
            assertThat(e.criteriaEdition()).isEqualTo("CNAS-GL002:2018");
        });
        assertThat(events.stream(ComparisonResultQuestionable.class).filter(e -> e.roundId() == id).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.institutionId()).isEqualTo(lab1.id());
                    assertThat(e.scoreType()).isEqualTo("Z");
                });
        // published: a participant sees its own row by name, the others by laboratory code only
        String seen = mvc.perform(get("/api/comparisons/" + id + "/evaluation").with(staffOf(lab2)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(seen, "$.points[0].rows[*].who")).hasSize(4).contains(lab2.name())
                .doesNotContain(pilot.name(), lab1.name(), lab3.name());
        postJson("/api/comparisons/" + id + "/publish", Map.of(), admin, 409);
    }

    private void submit(long id, Institution lab, long p1, String v1, String u1, long p2, String v2, String u2) throws Exception {
        postJson("/api/comparisons/" + id + "/results", Map.of("results", List.of(
                Map.of("pointId", p1, "value", v1, "expandedUncertainty", u1, "coverageFactor", "2"),
                Map.of("pointId", p2, "value", v2, "expandedUncertainty", u2, "coverageFactor", "2"))), staffOf(lab), 200);
    }
}
