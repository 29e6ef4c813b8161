package org.metrolex.instrument.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InstrumentLabelSheetTests {

    @Test
    void twentyFourLabelsAnA4PageEachWithItsNameAndSerial() throws Exception {
        List<InstrumentLabelSheet.Label> labels = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            labels.add(new InstrumentLabelSheet.Label("https://metrology.example.gov.cn/public/instruments/token" + i,
                    "电子计价秤", "上海友声 ACS-15", "SN-2026-" + String.format("%04d", i), "石家庄市长安区示例超市有限公司"));
        }
        byte[] pdf = InstrumentLabelSheet.pdf(labels, "计量器具标签");
        Path file = Path.of("target", "screenshots", "instrument-labels.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("24 a page").isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertThat(first.getText(doc)).contains("电子计价秤", "SN-2026-0001", "SN-2026-0024", "上海友声 ACS-15")
                    .doesNotContain("SN-2026-0025");
            assertThat(new PDFTextStripper().getText(doc)).contains("SN-2026-0026");
        }
    }
}
