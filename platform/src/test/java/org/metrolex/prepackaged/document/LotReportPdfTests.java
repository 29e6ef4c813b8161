package org.metrolex.prepackaged.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.NominalQuantity;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.PrepackagedFixtures;
import org.metrolex.prepackaged.domain.LotStatus;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.TareMode;

/** The report of a lot that fails on one T2 package under the 2023 (unverified) edition, read back and rendered. */
class LotReportPdfTests {

    @Test
    void theReportPrintsReadingsTheDecisionTheEditionAndTheInspector() throws Exception {
        List<BigDecimal> net = PrepackagedFixtures.failsOnT2();
        int[] numbers = SampleSelection.choose(300, 50, 42L);
        List<PackageReading> readings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            readings.add(new PackageReading(numbers[i], net.get(i).add(new BigDecimal("12.5")), new BigDecimal("12.5"), net.get(i)));
        }
        LocalDate date = LocalDate.of(2026, 3, 2);
        LotDecision d = LotInspection.inForce(RuleBook.shipped(), date).decide(NominalQuantity.of("500", "g"), 300, net);
        Lot lot = new Lot(7, 1, "滹沱乳业有限公司（演示）", "91130102MA0000000X", "130102", "全脂奶粉", "太行", "20260301A",
                new BigDecimal("500"), "g", 300, 50, 42L, java.util.Arrays.stream(numbers).boxed().toList(), date, "county",
                "长安区局 赵静", LotStatus.DECIDED, TareMode.AVERAGE_TARE, new BigDecimal("12.5"), false, 0, 1,
                new BigDecimal("15"), null, null, null, d.citation(), true, null, null, 1, readings, null, null);
        byte[] pdf = LotReportPdf.render(LotReport.of(lot, "河北省 / 石家庄市 / 长安区", d));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("定量包装商品净含量计量检验报告", "滹沱乳业有限公司（演示）", "平均皮重法（平均皮重 12.5 g）",
                    "469", "d > 2T", "该检验批不合格", "JJF 1070-2023", "未经核对", "长安区局 赵静", "d > 2T 的件数 1 > 允许数 0，不合格");
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                PDPage p = doc.getPage(page);
                for (COSName name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertThat(f.isEmbedded()).isTrue();
                    assertThat(f.getName()).contains("NotoSansSC");
                }
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 100, ImageType.RGB);
                Path out = Path.of("target", "screenshots", "lot-report-unit-page" + (page + 1) + ".png");
                Files.createDirectories(out.getParent());
                ImageIO.write(image, "PNG", out.toFile());
            }
        }
    }

    @Test
    void markupIsEscaped() {
        assertThat(LotReportPdf.esc("<b>&\"")).isEqualTo("&lt;b&gt;&amp;&quot;");
    }
}
