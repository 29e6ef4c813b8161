package org.metrolex.comparison.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.comparison.domain.ComparisonChart;
import org.metrolex.comparison.domain.ComparisonChart.Bar;
import org.metrolex.comparison.domain.ComparisonChart.Scale;
import org.metrolex.comparison.domain.EvaluationInput;
import org.metrolex.comparison.domain.RoundEvaluation;
import org.metrolex.comparison.domain.RoundEvaluation.Method;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The comparison chart: its scale, the page's SVG and the report's PNG (looked at in target/screenshots). */
class ComparisonChartTests {

    static final PerformanceCriteria CRITERIA = PerformanceCriteria.inForce(LocalDate.of(2024, 6, 1));

    /** RULES.md §2 example [C] (2014 registered metrologist exam, comparison A). */
    static final List<LabResult> EXAM_2014 = List.of(
            LabResult.of("PILOT", "0.368", "0.004", "2"),
            LabResult.of("LAB1", "0.369", "0.010", "2"),
            LabResult.of("LAB2", "0.370", "0.012", "2"),
            LabResult.of("LAB3", "0.366", "0.006", "2"));

    static final ChartLabels ZH = new ChartLabels("燃气表检定装置比对 — 测量点 1（Q_max）",
            "各参加实验室的测量值及其扩展不确定度 U，绿色线为参考值 Y，绿色带为 Y ± U(Y)。",
            "示值误差 (%)", "参加实验室（代码）", "参考值 Y", "Y ± U(Y)", "满意", "可疑", "不满意", "主导实验室（参考）");

    static final ChartLabels EN = new ChartLabels("Gas meter test bench comparison — point 1 (Q_max)",
            "Each laboratory's value with its expanded uncertainty U; the green line is the reference value Y, the band Y ± U(Y).",
            "Error of indication (%)", "Participating laboratories (code)", "Reference value Y", "Y ± U(Y)",
            "satisfactory", "questionable", "unsatisfactory", "pilot (reference)");

    static ComparisonChart exam() {
        return ComparisonChart.of(RoundEvaluation.evaluate(EvaluationInput.of(EXAM_2014, Method.WEIGHTED_MEAN, CRITERIA)));
    }

    /** 77 laboratories as in the seed's gas-meter device comparison: fictitious errors of indication in %. */
    static ComparisonChart seventySeven() {
        Random random = new Random(16);
        List<LabResult> results = new ArrayList<>();
        results.add(LabResult.of("P", "0.12", "0.20", "2"));
        for (int i = 1; i < 77; i++) {
            double u = 0.25 + 0.15 * random.nextDouble();
            double bias = i % 19 == 0 ? 0.9 : i % 23 == 0 ? 0.45 : random.nextGaussian() * 0.12;
            results.add(new LabResult("L%02d".formatted(i), BigDecimal.valueOf(0.12 + bias).setScale(2, RoundingMode.HALF_EVEN),
                    BigDecimal.valueOf(u).setScale(2, RoundingMode.HALF_EVEN), BigDecimal.valueOf(2)));
        }
        return ComparisonChart.of(RoundEvaluation.evaluate(EvaluationInput.of(results, Method.PILOT_VALUE, CRITERIA).withPilot("P")));
    }

    @Test
    void theScaleContainsEveryBarAndTheBand() {
        for (ComparisonChart chart : List.of(exam(), seventySeven())) {
            assertThat(chart.scale().contains(chart.reference().low(), chart.reference().high())).isTrue();
            for (Bar b : chart.bars()) {
                assertThat(chart.scale().contains(b.low(), b.high())).as(b.labCode()).isTrue();
            }
        }
        // EXAM_2014: bars from 0.358 (LAB2 0.370 − 0.012) to 0.382 (LAB2 + 0.012) → 0.355 … 0.385 by 0.005
        Scale s = exam().scale();
        assertThat(s.min()).isEqualByComparingTo("0.355");
        assertThat(s.max()).isEqualByComparingTo("0.385");
        assertThat(s.step()).isEqualByComparingTo("0.005");
        assertThat(s.ticks()).extracting(BigDecimal::toPlainString).startsWith("0.355", "0.360").endsWith("0.385");
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @CsvSource({
            "0.356, 0.382",
            "-1.2, 3.7",
            "0.9995, 1.0007",
            "-0.004, -0.001",
            "1000, 1000",
            "0, 0",
            "12.5, 987.3",
            "-250, 250"
    })
    void ticksAreNice(double low, double high) {
        Scale s = Scale.around(low, high);

        assertThat(s.step().stripTrailingZeros().unscaledValue().intValue()).isIn(1, 2, 5);
        assertThat(s.contains(low, high)).isTrue();
        assertThat(s.ticks()).hasSizeBetween(5, 14);
        assertThat(s.ticks().get(0)).isEqualByComparingTo(s.min());
        assertThat(s.ticks().get(s.ticks().size() - 1)).isEqualByComparingTo(s.max());
        for (BigDecimal t : s.ticks()) {
            assertThat(t.remainder(s.step()).signum()).as("%s is a multiple of %s", t, s.step()).isZero();
            assertThat(t.scale()).isEqualTo(s.step().scale());
        }
    }

    @Test
    void svgIsAccessibleXmlWithOneBarPerLaboratory() throws Exception {
        ComparisonChart chart = exam();
        String svg = ComparisonChartSvg.render(chart, EN, "point-1");

        Document doc = parse(svg);
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("100%");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("point-1-title point-1-desc");
        assertThat(xpath.evaluate("/*/*[local-name()='title'][@id='point-1-title']", doc)).isEqualTo(EN.title());
        assertThat(xpath.evaluate("/*/*[local-name()='desc'][@id='point-1-desc']", doc)).isEqualTo(EN.description());
        NodeList bars = (NodeList) xpath.evaluate("//*[local-name()='g'][@class='bar']", doc, XPathConstants.NODESET);
        assertThat(bars.getLength()).isEqualTo(4);
        assertThat(xpath.evaluate("//*[local-name()='g'][@class='bar'][2]/*[local-name()='title']", doc))
                .isEqualTo("LAB1: 0.369 ± 0.010 (satisfactory)");
        assertThat(xpath.evaluate("count(//*[local-name()='text'][.='LAB3'])", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("//*[local-name()='g'][@class='reference']/*[local-name()='title']", doc))
                .isEqualTo("Reference value Y = 0.3677 ± 0.0031");
        assertThat(svg).doesNotContain("<script").doesNotContain("onclick").doesNotContain("NaN");
    }

    @Test
    void svgOfSeventySevenLaboratoriesCarriesChineseLabelsAndEscapes() throws Exception {
        ChartLabels risky = new ChartLabels("比对 <A & B>", ZH.description(), ZH.valueAxis(), ZH.participantsAxis(), ZH.reference(),
                ZH.band(), ZH.satisfactory(), ZH.questionable(), ZH.unsatisfactory(), ZH.notJudged());
        String svg = ComparisonChartSvg.render(seventySeven(), risky, "round-16");

        Document doc = parse(svg);
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("count(//*[local-name()='g'][@class='bar'])", doc)).isEqualTo("77");
        assertThat(xpath.evaluate("/*/*[local-name()='title']", doc)).isEqualTo("比对 <A & B>");
        assertThat(xpath.evaluate("count(//*[local-name()='text'][.='不满意'])", doc)).isEqualTo("1");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "comparison-chart-77.svg"), svg, StandardCharsets.UTF_8);
    }

    @Test
    void pngRendersWithTheBundledChineseFont() throws IOException {
        assertThat(ComparisonChartPng.font().canDisplayUpTo(ZH.title() + ZH.notJudged() + "±√²")).isEqualTo(-1);

        byte[] exam = ComparisonChartPng.render(exam(), ZH);
        byte[] many = ComparisonChartPng.render(seventySeven(), ZH);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exam));
        assertThat(image.getWidth()).isEqualTo(720 * ComparisonChartPng.SCALE);
        assertThat(image.getHeight()).isGreaterThan(400 * ComparisonChartPng.SCALE);
        assertThat(ImageIO.read(new ByteArrayInputStream(many)).getWidth()).isGreaterThan(image.getWidth());
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "comparison-chart.png"), exam);
        Files.write(Path.of("target", "screenshots", "comparison-chart-77.png"), many);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
