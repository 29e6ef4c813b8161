package org.metrolex.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificatePdfTests {

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = CertificatePdf.render(CertificateDocuments.scaleCertificate(), LABELS);
    }

    @Test
    void isAPdf() {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void chineseTextAndNumberAreExtractable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("检定证书", "证书编号", CertificateDocuments.NUMBER, "电子计价秤",
                    "杭州西湖农贸市场经营管理有限公司", "王建国", "合格，准予使用", "JJG 539-2016",
                    "规则表未经核对", "最大允许误差");
        }
    }

    @Test
    void everyFontOnPageOneIsTheEmbeddedNotoSansSc() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = fonts(page.getResources());
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).contains("NotoSansSC");
            });
        }
    }

    @Test
    void notice_of_non_conformity_renders_without_validity() throws Exception {
        CertificateDocument ok = CertificateDocuments.scaleCertificate();
        CertificateDocument notice = new CertificateDocument("HZJL-2026-000124",
                CertificateDocument.DocumentKind.NOTICE_OF_NON_CONFORMITY, ok.institution(), ok.ownerName(), ok.instrument(),
                ok.verificationDate(), null, null, ok.verifierName(), null, ok.standards(), ok.readings(),
                List.of(), "不合格：最大秤量点示值误差超出最大允许误差。", "Does not conform: error at Max exceeds the MPE.",
                ok.ruleEditions(), ok.checkUrl());
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.render(notice, LABELS))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("检定结果通知书", "HZJL-2026-000124", "不合格");
        }
    }

    @Test
    void pageOneRendersToPngForAHumanToLookAt() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path out = Path.of("target", "screenshots", "certificate-page1.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "PNG", out.toFile());
            Files.write(Path.of("target", "screenshots", "certificate.pdf"), pdf);
            assertThat(image.getWidth()).isGreaterThan(800);
            assertThat(Files.size(out)).isGreaterThan(10_000);
        }
    }

    @Test
    void metrologyCoreRowLabelsPrintInChineseWithEnglishAsSecondaryText() {
        CertificateDocument d = CertificateDocuments.scaleCertificate();
        BigDecimal z = new BigDecimal("0.001");
        CertificateDocument labelled = new CertificateDocument(d.number(), d.kind(), d.institution(), d.ownerName(), d.instrument(),
                d.verificationDate(), d.validUntil(), d.nextDue(), d.verifierName(), d.approverName(), d.standards(),
                List.of(new CertificateDocument.Reading("load", z, z, z, "kg", true),
                        new CertificateDocument.Reading("eccentricity 2", z, z, z, "kg", true),
                        new CertificateDocument.Reading("Qmax (mean of 3 runs)", z, z, z, "%", true),
                        new CertificateDocument.Reading("37.0 °C", z, z, z, "°C", true)),
                List.of(new CertificateDocument.RepeatabilityRow("10000", z, z, "g", true)),
                d.conclusionZh(), d.conclusionEn(), d.ruleEditions(), d.checkUrl());
        assertThat(CertificatePdf.html(labelled, LABELS))
                .contains("称量 <span class=\"en\">Load</span>")
                .contains("偏载 第2点 <span class=\"en\">Eccentricity, point 2</span>")
                .contains("Qmax（3次平均） <span class=\"en\">Qmax, mean of 3 runs</span>")
                .contains("<td class=\"l\">37.0 °C</td>")
                .contains("称量 10000 <span class=\"en\">Load 10000</span>")
                .doesNotContain(">eccentricity").doesNotContain(">load");
    }

    @Test
    void markupIsEscaped() {
        CertificateDocument d = CertificateDocuments.scaleCertificate();
        CertificateDocument evil = new CertificateDocument(d.number(), d.kind(), d.institution(),
                "<script>&\"x", d.instrument(), d.verificationDate(), d.validUntil(), d.nextDue(), d.verifierName(),
                d.approverName(), d.standards(), d.readings(), d.repeatability(), d.conclusionZh(), d.conclusionEn(),
                d.ruleEditions(), d.checkUrl());
        assertThat(CertificatePdf.html(evil, LABELS)).contains("&lt;script&gt;&amp;&quot;x").doesNotContain("<script>");
        assertThat(CertificatePdf.render(evil, LABELS)).isNotEmpty();
    }

    private static List<PDFont> fonts(PDResources resources) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
