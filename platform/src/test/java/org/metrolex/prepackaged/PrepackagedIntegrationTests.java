package org.metrolex.prepackaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.metrolex.prepackaged.domain.LotStatus;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Balance-CSV import (bad rows, all or nothing, idempotent), data scope of lots and declarations, the
 * C-mark review and public list with the link to inspection results, the supervision link, and the
 * seed's statistics (248 producers, 409 lots, 96.3 %) produced from data.
 */
@MetrolexIntegrationTest
class PrepackagedIntegrationTests {

    @Autowired MockMvc mvc;

    @Autowired Clock clock;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired PartyManagement parties;
    @Autowired PrepackagedManagement prepackaged;
    @Autowired DeclaringCMark declaring;
    @Autowired ReviewingCMark reviewing;
    @Autowired PrepackagedQueries queries;
    @Autowired JdbcTemplate jdbc;

    DataScope admin;
    DataScope city;
    DataScope county;
    DataScope enterprise;
    DataScope institution;
    long ownProducer;

    @BeforeEach
    void scopes() {
        admin = TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        city = TestLogins.scope(regions, identity, Role.CITY_OFFICER);
        county = TestLogins.scope(regions, identity, Role.COUNTY_OFFICER);
        enterprise = TestLogins.scope(regions, identity, Role.ENTERPRISE_USER);
        institution = TestLogins.scope(regions, identity, Role.INSTITUTION_STAFF);
        ownProducer = enterprise.partyId();
        TestLogins.actAs("county");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private Lot lot(DataScope scope, long producer, int lotSize, LocalDate date) {
        return prepackaged.create(scope, new NewLot(producer, "挂面", null, null, new BigDecimal("1"), "kg", lotSize, date, 20201231L, null));
    }

    private long auditCount(long lotId) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'lot-inspection' and entity_id = ?",
                Long.class, String.valueOf(lotId));
    }

    @Test
    void balanceCsvWithBadRowsIsRefusedWholeThenImportedOnceAndAgainUnchanged() throws Exception {
        // Qn 1 kg, N 30: n 10, T 15 g; readings in kg as marked
        Lot lot = lot(county, ownProducer, 30, LocalDate.now(clock));
        assertThat(lot.sampleSize()).isEqualTo(10);
        List<Integer> numbers = lot.sampleNumbers();
        int outside = java.util.stream.IntStream.rangeClosed(1, 30).filter(n -> !numbers.contains(n)).findFirst().orElseThrow();

        StringBuilder bad = new StringBuilder("编号,毛重,皮重,单位\n");
        bad.append(numbers.get(0)).append(",1.0351,abc,kg\n");           // line 2: tare not a number
        bad.append(outside).append(",1.0351,0.0250,kg\n");                // line 3: not a drawn number
        bad.append(numbers.get(1)).append(",1.0351,0.0250,g\n");        // line 4: unit differs from Qn's
        bad.append(numbers.get(2)).append(",0.0200,0.0250,kg\n");       // line 5: tare exceeds gross
        bad.append(numbers.get(2)).append(",1.0300,0.0250,kg\n");       // line 6: fine
        bad.append(numbers.get(2)).append(",1.0300,0.0250,kg\n");       // line 7: duplicate
        var file = new MockMultipartFile("file", "balance.csv", "text/csv", bad.toString().getBytes(Charset.forName("GB18030")));
        mvc.perform(multipart("/api/prepackaged/lots/" + lot.id() + "/import").file(file).param("tareMode", "PER_PACKAGE")
                        .with(TestLogins.as(identity, Role.COUNTY_OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.problems[?(@.line == 2)].field").value("tare"))
                .andExpect(jsonPath("$.problems[?(@.line == 3)].rule").value("in-sample"))
                .andExpect(jsonPath("$.problems[?(@.line == 4)].rule").value("unit"))
                .andExpect(jsonPath("$.problems[?(@.line == 5)].rule").value("tare"))
                .andExpect(jsonPath("$.problems[?(@.line == 7)].rule").value("unique"));
        assertThat(prepackaged.require(county, lot.id()).status()).isEqualTo(LotStatus.SAMPLED);
        assertThat(jdbc.queryForObject("select count(*) from lot_reading where lot_inspection_id = ?", Long.class, lot.id())).isZero();

        // complete but one package missing: refused, the missing number named
        StringBuilder missing = new StringBuilder("package,gross,tare\n");
        for (int i = 0; i < 9; i++) {
            missing.append(numbers.get(i)).append(",1.0300,0.0250\n");
        }
        ReadingsImport m = prepackaged.importReadings(county, lot.id(), "PER_PACKAGE", null, missing.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(m.outcome()).isEqualTo(ReadingsImport.Outcome.REJECTED);
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("complete");
            assertThat(p.messageEn()).contains(String.valueOf(numbers.get(9)));
        });

        String good = missing.toString() + numbers.get(9) + ",1.0300,0.0250\n";
        long before = auditCount(lot.id());
        ReadingsImport first = prepackaged.importReadings(county, lot.id(), "PER_PACKAGE", null, good.getBytes(StandardCharsets.UTF_8));
        assertThat(first.outcome()).isEqualTo(ReadingsImport.Outcome.RECORDED);
        assertThat(first.lot().accepted()).isTrue();
        assertThat(first.lot().readings()).allSatisfy(r -> assertThat(r.net()).isEqualByComparingTo("1.0050"));
        assertThat(auditCount(lot.id())).isEqualTo(before + 1);

        ReadingsImport again = prepackaged.importReadings(county, lot.id(), "PER_PACKAGE", null, good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.outcome()).isEqualTo(ReadingsImport.Outcome.UNCHANGED);
        assertThat(auditCount(lot.id())).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from lot_reading where lot_inspection_id = ?", Long.class, lot.id())).isEqualTo(10L);
    }

    @Test
    void lotsAreReadInScopeAndWrittenByOfficersOnly() {
        Lot own = lot(county, ownProducer, 20, LocalDate.now(clock));
        Enterprise elsewhere = producerIn("130203", new Random(7));   // 唐山市路北区: outside 石家庄
        TestLogins.actAs("admin");
        Lot far = lot(admin, elsewhere.id(), 20, LocalDate.now(clock));

        assertThat(prepackaged.require(city, own.id()).id()).isEqualTo(own.id());
        assertThat(prepackaged.require(enterprise, own.id()).producerEnterpriseId()).isEqualTo(ownProducer);
        for (DataScope s : List.of(county, city, enterprise, institution, DataScope.anonymous())) {
            assertThatThrownBy(() -> prepackaged.require(s, far.id())).isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).status()).isEqualTo(404));
        }
        assertThatThrownBy(() -> prepackaged.require(institution, own.id())).isInstanceOf(RuleViolation.class);
        assertThat(prepackaged.search(enterprise, null, 1, 200).items()).allMatch(l -> l.producerEnterpriseId() == ownProducer);
        assertThat(prepackaged.search(county, null, 1, 200).items()).allMatch(l -> l.regionCode().equals("130102"));

        // a county officer cannot register a lot of a producer outside the county; an enterprise none at all
        assertThatThrownBy(() -> lot(county, elsewhere.id(), 20, LocalDate.now(clock)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("producerId");
        assertThatThrownBy(() -> lot(enterprise, ownProducer, 20, LocalDate.now(clock)))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).status()).isEqualTo(403));

        // supervision links a lot to its spot-check task; audited. A task that does not exist is refused, naming the field.
        long before = auditCount(own.id());
        assertThatThrownBy(() -> prepackaged.linkToSpotCheck(county, own.id(), 99_999_999L)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).extracting(f -> f.field()).containsExactly("spotCheckTaskId"));
        assertThat(auditCount(own.id())).isEqualTo(before);
        long task = jdbc.queryForObject("select min(id) from supervision_task", Long.class);
        TestLogins.actAs("admin");
        assertThat(prepackaged.linkToSpotCheck(admin, own.id(), task).spotCheckTaskId()).isEqualTo(task);
        assertThat(prepackaged.lotsOfSpotCheck(admin, task)).extracting(Lot::id).contains(own.id());
        assertThat(auditCount(own.id())).isEqualTo(before + 1);
    }

    /**
     * Bands whose T 附表3 prints as a value (50 < Qn ≤ 100 g: 4.5 g; 200 < Qn ≤ 300 g: 9 g) crashed the
     * metrology-core command line; the platform's path (plan, readings, decision, page) must decide them,
     * show T with the decimals of its rounding interval, and refuse a reading ten times Qn as bad input.
     */
    @Test
    void aLotInAFixedShortfallBandIsPlannedDecidedAndShown() throws Exception {
        Lot lot = prepackaged.create(county, new NewLot(ownProducer, "瓜子", null, null, new BigDecimal("75"), "g", 30,
                LocalDate.of(2024, 6, 1), 20240601L, null));
        PrepackagedManagement.Plan plan = prepackaged.plan(county, lot.id());
        assertThat(plan.tolerableShortfall().toPlainString()).isEqualTo("4.5");
        assertThat(plan.unit()).isEqualTo("g");
        List<ReadingsForm.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lot.sampleNumbers().size(); i++) {
            // one package 5.0 g short: T < d = 5.0 ≤ 2T = 9.0, a T1 defect; none allowed for n = 10 (附表4)
            entries.add(new ReadingsForm.Entry(lot.sampleNumbers().get(i), null, null, new BigDecimal(i == 0 ? "70.0" : "75.6")));
        }
        Lot decided = prepackaged.recordReadings(county, lot.id(), new ReadingsForm("NET", null, entries));
        assertThat(decided.accepted()).isFalse();
        assertThat(decided.t1Count()).isEqualTo(1);
        assertThat(decided.tolerableShortfall()).isEqualByComparingTo("4.5");
        mvc.perform(get("/prepackaged/lots/" + lot.id()).with(TestLogins.as(identity, Role.COUNTY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("4.5 g")));

        Lot nine = prepackaged.create(county, new NewLot(ownProducer, "饼干", null, null, new BigDecimal("250"), "g", 30,
                LocalDate.of(2024, 6, 1), 20240602L, null));
        assertThat(prepackaged.plan(county, nine.id()).tolerableShortfall().toPlainString()).isEqualTo("9.0");
        List<ReadingsForm.Entry> typo = nine.sampleNumbers().stream()
                .map(n -> new ReadingsForm.Entry(n, null, null, new BigDecimal(n.equals(nine.sampleNumbers().get(0)) ? "2500.1" : "250.2")))
                .toList();
        assertThatThrownBy(() -> prepackaged.recordReadings(county, nine.id(), new ReadingsForm("NET", null, typo)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors().get(0).field()).isEqualTo("readings"));
        assertThat(prepackaged.require(county, nine.id()).decided()).isFalse();
    }

    @Test
    void badLotInputIsNamedFieldByField() {
        assertThatThrownBy(() -> prepackaged.create(county, new NewLot(null, " ", null, null, new BigDecimal("500"), "furlong", 0,
                LocalDate.now(clock).plusDays(5), null, null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).extracting(f -> f.field() + ":" + f.rule())
                        .containsExactlyInAnyOrder("producerId:required", "productName:required", "inspectionDate:not-future",
                                "lotSize:positive", "nominalUnit:nominal"));
        // mass above 50 kg: no T in the table
        assertThatThrownBy(() -> prepackaged.create(county, new NewLot(ownProducer, "面粉", null, null, new BigDecimal("60"), "kg", 20,
                LocalDate.of(2026, 1, 5), null, null)))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).errors().get(0).rule()).isEqualTo("rule-table"));
    }

    @Test
    void cMarkDeclaredByTheProducerReviewedByTheCountyAndListedPubliclyWithResults() throws Exception {
        Enterprise producer = producerIn("130102", new Random(11));
        // the producer's own account is the demo enterprise; an officer declares for this one
        CMarkDeclaration c = declaring.declare(county, producer.id(), "挂面、面粉", "张三 0311-1234567");
        assertThat(c.status()).isEqualTo(CMarkStatus.DECLARED);
        assertThatThrownBy(() -> declaring.declare(county, producer.id(), "挂面", null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("enterpriseId");
        // an enterprise user always declares for itself, whatever id it sends
        TestLogins.actAs("enterprise");
        CMarkDeclaration own = existingOrNew(producer.id());
        assertThat(own.enterpriseId()).isEqualTo(ownProducer);
        assertThatThrownBy(() -> queries.requireCMark(enterprise, c.id())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> reviewing.review(enterprise, own.id(), "ACCEPT", null)).isInstanceOf(RuleViolation.class);
        TestLogins.actAs("county");

        assertThatThrownBy(() -> reviewing.review(county, c.id(), "REJECT", " ")).isInstanceOf(RuleViolation.class).hasMessageContaining("note");
        Lot decided = lot(county, producer.id(), 8, LocalDate.now(clock));
        prepackaged.recordReadings(county, decided.id(), new ReadingsForm("NET", null, decided.sampleNumbers().stream()
                .map(n -> new ReadingsForm.Entry(n, null, null, new BigDecimal("1.001"))).toList()));
        CMarkDeclaration accepted = reviewing.review(county, c.id(), "ACCEPT", null);
        assertThat(accepted.status()).isEqualTo(CMarkStatus.ACCEPTED);
        assertThat(queries.resultsOf(county, producer.id())).extracting(Lot::id).contains(decided.id());
        assertThatThrownBy(() -> reviewing.review(county, c.id(), "ACCEPT", null)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).status()).isEqualTo(409));

        mvc.perform(get("/api/public/cmarks").param("keyword", producer.creditCode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].enterpriseName").value(producer.name()))
                .andExpect(jsonPath("$.items[0].lotsInspected").value(1))
                .andExpect(jsonPath("$.items[0].lotsAccepted").value(1))
                .andExpect(jsonPath("$.items[0].contact").doesNotExist())
                .andExpect(jsonPath("$.items[0].reviewedBy").doesNotExist());
        String page = mvc.perform(get("/public/cmarks")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(producer.name()).doesNotContain("张三");

        // revoked: off the public list
        reviewing.review(county, c.id(), "REVOKE", "抽查不合格后未整改");
        assertThat(queries.publicCMarks(producer.creditCode(), 1, 20).items()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'cmark-declaration' and entity_id = ?",
                Long.class, String.valueOf(c.id()))).isEqualTo(3L);
    }

    private CMarkDeclaration existingOrNew(long otherEnterpriseId) {
        var existing = queries.cmarks(enterprise, null, null, 1, 20).items().stream()
                .filter(x -> x.status() == CMarkStatus.DECLARED || x.status() == CMarkStatus.ACCEPTED).findFirst();
        return existing.orElseGet(() -> declaring.declare(enterprise, otherEnterpriseId, "酱油", null));
    }

    /**
     * The seed: 248 producers, 409 lots, 96.3 % — produced from data, not typed in, and loaded into the demo like
     * the other campaigns ({@link PrepackagedSeedYear}, issue 13 item 11). Every lot is a real lot inspection decided
     * by metrology-core (N 20: n 10, T 4.5 g for Qn 100 g); 15 lots have one package short by more than 2T and are
     * rejected: 394 / 409 = 96.33 % → 96.3 %. Read back here from the statistics of the seed's days, as the page shows them.
     */
    @Test
    void theSeedsFiguresAreProducedFromDataAndShownOnTheDemo() throws Exception {
        LocalDate[] period = PrepackagedSeedYear.period(LocalDate.now(clock));
        PrepackagedStatistics stats = queries.statistics(admin, period[0], period[1]);
        assertThat(stats.total().producers()).isEqualTo(248);
        assertThat(stats.total().lots()).isEqualTo(409);
        assertThat(stats.total().accepted()).isEqualTo(394);
        assertThat(stats.total().passRatePercent()).isEqualByComparingTo("96.3");
        assertThat(stats.byRegion().stream().mapToLong(r -> r.lots()).sum()).isEqualTo(409);
        assertThat(stats.byRegion()).allSatisfy(r -> assertThat(regions.find(r.key()).orElseThrow().parentCode()).isEqualTo("130000"));
        assertThat(stats.byMonth()).isNotEmpty();
        // every lot was decided from its readings, with the edition that decided it
        assertThat(jdbc.queryForObject("select count(*) from lot_inspection where inspection_date between ? and ? and accepted is null",
                Long.class, period[0], period[1])).isZero();

        // the city officer sees only Shijiazhuang's part, grouped by its counties
        PrepackagedStatistics sjz = queries.statistics(city, period[0], period[1]);
        assertThat(sjz.total().lots()).isLessThan(409).isPositive();
        assertThat(sjz.byRegion()).allSatisfy(r -> assertThat(regions.isWithin(r.key(), "130100")).isTrue());

        // the statistics page as the province administrator opens it: the seed's figures
        String html = mvc.perform(get("/prepackaged/statistics").param("from", period[0].toString()).param("to", period[1].toString())
                .with(TestLogins.as(identity, Role.PROVINCE_ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("248", "409", "96.3");
    }

    private Enterprise producerIn(String regionCode, Random random) {
        DataScope province = new DataScope(Role.PROVINCE_ADMIN, "admin", regions.selfAndDescendants("130000"), null);
        String code = PrepackagedFixtures.creditCode(regionCode, random);
        return parties.createEnterprise(province, new EnterpriseDraft(code, "测试食品有限公司" + code.substring(10, 17), "测试路1号",
                regionCode, "PREPACKAGE_PRODUCER", null, null));
    }
}
