package org.metrolex.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The minimal standards registry: an institution records its own, officers read by region, enterprises not at all. */
@MetrolexIntegrationTest
class MeasurementStandardIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentQueries queries;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anInstitutionRecordsItsOwnStandardAndSeesOnlyItsOwn() throws Exception {
        var me = TestLogins.principal(identity, Role.INSTITUTION_STAFF);
        long other = jdbc.queryForObject("select min(id) from institution where id <> ?", Long.class, me.partyId());
        mvc.perform(post("/api/measurement-standards").with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"institutionId":%d,"name":"血压计检定装置（测试）","assessmentCertificateNo":"[2024]冀量标法证字第9001号",
                                 "assessmentValidUntil":"2028-12-31","calibrationCertificateNo":"JZ-T-1","calibrationDue":"2027-06-30"}"""
                                .formatted(other)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.institutionId").value(me.partyId()));
        var mine = queries.standards(TestLogins.scope(regions, identity, Role.INSTITUTION_STAFF), null, 1, 200);
        assertThat(mine.items()).extracting(MeasurementStandard::institutionId).containsOnly(me.partyId());
        assertThat(mine.items()).extracting(MeasurementStandard::name).contains("血压计检定装置（测试）");
    }

    @Test
    void officersReadByRegionAndEnterprisesAreRefused() throws Exception {
        var city = queries.standards(TestLogins.scope(regions, identity, Role.CITY_OFFICER), null, 1, 200);
        assertThat(city.total()).isPositive();
        assertThat(city.items()).allSatisfy(s -> assertThat(regions.isWithin(s.regionCode(), "130100")).isTrue());
        mvc.perform(get("/api/measurement-standards").with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/measurement-standards").with(csrf()).with(TestLogins.as(identity, Role.PROVINCE_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assessmentCertificateNo\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "institutionId", "name", "assessmentValidUntil")));
    }

    @Test
    void theDemoProvinceHasAStandardThatMayNotBeUsed() {
        var all = queries.standards(TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN), null, 1, 200);
        assertThat(all.items()).anySatisfy(s -> assertThat(s.problemsOn(java.time.LocalDate.of(2026, 11, 27)))
                .extracting(e -> e.rule()).containsExactly("valid-on-day"));
        assertThat(all.items()).anySatisfy(s -> assertThat(s.problemsOn(java.time.LocalDate.of(2026, 11, 27)))
                .extracting(e -> e.rule()).containsExactly("not-overdue"));
    }
}
