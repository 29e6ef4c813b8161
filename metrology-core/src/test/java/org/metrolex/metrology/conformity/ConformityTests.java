package org.metrolex.metrology.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.metrology.conformity.ScaleReadings.Weighing;
import org.metrolex.metrology.mpe.NotObtainedException;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;

/** Decisions from raw readings, with the editions that made them. */
class ConformityTests {

    private static final RuleBook BOOK = RuleBook.shipped();
    private static final LocalDate NOW = LocalDate.of(2025, 6, 1);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * Class III, e = 5 g, Max = 15 kg (3000 e). Zero: L₀ = 50 g, I₀ = 50 g, ΔL₀ = 1 g → E₀ = 1.5 g.
     * The load at 10 000 g (2000 e, MPE ±1 e = ±5 g) is given by {@code i10000}, {@code dl10000}.
     */
    static ScaleReadings scale(VerificationKind kind, String i10000, String dl10000, List<Weighing> repeatability) {
        return new ScaleReadings(ScaleClass.III, d("5"), d("15000"), "g", kind, false, Weighing.of("50", "50", "1.0"),
                List.of(Weighing.of("100", "100", "1.5"),     // E = 1.0, E_c = −0.5, MPE 2.5 (20 e)
                        Weighing.of("2500", "2500", "1.0"),   // E = 1.5, E_c = 0,    MPE 2.5 (500 e, upper edge of band 1)
                        Weighing.of("5000", "5005", "2.0"),   // E = 5.5, E_c = 4.0,  MPE 5 (1000 e)
                        Weighing.of("10000", i10000, dl10000),
                        Weighing.of("15000", "15005", "1.0")), // E = 6.5, E_c = 5.0, MPE 7.5 (3000 e)
                repeatability, List.of());
    }

    static final List<Weighing> GOOD_REPEATABILITY = List.of(Weighing.of("10000", "10005", "1.5"),
            Weighing.of("10000", "10005", "2.0"), Weighing.of("10000", "10000", "0.5")); // E 6.0, 5.5, 2.0: range 4.0

    @Test
    void aConformingScaleVerificationShowsEveryErrorItsMpeAndTheEdition() {
        ConformityDecision dec = Conformity.decide(scale(VerificationKind.INITIAL, "10005", "1.5", GOOD_REPEATABILITY), NOW, BOOK);
        assertThat(dec.conforming()).isTrue();
        assertThat(dec.points()).extracting(PointResult::error).map(BigDecimal::toPlainString)
                .containsExactly("-0.5", "0.0", "4.0", "4.5", "5.0");
        assertThat(dec.points()).extracting(p -> p.uncorrected().toPlainString()).containsExactly("1.0", "1.5", "5.5", "6.0", "6.5");
        assertThat(dec.points()).extracting(p -> p.mpe().upper().toPlainString()).containsExactly("2.5", "2.5", "5.0", "5.0", "7.5");
        assertThat(dec.repeatability()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualByComparingTo("4.0");
            assertThat(r.limit()).isEqualByComparingTo("5.0");
            assertThat(r.pass()).isTrue();
        });
        assertThat(dec.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 539-2016 / OIML R 76-1");
        assertThat(dec.anyUnverified()).isTrue();
        assertThat(dec.reasons()).extracting(Reason::code).containsExactly("ALL_WITHIN_MPE", "UNVERIFIED_RULE");
    }

    @ParameterizedTest(name = "E_c at 2000 e = {3} g, {0}: conforming={4}")
    @CsvSource({
            // R 76-1 A.4.4.3 changepoint: E = I + ½e − ΔL − L, E_c = E − E₀ (E₀ = 1.5 g); MPE at 2000 e is ±1 e = ±5 g
            "INITIAL,10005,1.0,5.0,true",       // exactly the MPE conforms (full-value comparison)
            "INITIAL,10005,0.999,5.001,false",  // 0.001 g beyond it does not
            "INITIAL,9995,0.0,-4.0,true",      // E = −2.5, E_c = −4.0
            "INITIAL,9990,0.0,-9.0,false",     // E = −7.5, E_c = −9.0
            "IN_SERVICE,10005,0.5,5.5,true",    // in service ±2 e = ±10 g
            "IN_SERVICE,10010,0.0,11.0,false"})
    void theMpeEdgeDecides(VerificationKind kind, String indication, String dl, String ec, boolean conforming) {
        ConformityDecision dec = Conformity.decide(scale(kind, indication, dl, List.of()), NOW, BOOK);
        PointResult p = dec.points().get(3);
        assertThat(p.error()).isEqualByComparingTo(ec);
        assertThat(p.pass()).isEqualTo(conforming);
        assertThat(dec.conforming()).isEqualTo(conforming);
        if (!conforming) {
            assertThat(dec.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("ERROR_EXCEEDS_MPE");
                assertThat(r.en()).contains("load 10000").contains("JJG 539-2016");
                assertThat(r.zh()).contains("超出最大允许误差");
            });
        }
    }

    @Test
    void repeatabilityBeyondTheMpeFailsAtVerificationButNotInService() {
        // OIML R 76-1 3.6.1: results differ by 5.5 g, |MPE| at 2000 e is 5 g (10 g in service)
        List<Weighing> rep = List.of(Weighing.of("10000", "10005", "0.5"), Weighing.of("10000", "10000", "1.0"),
                Weighing.of("10000", "10005", "2.5"));
        ConformityDecision initial = Conformity.decide(scale(VerificationKind.INITIAL, "10005", "1.5", rep), NOW, BOOK);
        assertThat(initial.conforming()).isFalse();
        assertThat(initial.repeatability().get(0).value()).isEqualByComparingTo("5.5");
        assertThat(initial.reasons()).extracting(Reason::code).contains("REPEATABILITY_EXCEEDED");
        assertThat(Conformity.decide(scale(VerificationKind.IN_SERVICE, "10005", "1.5", rep), NOW, BOOK).conforming()).isTrue();
    }

    @Test
    void aVerifiedEditionGivesAVerifiedDecision() {
        ConformityDecision dec = Conformity.decide(scale(VerificationKind.INITIAL, "10005", "1.5", GOOD_REPEATABILITY),
                LocalDate.of(2012, 3, 1), BOOK);
        assertThat(dec.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 539-1997");
        assertThat(dec.anyUnverified()).isFalse();
        assertThat(dec.reasons()).extracting(Reason::code).containsExactly("ALL_WITHIN_MPE");
    }

    @Test
    void aPriceComputingScaleOnOrAfter20270108IsDecidedWithJjg539AsAStandInAndSaysSo() {
        ScaleReadings base = scale(VerificationKind.INITIAL, "10005", "1.5", List.of());
        ScaleReadings pc = new ScaleReadings(base.scaleClass(), base.e(), base.max(), base.unit(), base.kind(), true, base.zero(),
                base.loads(), base.repeatability(), base.eccentricity());
        ConformityDecision before = Conformity.decide(pc, LocalDate.of(2027, 1, 7), BOOK);
        assertThat(before.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 539-2016 / OIML R 76-1");
        assertThat(before.standIns()).isEmpty();
        ConformityDecision after = Conformity.decide(pc, LocalDate.of(2027, 1, 8), BOOK);
        // Same readings, same values (JJG 539-2016 standing in), so the same conclusion — marked, never verified.
        assertThat(after.conforming()).isEqualTo(before.conforming());
        assertThat(after.anyUnverified()).isTrue();
        assertThat(after.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 1204-2025 (试行)");
        assertThat(after.standIns()).singleElement().satisfies(s -> {
            assertThat(s.inForce().regulation()).isEqualTo("JJG 1204-2025 (试行)");
            assertThat(s.decidedWith().regulation()).isEqualTo("JJG 539-2016 / OIML R 76-1");
            assertThat(s.en()).isEqualTo("JJG 1204-2025 (试行) in force; its tables not obtained; decided with JJG 539-2016 / OIML R 76-1 values, unverified");
        });
        assertThat(after.reasons()).extracting(Reason::code).contains("STAND_IN_RULE");
    }

    @Test
    void eccentricityPointsAreHeldAgainstTheMpeAtTheirLoad() {
        ScaleReadings base = scale(VerificationKind.INITIAL, "10005", "1.5", List.of());
        ScaleReadings r = new ScaleReadings(base.scaleClass(), base.e(), base.max(), base.unit(), base.kind(), false, base.zero(),
                base.loads(), List.of(), List.of(Weighing.of("5000", "5000", "1.0"), Weighing.of("5000", "5010", "0.0")));
        ConformityDecision dec = Conformity.decide(r, NOW, BOOK);
        assertThat(dec.points()).hasSize(7);
        assertThat(dec.points().get(5).pass()).isTrue();   // E_c = 0
        assertThat(dec.points().get(6).error()).isEqualByComparingTo("11.0");
        assertThat(dec.points().get(6).pass()).isFalse();
        assertThat(dec.conforming()).isFalse();
    }

    @Test
    void badScaleInputNamesTheFieldAndTheRuleInEnglishAndChinese() {
        ScaleReadings base = scale(VerificationKind.INITIAL, "10005", "1.5", List.of());
        assertThatThrownBy(() -> Conformity.decide(new ScaleReadings(ScaleClass.III, d("5"), d("15000"), "g", VerificationKind.INITIAL,
                false, Weighing.of("50", "50", "-1"), base.loads(), List.of(), List.of()), NOW, BOOK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero.addedWeights")
                .hasMessageContaining("附加小砝码").hasMessageContaining("JJG 539-2016");
        assertThatThrownBy(() -> Conformity.decide(new ScaleReadings(ScaleClass.III, d("5"), d("15000"), "g", VerificationKind.INITIAL,
                false, base.zero(), List.of(Weighing.of("15005", "15005", "0")), List.of(), List.of()), NOW, BOOK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loads[0].load").hasMessageContaining("最大秤量");
        assertThatThrownBy(() -> Conformity.decide(new ScaleReadings(ScaleClass.III, d("0"), d("15000"), "g", VerificationKind.INITIAL,
                false, base.zero(), base.loads(), List.of(), List.of()), NOW, BOOK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e:").hasMessageContaining("检定分度值");
        assertThatThrownBy(() -> Conformity.decide(new ScaleReadings(ScaleClass.III, d("5"), d("15000"), "g", VerificationKind.INITIAL,
                false, base.zero(), base.loads(), List.of(Weighing.of("100", "100", "1"), Weighing.of("200", "200", "1")), List.of()),
                NOW, BOOK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeatability[1].load").hasMessageContaining("同一载荷");
        assertThatThrownBy(() -> Conformity.decide(new ScaleReadings(ScaleClass.III, d("5"), d("15000"), "g", VerificationKind.INITIAL,
                false, null, base.loads(), List.of(), List.of()), NOW, BOOK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero").hasMessageContaining("必填");
    }

    // ------------------------------------------------------------------ fuel dispensers

    static FuelDispenserReadings dispenser(String... indicatedStandard) {
        List<FuelDispenserReadings.Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < indicatedStandard.length; i += 2) {
            runs.add(FuelDispenserReadings.Run.of("Qmax", indicatedStandard[i], indicatedStandard[i + 1]));
        }
        return new FuelDispenserReadings(VerificationKind.SUBSEQUENT, runs);
    }

    @Test
    void fuelDispenserDecisionsOn20240430And20240501UseDifferentEditions() {
        FuelDispenserReadings r = dispenser("20.012", "20", "19.980", "20", "19.990", "20"); // +0.06, −0.10, −0.05 %
        ConformityDecision before = Conformity.decide(r, LocalDate.of(2024, 4, 30), BOOK);
        ConformityDecision after = Conformity.decide(r, LocalDate.of(2024, 5, 1), BOOK);
        assertThat(before.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 443-2015");
        assertThat(after.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 443-2023 (试行)");
        for (ConformityDecision dec : List.of(before, after)) {
            assertThat(dec.conforming()).isTrue();
            assertThat(dec.anyUnverified()).isTrue();
            assertThat(dec.points()).singleElement().satisfies(p -> {
                assertThat(p.error()).isEqualByComparingTo("-0.0300"); // mean of the 3 runs
                assertThat(p.mpe().upper()).isEqualByComparingTo("0.30");
            });
            // (E_max − E_min)/d_3 = 0.16/1.69 = 0.0947 % ≤ 0.10 %
            assertThat(dec.repeatability().get(0).value()).isEqualByComparingTo("0.0947");
        }
        assertThat(after.reasons()).extracting(Reason::en).anySatisfy(s -> assertThat(s).contains("JJG 443-2023"));
    }

    @Test
    void theSameRunsFailRepeatabilityUnderJjg443Of2006() {
        // 2006: repeatability E_max − E_min = 0.16 % > 0.15 % (5.1.1); the RANGE definition is [M], so the decision is flagged
        ConformityDecision dec = Conformity.decide(dispenser("20.012", "20", "19.980", "20", "19.990", "20"), LocalDate.of(2010, 1, 1), BOOK);
        assertThat(dec.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 443-2006");
        assertThat(dec.repeatability().get(0).value()).isEqualByComparingTo("0.1600");
        assertThat(dec.repeatability().get(0).limit()).isEqualByComparingTo("0.15");
        assertThat(dec.conforming()).isFalse();
        assertThat(dec.anyUnverified()).isTrue();
    }

    @Test
    void workedDispenserExampleFromAnExamAnswer() {
        // https://m.jhq8.cn/daan/2024/05/3458638.html [S]: V_J 19.77/19.82/20 L against V_s 19.685/19.749/19.884 L;
        // printed: mean 0.46 % > 0.3 %, repeatability (0.58 − 0.36)/1.69 = 0.13 % > 0.10 % (from rounded errors)
        ConformityDecision dec = Conformity.decide(dispenser("19.77", "19.685", "19.82", "19.749", "20", "19.884"), NOW, BOOK);
        assertThat(dec.conforming()).isFalse();
        assertThat(dec.points().get(0).error()).isEqualByComparingTo("0.4582");
        assertThat(dec.repeatability().get(0).value()).isEqualByComparingTo("0.1325");
        assertThat(dec.reasons()).extracting(Reason::code).contains("ERROR_EXCEEDS_MPE", "REPEATABILITY_EXCEEDED");
    }

    @Test
    void dispenserRunsAtTheMinimumMeasuredQuantityStandInWith2006WhereNotObtained() {
        FuelDispenserReadings r = new FuelDispenserReadings(VerificationKind.INITIAL, List.of(
                new FuelDispenserReadings.Run("Vmin", d("2.004"), d("2"), true), new FuelDispenserReadings.Run("Vmin", d("2.000"), d("2"), true)));
        ConformityDecision old = Conformity.decide(r, LocalDate.of(2010, 1, 1), BOOK);
        assertThat(old.points().get(0).mpe().upper()).isEqualByComparingTo("0.5");
        // JJG 443-2006 5.1.2: mean +0.1 % within ±0.5 %, range 0.2 % within 0.25 %
        assertThat(old.conforming()).isTrue();
        assertThat(old.repeatability().get(0).limit()).isEqualByComparingTo("0.25");
        // JJG 443-2023 in force now; its minimum-measured-quantity values were not obtained: 2006 stands in, marked.
        ConformityDecision now = Conformity.decide(r, NOW, BOOK);
        assertThat(now.conforming()).isTrue();
        assertThat(now.anyUnverified()).isTrue();
        assertThat(now.standIns()).singleElement().satisfies(s -> assertThat(s.decidedWith().regulation()).isEqualTo("JJG 443-2006"));
    }

    @Test
    void fourRunsNeedAD4ThatWasNotObtained() {
        assertThatThrownBy(() -> Conformity.decide(dispenser("20", "20", "20", "20", "20", "20", "20", "20"), NOW, BOOK))
                .isInstanceOf(NotObtainedException.class).hasMessageContaining("d_n for 4 runs");
    }

    // ------------------------------------------------------------------ water meters, gas meters, thermometers, sphygmomanometers

    @Test
    void waterMeterDecisionUsesTheZoneAndTheTemperature() {
        // class 2, Q1 = 0.025, Q4 = 5 m³/h; +2.5 % in the upper zone passes only above 30 °C (±3 %)
        WaterMeterReadings hot = new WaterMeterReadings(2, d("0.025"), d("5"), VerificationKind.INITIAL, List.of(
                new WaterMeterReadings.Point(d("0.03"), d("50"), d("10.45"), d("10")),    // +4.5 % lower zone ±5 %
                new WaterMeterReadings.Point(d("2.5"), d("50"), d("102.5"), d("100"))));  // +2.5 % upper zone hot ±3 %
        assertThat(Conformity.decide(hot, NOW, BOOK).conforming()).isTrue();
        WaterMeterReadings cold = new WaterMeterReadings(2, d("0.025"), d("5"), VerificationKind.INITIAL, List.of(
                new WaterMeterReadings.Point(d("2.5"), d("20"), d("102.5"), d("100"))));
        ConformityDecision dec = Conformity.decide(cold, NOW, BOOK);
        assertThat(dec.conforming()).isFalse();
        assertThat(dec.points().get(0).error()).isEqualByComparingTo("2.5");
        assertThat(dec.anyUnverified()).isTrue();
    }

    @Test
    void gasMeterInServiceIsTwice() {
        GasMeterReadings r = new GasMeterReadings(d("1.5"), d("0.016"), d("2.5"), VerificationKind.INITIAL, List.of(
                new GasMeterReadings.Point(d("2.5"), d("101.6"), d("100"))));  // +1.6 % at q_max: MPE ±1.5 %
        assertThat(Conformity.decide(r, NOW, BOOK).conforming()).isFalse();
        GasMeterReadings s = new GasMeterReadings(d("1.5"), d("0.016"), d("2.5"), VerificationKind.IN_SERVICE, r.points());
        assertThat(Conformity.decide(s, NOW, BOOK).conforming()).isTrue();
    }

    @Test
    void earThermometerAndSphygmomanometerDecisions() {
        EarThermometerReadings t = new EarThermometerReadings(VerificationKind.INITIAL, List.of(
                new EarThermometerReadings.Point(d("35.0"), d("35.2")), new EarThermometerReadings.Point(d("37.0"), d("36.9")),
                new EarThermometerReadings.Point(d("41.5"), d("41.8"))));
        ConformityDecision dt = Conformity.decide(t, NOW, BOOK);
        assertThat(dt.points()).extracting(PointResult::pass).containsExactly(true, true, false);
        assertThat(dt.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 1164-2019");

        SphygmomanometerReadings p = new SphygmomanometerReadings(VerificationKind.INITIAL, d("0.5"), List.of(
                new SphygmomanometerReadings.Point(d("10.0"), d("10.4")), new SphygmomanometerReadings.Point(d("20.0"), d("19.5"))));
        ConformityDecision dp = Conformity.decide(p, NOW, BOOK);
        assertThat(dp.points()).extracting(PointResult::pass).containsExactly(true, true, false);
        SphygmomanometerReadings ps = new SphygmomanometerReadings(VerificationKind.SUBSEQUENT, d("0.5"), p.points());
        assertThat(Conformity.decide(ps, NOW, BOOK).conforming()).isTrue();
    }

    @Test
    void anAdministratorsNewerEditionDecidesFromItsDate() {
        String text = """
                # rule: mpe.ear-thermometer
                # regulation: JJG 1164-2030
                # clause: 5.1
                # effective-from: 2030-01-01
                # verified: true
                # source: test
                band,from_c,to_c,mpe_c,tag
                inside,35.0,42.0,0.1,V
                outside,,,0.2,V
                """;
        RuleBook newer = BOOK.with(org.metrolex.metrology.rules.RuleFileParser.parse("t", new java.io.StringReader(text)));
        EarThermometerReadings t = new EarThermometerReadings(VerificationKind.INITIAL, List.of(new EarThermometerReadings.Point(d("37.0"), d("37.15"))));
        assertThat(Conformity.decide(t, LocalDate.of(2029, 12, 31), newer).conforming()).isTrue();
        ConformityDecision d2030 = Conformity.decide(t, LocalDate.of(2030, 1, 1), newer);
        assertThat(d2030.conforming()).isFalse();
        assertThat(d2030.anyUnverified()).isFalse();
        assertThat(d2030.editionsUsed()).extracting(e -> e.regulation()).containsExactly("JJG 1164-2030");
    }
}
