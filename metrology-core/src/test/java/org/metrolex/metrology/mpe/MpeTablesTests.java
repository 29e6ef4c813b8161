package org.metrolex.metrology.mpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.metrology.rules.NoRuleInForceException;
import org.metrolex.metrology.rules.RuleBook;

/** MPE tables of RULES.md §4 as shipped: every band edge, editions by date, refusals where values were not obtained. */
class MpeTablesTests {

    private static final MpeTables T = MpeTables.of(RuleBook.shipped());
    private static final LocalDate NOW = LocalDate.of(2025, 6, 1);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    // ------------------------------------------------------------------ scales

    @ParameterizedTest(name = "{0} class {1} at {2} e {3}: ±{4} e ({5}, {6})")
    @CsvFileSource(resources = "/mpe/scale-bands.csv", commentCharacter = '#')
    void scaleBandsAndEdges(String date, String cls, String loadE, VerificationKind kind, String mpeE, String regulation, String citation) {
        for (String e : new String[] {"1", "0.005", "20"}) {
            BigDecimal load = d(loadE).multiply(d(e));
            BigDecimal max = load.max(d(e));
            Mpe m = T.scale(ScaleClass.parse(cls), load, d(e), max, "kg", kind, LocalDate.parse(date), false);
            assertThat(m.upper()).as(citation + ", e = " + e).isEqualByComparingTo(d(mpeE).multiply(d(e)));
            assertThat(m.lower()).isEqualByComparingTo(m.upper().negate());
            assertThat(m.edition().regulation()).isEqualTo(regulation);
        }
    }

    @Test
    void scaleMpeIsSymmetricAndNonDecreasingWithLoadAndInServiceIsTwice() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2010, 1, 1), NOW}) {
            for (ScaleClass c : ScaleClass.values()) {
                if (date.getYear() == 2010 && (c == ScaleClass.I || c == ScaleClass.II)) {
                    continue; // JJG 539-1997 has classes III and IIII only
                }
                BigDecimal e = d("0.01");
                BigDecimal top = switch (c) {
                    case I -> d("400000");
                    case II -> d("100000");
                    case III -> d("10000");
                    case IIII -> d("1000");
                };
                BigDecimal max = top.multiply(e);
                BigDecimal step = top.divide(d("997"), 3, java.math.RoundingMode.DOWN);
                BigDecimal previous = BigDecimal.ZERO;
                for (BigDecimal n = BigDecimal.ZERO; n.compareTo(top) <= 0; n = n.add(step)) {
                    BigDecimal load = n.multiply(e);
                    Mpe v = T.scale(c, load, e, max, "kg", VerificationKind.INITIAL, date, false);
                    Mpe s = T.scale(c, load, e, max, "kg", VerificationKind.IN_SERVICE, date, false);
                    assertThat(v.isSymmetric()).isTrue();
                    assertThat(v.upper()).as("class %s load %s e", c, n).isGreaterThanOrEqualTo(previous);
                    assertThat(s.upper()).isEqualByComparingTo(v.upper().multiply(d("2")));
                    assertThat(T.scale(c, load, e, max, "kg", VerificationKind.SUBSEQUENT, date, false).upper())
                            .isEqualByComparingTo(v.upper());
                    previous = v.upper();
                }
            }
        }
    }

    @Test
    void scaleEditionsByDateAndTheirVerifiedFlags() {
        Mpe old = T.scale(ScaleClass.III, d("1"), d("1"), d("3000"), "g", VerificationKind.INITIAL, LocalDate.of(2015, 12, 31), false);
        assertThat(old.edition().regulation()).isEqualTo("JJG 539-1997");
        assertThat(old.verified()).isTrue();
        Mpe now = T.scale(ScaleClass.III, d("1"), d("1"), d("3000"), "g", VerificationKind.INITIAL, NOW, false);
        assertThat(now.edition().regulation()).isEqualTo("JJG 539-2016 / OIML R 76-1");
        assertThat(now.verified()).isFalse();
        // The in-service factor is [S]: an in-service MPE is unverified even under the verified 1997 table.
        assertThat(T.scale(ScaleClass.III, d("1"), d("1"), d("3000"), "g", VerificationKind.IN_SERVICE, LocalDate.of(2010, 1, 1), false)
                .verified()).isFalse();
        // The day JJG 539-2016 took effect was not obtained: dates in 2016–2018 are refused, not guessed.
        assertThatThrownBy(() -> T.scale(ScaleClass.III, d("1"), d("1"), d("3000"), "g", VerificationKind.INITIAL,
                LocalDate.of(2017, 6, 1), false))
                .isInstanceOf(NotObtainedException.class).hasMessageContaining("edition in force not obtained")
                .hasMessageContaining("JJG 539-2016").hasMessageContaining("有效版本未取得");
        assertThatThrownBy(() -> T.scale(ScaleClass.III, d("1"), d("1"), d("3000"), "g", VerificationKind.INITIAL,
                LocalDate.of(1990, 1, 1), false)).isInstanceOf(NoRuleInForceException.class);
        // Class I is not in the 1997 table.
        assertThatThrownBy(() -> T.scale(ScaleClass.I, d("1"), d("1"), d("3000"), "g", VerificationKind.INITIAL,
                LocalDate.of(2010, 1, 1), false)).isInstanceOf(NotObtainedException.class).hasMessageContaining("class I");
    }

    @Test
    void priceComputingScalesSwitchToJjg1204On20270108AndDecideWithJjg539AsAMarkedStandIn() {
        // JJG 1204-2025 takes effect 2027-01-08 (S35); its 5.5 values were not obtained. docs/rules.md
        // "Editions not obtained": verification goes on with the scale rule in force (JJG 539-2016 / OIML R 76-1)
        // as an unverified stand-in, and the result says so.
        Mpe before = T.scale(ScaleClass.III, d("2500"), d("5"), d("15000"), "g", VerificationKind.INITIAL, LocalDate.of(2027, 1, 7), true);
        assertThat(before.edition().regulation()).isEqualTo("JJG 539-2016 / OIML R 76-1");
        assertThat(before.edition().isStandIn()).isFalse();
        assertThat(before.upper()).isEqualByComparingTo("2.5");
        Mpe after = T.scale(ScaleClass.III, d("2500"), d("5"), d("15000"), "g", VerificationKind.INITIAL, LocalDate.of(2027, 1, 8), true);
        assertThat(after.upper()).isEqualByComparingTo("2.5");
        assertThat(after.verified()).isFalse();
        assertThat(after.edition().regulation()).isEqualTo("JJG 1204-2025 (试行)");
        assertThat(after.edition().isStandIn()).isTrue();
        assertThat(after.edition().decidedWith().regulation()).isEqualTo("JJG 539-2016 / OIML R 76-1");
        assertThat(after.edition().citation()).isEqualTo(
                "JJG 1204-2025 (试行) in force; its tables not obtained; decided with JJG 539-2016 / OIML R 76-1 values, unverified");
        assertThat(after.edition().citationZh()).isEqualTo(
                "现行 JJG 1204-2025 (试行)，其数值表未取得；以 JJG 539-2016 / OIML R 76-1 的数值代用判定，未经核实");
        // A digital indicating scale that is not price-computing stays under JJG 539, not a stand-in.
        Mpe plain = T.scale(ScaleClass.III, d("2500"), d("5"), d("15000"), "g", VerificationKind.INITIAL, LocalDate.of(2027, 1, 8), false);
        assertThat(plain.edition().regulation()).isEqualTo("JJG 539-2016 / OIML R 76-1");
        assertThat(plain.edition().isStandIn()).isFalse();
    }

    @Test
    void anAdministratorsTableOfJjg1204ReplacesTheStandInFromItsDate() throws Exception {
        String file = """
                # rule: mpe.scale.price-computing
                # regulation: JJG 1204-2025 (试行)
                # clause: 5.5 (test table, not the official values)
                # effective-from: 2027-01-08
                # verified: false
                class,above_e,up_to_e,mpe_e,tag
                III,,500,0.5,S
                III,500,2000,1.0,S
                III,2000,10000,1.5,S
                """;
        RuleBook book = new RuleBook(RuleBook.shipped().all().stream()
                .filter(t -> !t.edition().regulation().startsWith("JJG 1204")).toList())
                .with(org.metrolex.metrology.rules.RuleFileParser.parse("test", new java.io.StringReader(file)));
        Mpe m = MpeTables.of(book).scale(ScaleClass.III, d("2500"), d("5"), d("15000"), "g", VerificationKind.INITIAL,
                LocalDate.of(2027, 1, 8), true);
        assertThat(m.edition().isStandIn()).isFalse();
        assertThat(m.edition().citation()).isEqualTo("JJG 1204-2025 (试行) 5.5 (test table, not the official values) (unverified)");
        assertThat(m.upper()).isEqualByComparingTo("2.5");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "10000.001 | 10000 | 10000.001 | class III load above the 10000 e top of the table",
            "-0.001    | 3000  | 3000      | negative load",
            "3000.5    | 3000  | 3000.5    | load above Max (max = 3000, field load)"})
    void scaleLoadsOutsideTheTableAreBadInputNamingFieldAndRule(String load, String max, String ignored, String why) {
        assertThatThrownBy(() -> T.scale(ScaleClass.III, d(load), d("1"), d(max), "g", VerificationKind.INITIAL, NOW, false))
                .as(why).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load").hasMessageContaining("载荷").hasMessageContaining("JJG 539-2016");
    }

    // ------------------------------------------------------------------ fuel dispensers

    @ParameterizedTest(name = "{0} min={1}: ±{2} % by {3}")
    @CsvSource({
            // JJG 443-2006 5.1.1 / 5.1.2 [V]
            "2010-01-01,false,0.3,JJG 443-2006,true",
            "2010-01-01,true,0.5,JJG 443-2006,true",
            // JJG 443-2015 (S12) [S]
            "2024-04-30,false,0.30,JJG 443-2015,false",
            // JJG 443-2023 in force 2024-05-01 (S7, S8) [S]
            "2024-05-01,false,0.30,JJG 443-2023 (试行),false"})
    void fuelDispenserMpeByEdition(String date, boolean min, String mpe, String regulation, boolean verified) {
        Mpe m = T.fuelDispenser(VerificationKind.INITIAL, min, LocalDate.parse(date));
        assertThat(m.upper()).isEqualByComparingTo(mpe);
        assertThat(m.unit()).isEqualTo("%");
        assertThat(m.edition().regulation()).isEqualTo(regulation);
        assertThat(m.verified()).isEqualTo(verified);
    }

    @Test
    void fuelDispenserValuesNotObtainedStandInFromTheLastEditionThatGivesThemOrAreRefused() {
        // JJG 443-2015 and -2023 minimum-measured-quantity values were not obtained: JJG 443-2006 5.1.2 stands in.
        for (LocalDate date : List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2020, 1, 1))) {
            Mpe mmq = T.fuelDispenser(VerificationKind.INITIAL, true, date);
            assertThat(mmq.upper()).isEqualByComparingTo("0.5");
            assertThat(mmq.verified()).isFalse();
            assertThat(mmq.edition().isStandIn()).isTrue();
            assertThat(mmq.edition().decidedWith().regulation()).isEqualTo("JJG 443-2006");
            assertThat(mmq.edition().regulation()).startsWith(date.getYear() == 2020 ? "JJG 443-2015" : "JJG 443-2023");
            assertThat(mmq.edition().citation()).contains(" in force; its tables not obtained; decided with JJG 443-2006 values, unverified");
        }
        // Nothing to stand in: no edition gives in-service MPEs.
        assertThatThrownBy(() -> T.fuelDispenser(VerificationKind.IN_SERVICE, false, NOW))
                .isInstanceOf(NotObtainedException.class).hasMessageContaining("in-service");
        // The day JJG 443-2015 took effect was not obtained: dates where either edition may apply are refused.
        assertThatThrownBy(() -> T.fuelDispenser(VerificationKind.INITIAL, false, LocalDate.of(2016, 3, 1)))
                .isInstanceOf(NotObtainedException.class).hasMessageContaining("JJG 443-2015");
        assertThat(T.fuelDispenserRule(VerificationKind.INITIAL, false, LocalDate.of(2024, 5, 1)).repeatabilityLimitPct())
                .isEqualByComparingTo("0.10");
        assertThat(T.fuelDispenserRule(VerificationKind.INITIAL, false, LocalDate.of(2010, 5, 1)).repeatabilityLimitPct())
                .isEqualByComparingTo("0.15");
    }

    // ------------------------------------------------------------------ water meters

    @ParameterizedTest(name = "class {0} q={1} (Q1={2}, Q4={3}) at {4} °C: ±{5} % — {6}")
    @CsvSource({
            // JJG 162-2019 / OIML R 49 [M]: lower zone Q1 <= q < Q2 = 1.6 Q1, upper zone Q2 <= q <= Q4
            "2,0.025,0.025,5,20,5,lower zone starts at Q1 inclusive",
            "2,0.0399,0.025,5,20,5,just below Q2 = 0.04",
            "2,0.04,0.025,5,20,2,Q2 = 1.6 Q1 is in the upper zone",
            "2,5,0.025,5,20,2,Q4 inclusive",
            "2,2.5,0.025,5,30,2,30 °C is not above 30 °C",
            "2,2.5,0.025,5,30.1,3,above 30 °C: ±3 %",
            "2,0.03,0.025,5,50,5,lower zone ignores temperature",
            "1,0.03,0.025,5,20,3,class 1 lower zone",
            "1,0.04,0.025,5,20,1,class 1 upper zone",
            "1,0.04,0.025,5,31,2,class 1 upper zone above 30 °C"})
    void waterMeterZones(int cls, String q, String q1, String q4, String temp, String mpe, String why) {
        Mpe m = T.waterMeter(cls, d(q), d(q1), d(q4), d(temp), VerificationKind.INITIAL, NOW);
        assertThat(m.upper()).as(why).isEqualByComparingTo(mpe);
        assertThat(m.edition().regulation()).isEqualTo("JJG 162-2019 / OIML R 49");
        assertThat(m.verified()).isFalse();
    }

    @Test
    void waterMeterOutsideItsRangeOrInServiceIsRefused() {
        assertThatThrownBy(() -> T.waterMeter(2, d("0.02"), d("0.025"), d("5"), d("20"), VerificationKind.INITIAL, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q:").hasMessageContaining("流量点");
        assertThatThrownBy(() -> T.waterMeter(3, d("1"), d("0.025"), d("5"), d("20"), VerificationKind.INITIAL, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class");
        assertThatThrownBy(() -> T.waterMeter(2, d("1"), d("0.025"), d("5"), d("20"), VerificationKind.IN_SERVICE, NOW))
                .isInstanceOf(NotObtainedException.class);
    }

    // ------------------------------------------------------------------ gas meters

    @ParameterizedTest(name = "class {0} q={1} {4}: ±{5} %")
    @CsvSource({
            // JJG 577-2012 [M]; q_t = 0.1 q_max [V]
            "1.5,0.016,0.016,2.5,INITIAL,3,q_min inclusive",
            "1.5,0.2499,0.016,2.5,INITIAL,3,just below q_t = 0.25",
            "1.5,0.25,0.016,2.5,INITIAL,1.5,q_t inclusive upper zone",
            "1.5,2.5,0.016,2.5,SUBSEQUENT,1.5,q_max inclusive",
            "1.5,0.25,0.016,2.5,IN_SERVICE,3.0,in service twice",
            "1.5,0.1,0.016,2.5,IN_SERVICE,6,in service twice lower zone",
            "1.0,0.1,0.016,2.5,INITIAL,2,class 1.0 lower zone",
            "1,1,0.016,2.5,INITIAL,1,class 1.0 upper zone"})
    void gasMeterZones(String cls, String q, String qmin, String qmax, VerificationKind kind, String mpe, String why) {
        Mpe m = T.gasMeter(d(cls), d(q), d(qmin), d(qmax), kind, NOW);
        assertThat(m.upper()).as(why).isEqualByComparingTo(mpe);
        assertThat(m.edition().regulation()).isEqualTo("JJG 577-2012 / OIML R 137");
    }

    // ------------------------------------------------------------------ ear thermometers, sphygmomanometers

    @ParameterizedTest(name = "{0} °C: ±{1} °C verified={2}")
    @CsvSource({
            // JJG 1164-2019: ±0.2 °C within 35.0–42.0 °C [V], ±0.3 °C outside [M]
            "34.9,0.3,false", "35.0,0.2,true", "37.0,0.2,true", "41.5,0.2,true", "42.0,0.2,true", "42.1,0.3,false"})
    void earThermometerBands(String t, String mpe, boolean rowVerified) {
        Mpe m = T.earThermometer(d(t), VerificationKind.INITIAL, NOW);
        assertThat(m.upper()).isEqualByComparingTo(mpe);
        assertThat(m.unit()).isEqualTo("°C");
        // the edition mixes [V] and [M] rows, so it is flagged unverified as a whole
        assertThat(m.verified()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} … {2} kPa")
    @CsvSource({
            // JJG 270-2008 [M]: ±0.4 kPa first, ±0.5 kPa subsequent and in service
            "INITIAL,-0.4,0.4", "SUBSEQUENT,-0.5,0.5", "IN_SERVICE,-0.5,0.5"})
    void sphygmomanometerByKind(VerificationKind kind, String lower, String upper) {
        Mpe m = T.sphygmomanometer(kind, NOW);
        assertThat(m.lower()).isEqualByComparingTo(lower);
        assertThat(m.upper()).isEqualByComparingTo(upper);
        assertThat(m.edition().regulation()).isEqualTo("JJG 270-2008");
    }

    @Test
    void sphygmomanometerZeroErrorIsAsymmetric() {
        // JJG 270-2008 zero error −0.2 … +0.5 kPa [V]
        Mpe z = T.sphygmomanometerZero(NOW);
        assertThat(z.isSymmetric()).isFalse();
        assertThat(z.admits(d("-0.2"))).isTrue();
        assertThat(z.admits(d("-0.21"))).isFalse();
        assertThat(z.admits(d("0.5"))).isTrue();
        assertThat(z.admits(d("0.51"))).isFalse();
        assertThat(z.display()).isEqualTo("-0.2…+0.5 kPa");
    }

    @Test
    void everyShippedMpeFileHasOnlyKnownParameters() {
        var known = java.util.Set.of("kinds", "stand-in-rule", "in-service-factor", "in-service-factor-tag", "effective-from-obtained",
                "edition-uncertain-until", "delegate", "point-error", "point-error-tag", "repeatability-method",
                "repeatability-method-tag", "dn.3", "scope-max-flow-l-per-min", "q2-over-q1", "q2-over-q1-tag",
                "temperature-threshold-c", "qt-over-qmax", "qt-over-qmax-tag");
        for (String id : MpeTables.ruleIds()) {
            for (var t : RuleBook.shipped().editions(id)) {
                assertThat(known).as(t.edition().regulation() + " parameters (a prose comment with a colon?)")
                        .containsAll(t.parameters().keySet());
                assertThat(t.edition().clause()).isNotBlank();
            }
        }
    }
}
