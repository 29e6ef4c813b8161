package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overdue queries of ADR 0010 on the demo province: counts per city and county scoped like the list
 * (a county officer its county, a city officer its counties), the read model {@code instrument_due}
 * following issue, revocation and notices of non-conformity, and the keyset continuation of the list.
 */
@Tag("date-sensitive")
@MetrolexIntegrationTest
class OverdueQueriesIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired VerificationQueries queries;
    @Autowired IssuingCertificate issuing;
    @Autowired RevokingCertificate revoking;
    @Autowired OverdueQueries overdue;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    VerificationFixtures fixtures;

    @BeforeEach
    void logins() {
        fixtures = new VerificationFixtures(identity, instruments, context, regions, jdbc, json, clock);
        TestLogins.actAs("admin");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    /** A scale of the demo enterprise in 长安区 (130102) whose certificate, issued for a verification 13 months ago, is due. */
    private long overdueScale() {
        long instrument = fixtures.scale();
        certify(instrument, LocalDate.now(clock).minusMonths(13), Conclusion.CONFORMING);
        return instrument;
    }

    private Certificate certify(long instrument, LocalDate day, Conclusion conclusion) {
        long id = fixtures.bookAndAssign(instrument);
        fixtures.record(id, day, fixtures.qualifiedVerifier(), fixtures.freshStandard(),
                conclusion == Conclusion.CONFORMING ? VerificationFixtures.GOOD_SCALE : VerificationFixtures.BAD_SCALE);
        fixtures.sign(id);
        return issuing.issue(fixtures.scope(Role.INSTITUTION_STAFF), id, conclusion);
    }

    private JsonNode counts(Role role, String level) throws Exception {
        String body = mvc.perform(get("/api/overdue/counts-by-region").param("level", level).with(TestLogins.as(identity, role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static Map<String, Long> rows(JsonNode counts) {
        return counts.get("regions").valueStream()
                .collect(Collectors.toMap(r -> r.get("regionCode").asString(), r -> r.get("overdue").asLong()));
    }

    @Test
    void aCountyOfficerCountsOnlyItsCountyAndACityOfficerItsCounties() throws Exception {
        overdueScale();
        long inChangan = queries.overdue(fixtures.scope(Role.COUNTY_OFFICER), 1, 1).total();
        assertThat(inChangan).isPositive();

        // county officer of 长安区: one county, the same number as its overdue list
        JsonNode county = counts(Role.COUNTY_OFFICER, "county");
        assertThat(rows(county)).containsExactly(Map.entry("130102", inChangan));
        assertThat(county.get("total").asLong()).isEqualTo(inChangan);
        assertThat(county.get("level").asString()).isEqualTo("county");
        // per city, its county rolls up into 石家庄市 and nothing else is counted
        assertThat(rows(counts(Role.COUNTY_OFFICER, "prefecture"))).containsExactly(Map.entry("130100", inChangan));

        // city officer of 石家庄市: every county of the city, with zeros, and only those
        Set<String> shijiazhuangCounties = regions.children("130100").stream().map(Region::code).collect(Collectors.toSet());
        JsonNode city = counts(Role.CITY_OFFICER, "county");
        Map<String, Long> cityRows = rows(city);
        assertThat(cityRows.keySet()).isEqualTo(shijiazhuangCounties);
        assertThat(cityRows).containsEntry("130102", inChangan);
        long cityTotal = queries.overdue(fixtures.scope(Role.CITY_OFFICER), 1, 1).total();
        assertThat(city.get("total").asLong()).isEqualTo(cityTotal);
        assertThat(cityRows.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(cityTotal);
        assertThat(rows(counts(Role.CITY_OFFICER, "prefecture"))).containsExactly(Map.entry("130100", cityTotal));

        // province: one row per city (the default level), summing to the province's list
        JsonNode province = counts(Role.PROVINCE_ADMIN, "");
        assertThat(province.get("level").asString()).isEqualTo("prefecture");
        Map<String, Long> provinceRows = rows(province);
        // the 11 cities and the two county-level cities directly under the province (辛集, 定州; RULES.md §8)
        Set<String> provinceChildren = regions.all().stream()
                .filter(r -> r.parentCode() != null && regions.find(r.parentCode()).map(p -> p.level() == RegionLevel.PROVINCE).orElse(false))
                .map(Region::code).collect(Collectors.toSet());
        assertThat(provinceChildren).hasSize(13);
        assertThat(provinceRows.keySet()).isEqualTo(provinceChildren);
        assertThat(provinceRows).containsEntry("130100", cityTotal);
        assertThat(province.get("total").asLong()).isEqualTo(queries.overdue(fixtures.scope(Role.PROVINCE_ADMIN), 1, 1).total());

        // another city's officer does not see 石家庄's instruments at all
        DataScope tangshan = new DataScope(Role.CITY_OFFICER, "t", regions.selfAndDescendants("130200"), null);
        OverdueCounts other = overdue.countsByRegion(tangshan, "county");
        assertThat(other.regions()).extracting(OverdueCounts.RegionCount::regionCode).doesNotContain("130102")
                .allMatch(code -> regions.isWithin(code, "130200"));
        // institutions and enterprises have no region scope: nothing
        assertThat(overdue.countsByRegion(fixtures.scope(Role.ENTERPRISE_USER), null).regions()).isEmpty();
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/overdue/counts-by-region").param("level", "village").with(TestLogins.as(identity, Role.PROVINCE_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void theLatestValidDocumentDecidesThroughIssueRevocationAndNonConformity() {
        DataScope county = fixtures.scope(Role.COUNTY_OFFICER);
        long instrument = overdueScale();
        assertThat(overdueIds(county)).contains(instrument);

        // a fresh certificate takes it off the list; revoking that certificate puts the old one back in force
        Certificate fresh = certify(instrument, LocalDate.now(clock), Conclusion.CONFORMING);
        assertThat(overdueIds(county)).doesNotContain(instrument);
        revoking.revoke(fixtures.scope(Role.INSTITUTION_STAFF), fresh.id(), "测试：撤销后旧证书重新生效");
        assertThat(overdueIds(county)).contains(instrument);

        // a notice of non-conformity replaces the overdue certificate: the instrument is not "overdue" but failed
        certify(instrument, LocalDate.now(clock), Conclusion.NON_CONFORMING);
        assertThat(overdueIds(county)).doesNotContain(instrument);

        // the read model equals the definition computed from certificate ⋈ verification for every instrument
        assertThat(jdbc.queryForObject("""
                select count(*) from (select distinct on (v.instrument_id) v.instrument_id, c.id
                                        from certificate c join verification v on v.id = c.verification_id
                                       where c.status = 'VALID' order by v.instrument_id, c.issued_at desc, c.id desc) g
                  full join instrument_due d on d.instrument_id = g.instrument_id and d.certificate_id = g.id
                 where d.instrument_id is null or g.instrument_id is null""", Long.class)).isZero();
    }

    @Test
    void theKeysetContinuationReturnsWhatTheNextOffsetPageReturns() throws Exception {
        overdueScale();
        overdueScale();
        DataScope county = fixtures.scope(Role.COUNTY_OFFICER);
        List<OverdueInstrument> firstTwo = queries.overdue(county, 1, 2).items();
        assertThat(firstTwo).hasSize(2);
        OverdueInstrument first = firstTwo.get(0);
        assertThat(overdue.after(county, first.dueDate(), first.instrumentId(), 1)).containsExactly(firstTwo.get(1));

        mvc.perform(get("/api/overdue/after").param("afterDue", first.dueDate().toString())
                        .param("afterInstrument", String.valueOf(first.instrumentId())).param("size", "1")
                        .with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].instrumentId").value(firstTwo.get(1).instrumentId()));
        mvc.perform(get("/api/overdue/after").with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("afterDue"));
    }

    private List<Long> overdueIds(DataScope scope) {
        long total = queries.overdue(scope, 1, 1).total();
        return queries.overdue(scope, 1, (int) Math.min(total, 200)).items().stream()
                .map(OverdueInstrument::instrumentId).toList();
    }
}
