package org.metrolex.metrology.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.conformity.ScaleReadings.Weighing;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleFileParser;

/**
 * Every label a decision writes is one of {@link ResultLabel}'s wordings and reads back to its key, so a page or a
 * certificate can say it in its own language; and the samples below reach every wording, so a new one cannot be
 * added without them.
 */
class ResultLabelTests {

    private static final RuleBook BOOK = RuleBook.shipped();
    private static final LocalDate NOW = LocalDate.of(2025, 6, 1);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Decisions of every family this library decides, with every kind of row it writes. */
    static List<ConformityDecision> samples() {
        List<ConformityDecision> out = new ArrayList<>();
        ScaleReadings base = ConformityTests.scale(VerificationKind.INITIAL, "10005", "1.5", ConformityTests.GOOD_REPEATABILITY);
        out.add(Conformity.decide(new ScaleReadings(base.scaleClass(), base.e(), base.max(), base.unit(), base.kind(), false, base.zero(),
                base.loads(), base.repeatability(), List.of(Weighing.of("5000", "5000", "1.0"), Weighing.of("5000", "5010", "0.0"))), NOW, BOOK));
        // JJG 443-2006 takes the mean of the runs and the plain range; JJG 443-2015 each run and the range over d_n
        out.add(Conformity.decide(ConformityTests.dispenser("20.012", "20", "19.980", "20", "19.990", "20"), LocalDate.of(2010, 1, 1), BOOK));
        out.add(Conformity.decide(ConformityTests.dispenser("20.012", "20"), LocalDate.of(2010, 1, 1), BOOK));
        out.add(Conformity.decide(ConformityTests.dispenser("20.012", "20", "19.980", "20", "19.990", "20"), LocalDate.of(2024, 4, 30), BOOK));
        // an administrator's edition may judge each run on its own (point-error other than MEAN)
        String eachRun = """
                # rule: mpe.fuel-dispenser
                # regulation: JJG 443-2030
                # clause: 5.1
                # effective-from: 2030-01-01
                # verified: true
                # source: test
                # kinds: INITIAL SUBSEQUENT
                # point-error: EACH
                # repeatability-method: RANGE
                quantity,mpe_pct,repeatability_pct,tag
                general,0.30,0.10,V
                minimum-measured-quantity,0.50,0.25,V
                """;
        RuleBook newer = BOOK.with(RuleFileParser.parse("t", new StringReader(eachRun)));
        out.add(Conformity.decide(ConformityTests.dispenser("20.012", "20", "19.980", "20"), LocalDate.of(2030, 1, 1), newer));
        out.add(Conformity.decide(new WaterMeterReadings(2, d("0.025"), d("5"), VerificationKind.INITIAL, List.of(
                new WaterMeterReadings.Point(d("2.5"), d("20"), d("102.5"), d("100")))), NOW, BOOK));
        out.add(Conformity.decide(new GasMeterReadings(d("1.5"), d("0.016"), d("2.5"), VerificationKind.INITIAL, List.of(
                new GasMeterReadings.Point(d("2.5"), d("101.6"), d("100")))), NOW, BOOK));
        out.add(Conformity.decide(new EarThermometerReadings(VerificationKind.INITIAL, List.of(
                new EarThermometerReadings.Point(d("37.0"), d("36.9")))), NOW, BOOK));
        out.add(Conformity.decide(new SphygmomanometerReadings(VerificationKind.INITIAL, d("0.5"), List.of(
                new SphygmomanometerReadings.Point(d("20.0"), d("19.5")))), NOW, BOOK));
        return out;
    }

    @Test
    void everyLabelADecisionWritesReadsBackToItsKeyAndTheSamplesReachEveryKey() {
        Set<ResultLabel> seen = EnumSet.noneOf(ResultLabel.class);
        for (ConformityDecision dec : samples()) {
            for (PointResult p : dec.points()) {
                seen.add(ResultLabel.readPoint(p.label()).orElseThrow(() -> new AssertionError("unread point " + p.label())).key());
            }
            for (RepeatabilityResult r : dec.repeatability()) {
                seen.add(ResultLabel.readRepeatability(r.label()).orElseThrow(() -> new AssertionError("unread row " + r.label())).key());
                seen.add(ResultLabel.readMethod(r.method()).orElseThrow(() -> new AssertionError("unread method " + r.method())).key());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(ResultLabel.values());
    }

    @Test
    void theLabelsStayAsStoredBefore() {
        // readings, signed certificates and the command line carry these strings: they must not change
        assertThat(ResultLabel.ECCENTRICITY.format("2")).isEqualTo("eccentricity 2");
        assertThat(ResultLabel.FLOW_POINT_MEAN.format("Qmax", "3")).isEqualTo("Qmax (mean of 3 runs)");
        assertThat(ResultLabel.FLOW_POINT_RUN.format("Qmax", "1")).isEqualTo("Qmax run 1");
        assertThat(ResultLabel.WATER_FLOW_RATE.format("2.5")).isEqualTo("Q = 2.5");
        assertThat(ResultLabel.METHOD_RANGE_OVER_DN.format("1.69", "3", "JJG 443-2015"))
                .isEqualTo("(E_max − E_min)/d_n, d_n = 1.69 for 3 runs (JJG 443-2015)");
        assertThat(ResultLabel.readPoint("Qmax run 2")).hasValueSatisfying(r -> {
            assertThat(r.key()).isEqualTo(ResultLabel.FLOW_POINT_RUN);
            assertThat(r.args()).containsExactly("Qmax", "2");
        });
        assertThat(ResultLabel.readRepeatability("10000")).hasValueSatisfying(r -> assertThat(r.key()).isEqualTo(ResultLabel.REPEATABILITY_LOAD));
        assertThat(ResultLabel.readPoint(" ")).isEmpty();
    }

    @Test
    void aChineseReasonNamesThePointInChinese() {
        ScaleReadings base = ConformityTests.scale(VerificationKind.INITIAL, "10005", "1.5", List.of());
        ConformityDecision dec = Conformity.decide(new ScaleReadings(base.scaleClass(), base.e(), base.max(), base.unit(), base.kind(), false,
                base.zero(), base.loads(), List.of(), List.of(Weighing.of("5000", "5010", "0.0"))), NOW, BOOK);
        assertThat(dec.reasons()).filteredOn(r -> r.code().equals("ERROR_EXCEEDS_MPE")).singleElement().satisfies(r -> {
            assertThat(r.zh()).startsWith("偏载 第1点：误差 11.0 g").doesNotContain("eccentricity");
            assertThat(r.en()).startsWith("eccentricity 1: error 11.0 g");
        });
    }
}
