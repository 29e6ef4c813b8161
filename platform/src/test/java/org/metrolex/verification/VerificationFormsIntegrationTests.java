package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.FormPosts;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Defect;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workflow pages for a family other than scales (a sphygmomanometer, JJG 270-2008): booking by the owner,
 * assignment offering only authorised institutions, the readings form with a bad cell, the preview and the
 * save computed by metrology-core, and an issue refused with every legitimacy defect listed.
 */
@MetrolexIntegrationTest
class VerificationFormsIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired InstrumentManagement instruments;
    @Autowired PartyManagement parties;
    @Autowired VerificationQueries queries;
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

    @Test
    void aSphygmomanometerIsBookedAssignedRecordedAndItsIssueRefusedWithEveryDefect() throws Exception {
        DataScope admin = fixtures.scope(Role.PROVINCE_ADMIN);
        String serial = "XYJ-" + UUID.randomUUID().toString().substring(0, 10);
        long instrument = instruments.file(admin, new InstrumentDraft("SPHYGMOMANOMETER", "测试医疗器械厂", "XY-300", serial, null, null,
                "0–40 kPa", fixtures.enterpriseId, "130102", null, "HEALTH")).id();
        // an authorisation that names the catalogue category exactly (计量法 第二十条), for the 石家庄 institute
        parties.addAuthorization(admin, fixtures.institutionId, "(冀)法计(2026)" + serial, "血压计（血压表）", "130100",
                LocalDate.now(clock).minusYears(1), LocalDate.now(clock).plusYears(2));

        // the owner books from the booking page
        String bookPage = mvc.perform(get("/verifications/new").param("instrumentId", String.valueOf(instrument))
                        .with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bookPage).contains(serial).contains("data-testid=\"book-selected\"");
        String location = mvc.perform(post("/verifications/new").param("instrumentId", String.valueOf(instrument)).with(csrf())
                        .with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // only institutions authorised for the type in the region are offered
        String detail = mvc.perform(get("/verifications/{id}", id).with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String ours = jdbc.queryForObject("select name from institution where id = ?", String.class, fixtures.institutionId);
        String unauthorised = jdbc.queryForObject("select min(name) from institution i where not exists (select 1 from "
                + "institution_authorization a where a.institution_id = i.id and a.instrument_type = '血压计（血压表）')", String.class);
        assertThat(detail).contains("data-testid=\"assign-card\"").contains("<option value=\"" + fixtures.institutionId + "\"")
                .contains(ours).doesNotContain(unauthorised);
        mvc.perform(post("/verifications/{id}/assign", id).param("institutionId", String.valueOf(fixtures.institutionId)).with(csrf())
                        .with(TestLogins.as(identity, Role.ENTERPRISE_USER)))
                .andExpect(status().is3xxRedirection());

        // the institution's form for the family: localized labels with units
        String form = mvc.perform(get("/verifications/{id}/readings", id).with(TestLogins.as(identity, Role.INSTITUTION_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("零位示值（未加压）").contains("(kPa)").contains("JJG 270-2008").contains("name=\"points.standardKpa\"");

        // a verifier of the institute not qualified for 血压计: the legitimacy check must refuse the issue
        long verifier = jdbc.queryForObject("select min(p.id) from person p where p.institution_id = ? and not exists "
                + "(select 1 from qualification q where q.person_id = p.id and q.scope like '%血压计%')", Long.class, fixtures.institutionId);
        long standard = fixtures.freshStandard();
        var base = post("/verifications/{id}/readings", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("verificationDate", LocalDate.now(clock).toString()).param("kind", "SUBSEQUENT")
                .param("verifierId", String.valueOf(verifier)).param("standardIds", String.valueOf(standard))
                .param("r.zeroIndicationKpa", "0.2").param("feeYuan", "").param("feeWaived", "true");
        var staff = TestLogins.as(identity, Role.INSTITUTION_STAFF);
        String bad = FormPosts.submit(mvc, post("/verifications/{id}/readings", id).with(csrf()).with(staff)
                        .param("verificationDate", LocalDate.now(clock).toString()).param("r.zeroIndicationKpa", "0.2")
                        .param("points.standardKpa", "10.0", "20.0").param("points.indicationKpa", "10.2", "19,9")
                        .param("action", "preview"), staff);
        assertThat(bad).contains("检定点 第 2 行「血压计示值」：“19,9”不是数字").contains("value=\"19,9\"");
        // a date no verification can have (issue 14: year 0 was a 500) is refused on its field
        String year0 = FormPosts.submit(mvc, post("/verifications/{id}/readings", id).with(csrf()).with(staff)
                        .param("verificationDate", "0000-01-01").param("r.zeroIndicationKpa", "0.2")
                        .param("points.standardKpa", "10.0").param("points.indicationKpa", "10.2").param("action", "preview"), staff);
        assertThat(year0).contains("data-testid=\"field-error-verificationDate\"").contains("1900-01-01").contains("2100-12-31");

        String preview = FormPosts.submit(mvc, base.param("points.standardKpa", "10.0", "20.0", "").param("points.indicationKpa", "10.2", "19.9", "")
                        .param("action", "preview"), staff);
        assertThat(preview).contains("data-testid=\"preview-decision\">合格").contains("JJG 270-2008");
        assertThat(queries.require(fixtures.scope(Role.INSTITUTION_STAFF), id).readingsJson()).as("a preview stores nothing").isNull();

        mvc.perform(post("/verifications/{id}/readings", id).with(csrf()).with(TestLogins.as(identity, Role.INSTITUTION_STAFF))
                        .param("verificationDate", LocalDate.now(clock).toString()).param("kind", "SUBSEQUENT")
                        .param("verifierId", String.valueOf(verifier)).param("standardIds", String.valueOf(standard))
                        .param("r.zeroIndicationKpa", "0.2").param("points.standardKpa", "10.0", "20.0", "")
                        .param("points.indicationKpa", "10.2", "19.9", "").param("feeWaived", "true").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        Verification recorded = queries.require(fixtures.scope(Role.INSTITUTION_STAFF), id);
        assertThat(recorded.feeWaived()).isTrue();
        assertThat(recorded.conforming()).isTrue();
        ConformityDecision d = queries.decision(fixtures.scope(Role.INSTITUTION_STAFF), id);
        assertThat(d.points()).hasSize(3);
        assertThat(d.editionsUsed()).extracting(e -> e.regulation()).contains("JJG 270-2008");

        // issue refused: every blocking defect of the legitimacy check is listed on the page
        var blocking = queries.check(fixtures.scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING).blocking();
        assertThat(blocking).isNotEmpty();
        String refused = FormPosts.submit(mvc, post("/verifications/{id}/issue", id).param("conclusion", "CONFORMING").with(csrf())
                        .with(staff), staff);
        assertThat(refused).contains("出具被拒绝");
        for (Defect defect : blocking) {
            assertThat(refused).contains(escaped(defect.messageZh()));
        }
    }

    /** As JTE escapes text in HTML: the five markup characters only. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }
}
