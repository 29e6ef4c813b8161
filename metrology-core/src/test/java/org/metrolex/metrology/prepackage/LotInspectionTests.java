package org.metrolex.metrology.prepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.prepackage.LotDecision.CriterionKind;
import org.metrolex.metrology.prepackage.LotDecision.Defect;
import org.metrolex.metrology.prepackage.LotDecision.Outcome;
import org.metrolex.metrology.rules.NoRuleInForceException;
import org.metrolex.metrology.rules.RuleBook;

/** The lot decision of JJF 1070-2005 4.3 with the plan of 附表4. */
class LotInspectionTests {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
    private static final LotInspection INSPECTION = LotInspection.inForce(RuleBook.shipped(), DAY);
    private static final NominalQuantity QN_500_G = NominalQuantity.of("500", "g");

    static List<BigDecimal> selfCheckSample() {
        try (var in = new BufferedReader(new InputStreamReader(
                LotInspectionTests.class.getResourceAsStream("self-check-sample.csv"), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("actual"))
                    .map(BigDecimal::new).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BigDecimal> lot(int n, String value) {
        return new ArrayList<>(Collections.nCopies(n, new BigDecimal(value)));
    }

    private static String fourDecimals(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void rulesSelfCheckIsReproduced() {
        // RULES.md §1 self-check [C]: Qn 500 g, N 300 -> n 50, T 15; q̄ 500.0720, s 3.2720, one package at
        // 484.0 g -> limit 498.7599, one T1, zero T2 -> pass.
        List<BigDecimal> sample = selfCheckSample();
        assertThat(sample).hasSize(50).contains(new BigDecimal("484.0"));
        LotDecision d = INSPECTION.decide(QN_500_G, 300, sample);

        assertThat(d.plan().sampleSize()).isEqualTo(50);
        assertThat(d.plan().lambda()).isEqualByComparingTo("0.379");
        assertThat(d.tolerableShortfall().value()).isEqualByComparingTo("15");
        assertThat(fourDecimals(d.mean())).isEqualTo("500.0720");
        assertThat(fourDecimals(d.standardDeviation())).isEqualTo("3.2720");
        assertThat(fourDecimals(d.meanLimit())).isEqualTo("498.7599");
        assertThat(LotDecision.display(d.meanLimit()).toPlainString()).isEqualTo("498.7599");
        assertThat(d.t1Count()).isEqualTo(1);
        assertThat(d.t2Count()).isZero();
        assertThat(d.accepted()).isTrue();
        assertThat(d.criteria()).extracting(LotDecision.Criterion::outcome).containsOnly(Outcome.PASS);
        assertThat(d.packages()).filteredOn(p -> p.defect() == Defect.T1).singleElement()
                .satisfies(p -> {
                    assertThat(p.actual()).isEqualByComparingTo("484.0");
                    assertThat(p.shortfall()).isEqualByComparingTo("16.0");
                    assertThat(p.position()).isEqualTo(32);
                });
        assertThat(d.criterion(CriterionKind.MEAN).reasonZh()).isEqualTo("平均实际含量 q̄ = 500.0720 g ≥ Qn − λ·s = 498.7599 g，合格");
        assertThat(d.criterion(CriterionKind.MEAN).reasonEn()).isEqualTo("mean actual content 500.0720 g ≥ Qn − λ·s = 498.7599 g: pass");
        assertThat(d.criterion(CriterionKind.T1_COUNT).reasonZh()).isEqualTo("T < d ≤ 2T 的件数 1 ≤ 允许数 3，合格");
        assertThat(d.criterion(CriterionKind.T2_COUNT).reasonEn()).isEqualTo("0 package(s) with d > 2T, 0 allowed: pass");
        assertThat(d.citation()).isEqualTo("JJF 1070-2005 4.3.1 允许短缺量 (= 定量包装商品计量监督管理办法 2005 附表3); "
                + "JJF 1070-2005 5.4.3 计量检验抽样方案 (= 定量包装商品计量监督管理办法 2005 附表4)");
        assertThat(d.summaryZh()).startsWith("批合格");
    }

    @Test
    void actualContentsInKilogramsGiveTheSameDecisionInGrams() {
        List<BigDecimal> kg = selfCheckSample().stream().map(q -> q.movePointLeft(3)).toList();
        LotDecision d = INSPECTION.decide(NominalQuantity.of("0.5", "kg"), 300, kg);
        assertThat(fourDecimals(d.mean())).isEqualTo("500.0720");
        assertThat(fourDecimals(d.meanLimit())).isEqualTo("498.7599");
        assertThat(d.tolerableShortfall().unit()).isEqualTo("g");
        assertThat(d.accepted()).isTrue();
    }

    @Test
    void aShortfallOfExactlyTIsNotADefectAndExactly2TIsT1() {
        // JJF 1070-2005 4.3.1: a defect is d > T; T1 is T < d ≤ 2T, T2 is d > 2T. Qn 500 g: T 15, 2T 30.
        List<BigDecimal> q = lot(50, "502");
        q.set(0, new BigDecimal("485.0"));   // d = 15 = T
        q.set(1, new BigDecimal("484.99"));  // d = 15.01
        q.set(2, new BigDecimal("470.0"));   // d = 30 = 2T
        q.set(3, new BigDecimal("469.99"));  // d = 30.01
        LotDecision d = INSPECTION.decide(QN_500_G, 300, q);
        assertThat(d.packages().subList(0, 4)).extracting(LotDecision.PackageResult::defect)
                .containsExactly(Defect.NONE, Defect.T1, Defect.T1, Defect.T2);
        assertThat(d.t1Count()).isEqualTo(2);
        assertThat(d.t2Count()).isEqualTo(1);
        assertThat(d.accepted()).isFalse();
        assertThat(d.criterion(CriterionKind.T2_COUNT).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.criterion(CriterionKind.T2_COUNT).reasonZh()).isEqualTo("d > 2T 的件数 1 > 允许数 0，不合格");

        List<BigDecimal> onlyAtT = lot(50, "502");
        onlyAtT.set(0, new BigDecimal("485"));
        assertThat(INSPECTION.decide(QN_500_G, 300, onlyAtT).t1Count()).isZero();
    }

    @Test
    void dEqualToTIsNeverADefectForAnyNominalQuantity() {
        Random random = new Random(1070_2005);
        TolerableShortfalls rule = INSPECTION.shortfalls();
        for (int i = 0; i < 500; i++) {
            NominalQuantity qn = NominalQuantity.of(BigDecimal.valueOf(1 + random.nextInt(50_000_000), 3), "g");
            BigDecimal t = rule.of(qn).value();
            List<BigDecimal> q = lot(10, qn.value().toPlainString());
            q.set(0, qn.value().subtract(t));
            LotDecision d = INSPECTION.decide(qn, 20, q);
            assertThat(d.packages().get(0).defect()).as("Qn %s, T %s", qn, t).isEqualTo(Defect.NONE);
        }
    }

    @Test
    void tooManyT1DefectsRejectTheLot() {
        // 附表4 100~500: 3 T1 allowed, the 4th rejects.
        List<BigDecimal> q = lot(50, "505");
        for (int i = 0; i < 4; i++) {
            q.set(i, new BigDecimal("480"));
        }
        LotDecision d = INSPECTION.decide(QN_500_G, 300, q);
        assertThat(d.t1Count()).isEqualTo(4);
        assertThat(d.criterion(CriterionKind.T1_COUNT).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.criterion(CriterionKind.T1_COUNT).reasonEn()).isEqualTo("4 package(s) with T < d ≤ 2T, 3 allowed: fail");
        assertThat(d.accepted()).isFalse();
        q.set(3, new BigDecimal("505"));
        assertThat(INSPECTION.decide(QN_500_G, 300, q).accepted()).isTrue();
    }

    @Test
    void aMeanBelowTheLimitRejectsTheLot() {
        // 4.3.2: all 50 at 499 g: s = 0, limit = Qn = 500 > 499.
        LotDecision d = INSPECTION.decide(QN_500_G, 300, lot(50, "499"));
        assertThat(d.standardDeviation()).isEqualByComparingTo("0");
        assertThat(d.meanLimit()).isEqualByComparingTo("500");
        assertThat(d.criterion(CriterionKind.MEAN).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(d.criterion(CriterionKind.MEAN).reasonZh()).isEqualTo("平均实际含量 q̄ = 499.0000 g < Qn − λ·s = 500.0000 g，不合格");
        assertThat(d.t1Count()).isZero();
        assertThat(d.accepted()).isFalse();
        assertThat(d.summaryEn()).startsWith("lot rejected");
    }

    @Test
    void aLotOfOneToTenHasNoMeanTestAndNoDefectAllowed() {
        // 附表4 批量 1~10: n = N, 只检单件, 不计算平均实际含量; 0 T1 and 0 T2 allowed.
        LotDecision ok = INSPECTION.decide(QN_500_G, 4, lot(4, "499"));
        assertThat(ok.mean()).isNull();
        assertThat(ok.standardDeviation()).isNull();
        assertThat(ok.criterion(CriterionKind.MEAN).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(ok.criterion(CriterionKind.MEAN).reasonZh()).contains("不计算平均实际含量");
        assertThat(ok.accepted()).isTrue();
        List<BigDecimal> q = lot(4, "499");
        q.set(2, new BigDecimal("484"));
        assertThat(INSPECTION.decide(QN_500_G, 4, q).accepted()).isFalse();
    }

    @Test
    void whereNoShortfallIsAllowedAnyShortfallRejects() {
        // 附表3 计数 Qn <= 50: 不允许出现短缺量 -> T = 0, so any d > 0 is d > 2T.
        NominalQuantity twenty = NominalQuantity.of("20", "个");
        List<BigDecimal> q = lot(10, "21");
        q.set(5, new BigDecimal("19"));
        LotDecision d = INSPECTION.decide(twenty, 30, q);
        assertThat(d.tolerableShortfall().noShortfallAllowed()).isTrue();
        assertThat(d.t2Count()).isEqualTo(1);
        assertThat(d.accepted()).isFalse();
    }

    @Test
    void theWrongNumberOfActualContentsIsRefusedWithBothCounts() {
        assertThatThrownBy(() -> INSPECTION.decide(QN_500_G, 300, lot(49, "500")))
                .isInstanceOf(InvalidPrepackageInput.class)
                .satisfies(e -> assertThat(((InvalidPrepackageInput) e).field()).isEqualTo("actualContents"))
                .hasMessageContaining("N = 300").hasMessageContaining("n = 50").hasMessageContaining("received 49");
        assertThatThrownBy(() -> INSPECTION.decide(QN_500_G, 300, null)).hasMessageContaining("received 0");
        List<BigDecimal> withNull = new ArrayList<>(lot(50, "500"));
        withNull.set(7, null);
        assertThatThrownBy(() -> INSPECTION.decide(QN_500_G, 300, withNull)).hasMessageContaining("actualContents[7]");
        assertThatThrownBy(() -> INSPECTION.decide(QN_500_G, 0, lot(1, "500"))).hasMessageContaining("lotSize");
        assertThatThrownBy(() -> INSPECTION.decide(NominalQuantity.of("60", "kg"), 300, lot(50, "60")))
                .hasMessageContaining("outside");
    }

    @Test
    void aDecisionAfter2024_10_12IsAnsweredAndCitesTheUnverified2023Edition() {
        LotDecision before = LotInspection.inForce(RuleBook.shipped(), LocalDate.of(2024, 10, 11))
                .decide(QN_500_G, 300, selfCheckSample());
        LotDecision after = LotInspection.inForce(RuleBook.shipped(), LocalDate.of(2024, 10, 12))
                .decide(QN_500_G, 300, selfCheckSample());
        assertThat(before.editions()).allSatisfy(e -> {
            assertThat(e.regulation()).isEqualTo("JJF 1070-2005");
            assertThat(e.verified()).isTrue();
        });
        assertThat(after.editions()).hasSize(2).allSatisfy(e -> {
            assertThat(e.regulation()).isEqualTo("JJF 1070-2023");
            assertThat(e.verified()).isFalse();
        });
        assertThat(after.citation()).isEqualTo("JJF 1070-2023 in force; its tables not obtained; decided with JJF 1070-2005 values, unverified");
        assertThat(after.standIns()).hasSize(2).allSatisfy(s -> assertThat(s.decidedWith().regulation()).isEqualTo("JJF 1070-2005"));
        assertThat(after.accepted()).isEqualTo(before.accepted());
        assertThat(after.meanLimit()).isEqualByComparingTo(before.meanLimit());
    }

    @Test
    void beforeTheRulesTookEffectThereIsNoDecision() {
        assertThatThrownBy(() -> LotInspection.inForce(RuleBook.shipped(), LocalDate.of(2005, 12, 31)))
                .isInstanceOf(NoRuleInForceException.class).hasMessageContaining("prepackage.");
    }

    @Test
    void aPassingLotStillPassesWhenAPackageAtOrAboveTheMeanGetsHeavier() {
        // Property. Making package i heavier by δ raises q̄ by δ/n; if q_i ≥ q̄ it also does not lower s
        // (Σ(q − q̄)² grows by 2δ(q_i − q̄) + δ²(1 − 1/n) ≥ 0), so the limit Qn − λ·s does not rise; and no
        // package's shortfall grows. So the lot stays accepted.
        Random random = new Random(4_3_2);
        int checked = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            int lotSize = new int[] {30, 80, 300, 1000, 5000}[trial % 5];
            int n = INSPECTION.plans().forLot(lotSize).sampleSize();
            double spread = 0.5 + random.nextDouble() * 6;
            double centre = 500 + random.nextGaussian() * 2;
            List<BigDecimal> q = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                q.add(BigDecimal.valueOf(centre + random.nextGaussian() * spread).setScale(1, RoundingMode.HALF_EVEN));
            }
            LotDecision d = INSPECTION.decide(QN_500_G, lotSize, q);
            if (!d.accepted()) {
                continue;
            }
            int i = random.nextInt(n);
            while (q.get(i).compareTo(d.mean()) < 0) {
                i = random.nextInt(n);
            }
            q.set(i, q.get(i).add(BigDecimal.valueOf(1 + random.nextInt(300), 1)));
            LotDecision heavier = INSPECTION.decide(QN_500_G, lotSize, q);
            assertThat(heavier.accepted()).as("trial %d", trial).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void aHeavierPackageNeverAddsADefect() {
        Random random = new Random(4_3_1);
        for (int trial = 0; trial < 2_000; trial++) {
            List<BigDecimal> q = new ArrayList<>(50);
            for (int i = 0; i < 50; i++) {
                q.add(BigDecimal.valueOf(495 + random.nextGaussian() * 10).setScale(1, RoundingMode.HALF_EVEN));
            }
            LotDecision d = INSPECTION.decide(QN_500_G, 300, q);
            int i = random.nextInt(50);
            q.set(i, q.get(i).add(BigDecimal.valueOf(1 + random.nextInt(300), 1)));
            LotDecision heavier = INSPECTION.decide(QN_500_G, 300, q);
            assertThat(heavier.t1Count() + heavier.t2Count()).isLessThanOrEqualTo(d.t1Count() + d.t2Count());
            assertThat(heavier.t2Count()).isLessThanOrEqualTo(d.t2Count());
            assertThat(heavier.mean()).isGreaterThan(d.mean());
        }
    }

    @Test
    void butTheMeanCriterionIsNotMonotoneWhenALightPackageGetsHeavier() {
        // A property of the regulation, not of this code (JJF 1070-2005 4.3.2): raising a package below
        // the mean lowers s, so the limit Qn − λ·s rises by up to λ·δ/√n while q̄ rises by only δ/n
        // (λ = 0.379 > 1/√50). 49 packages at 499.33 g and one at 479.33 g pass (q̄ 498.9300 ≥
        // 498.9280); bring the light one up to 499.33 g and s = 0, the limit is 500 g and the lot fails.
        List<BigDecimal> q = lot(50, "499.33");
        q.set(0, new BigDecimal("479.33"));
        LotDecision withLightPackage = INSPECTION.decide(QN_500_G, 300, q);
        assertThat(fourDecimals(withLightPackage.mean())).isEqualTo("498.9300");
        assertThat(fourDecimals(withLightPackage.meanLimit())).isEqualTo("498.9280");
        assertThat(withLightPackage.t1Count()).isEqualTo(1);
        assertThat(withLightPackage.accepted()).isTrue();
        q.set(0, new BigDecimal("499.33"));
        LotDecision allEqual = INSPECTION.decide(QN_500_G, 300, q);
        assertThat(allEqual.accepted()).isFalse();
        assertThat(allEqual.criterion(CriterionKind.MEAN).outcome()).isEqualTo(Outcome.FAIL);
    }
}
