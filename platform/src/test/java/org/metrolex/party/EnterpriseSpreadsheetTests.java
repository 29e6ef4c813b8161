package org.metrolex.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metrolex.party.EnterpriseWorkbooks.CHINESE_HEADER;
import static org.metrolex.party.EnterpriseWorkbooks.ENGLISH_HEADER;
import static org.metrolex.party.EnterpriseWorkbooks.sheet;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.metrolex.party.EnterpriseSpreadsheet.Line;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;

class EnterpriseSpreadsheetTests {

    private static final String CODE = "91130102MA0000000X";

    @Test
    void readsChineseHeaders() {
        List<Line> lines = EnterpriseSpreadsheet.read(sheet(CHINESE_HEADER)
                .row(CODE, "长安百货", "中山东路1号", "130102", "集贸市场", "王伟", "0311-1234567").stream(), LABELS);

        // the category's Chinese label (label.EnterpriseCategory.MARKET) reads as its code
        assertThat(lines).containsExactly(new Line(2, new EnterpriseDraft(CODE, "长安百货", "中山东路1号", "130102",
                "MARKET", "王伟", "0311-1234567")));
        assertThat(lines.get(0).draft().parsedCategory()).isEqualTo(EnterpriseCategory.MARKET);
    }

    @Test
    void readsEnglishHeadersInAnyCaseAndCategoryCodes() {
        Object[] header = {"CreditCode", "NAME", "address", "regionCode", "category", "legalRepresentative", "contactPhone"};
        List<Line> lines = EnterpriseSpreadsheet.read(sheet(header)
                .row(CODE, "长安加油站", null, "130102", "GAS_STATION", null, null).stream(), LABELS);

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.draft().name()).isEqualTo("长安加油站");
            assertThat(l.draft().address()).isEmpty();
            assertThat(l.draft().parsedCategory()).isEqualTo(EnterpriseCategory.GAS_STATION);
        });
    }

    @Test
    void readsColumnsInAnyOrderAndIgnoresUnknownOnes() {
        Object[] header = {"备注", "类别", "区划名称", "区划代码", "名称", "联系电话", "法定代表人", "地址", "统一社会信用代码"};
        List<Line> lines = EnterpriseSpreadsheet.read(sheet(header)
                .row("老客户", "眼镜制配场所", "长安区", "130102", "明亮眼镜", "13800000000", "李娜", "建设北大街5号", CODE)
                .stream(), LABELS);

        assertThat(lines).containsExactly(new Line(2, new EnterpriseDraft(CODE, "明亮眼镜", "建设北大街5号", "130102",
                "EYEGLASS_SHOP", "李娜", "13800000000")));
    }

    @Test
    void readsNumericCellsAsTheyAreShownNotAsDoubles() {
        List<Line> lines = EnterpriseSpreadsheet.read(sheet(ENGLISH_HEADER)
                .row(CODE, "长安百货", "", 130102, "MARKET", "", 13800000000L).stream(), LABELS);

        assertThat(lines.get(0).draft().regionCode()).isEqualTo("130102");
        assertThat(lines.get(0).draft().contactPhone()).isEqualTo("13800000000");
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersUsersSee() {
        List<Line> lines = EnterpriseSpreadsheet.read(sheet(CHINESE_HEADER)
                .row(CODE, "甲", "", "130102", "MARKET", "", "")
                .blankRow()
                .row("  ", "", null, "", "", "", "")
                .row("91130102MA0000001Y", "乙", "", "130102", "MARKET", "", "")
                .stream(), LABELS);

        assertThat(lines).extracting(Line::rowNumber).containsExactly(2, 5);
    }

    @Test
    void marksOfRequiredColumnsInTheHeaderAreAccepted() {
        Object[] header = {"统一社会信用代码*", " 名称 * ", "地址", "区划代码＊", "类别*", "法定代表人", "联系电话"};
        assertThat(EnterpriseSpreadsheet.read(sheet(header).row(CODE, "甲", "", "130102", "MARKET", "", "").stream(), LABELS))
                .hasSize(1);
    }

    @Test
    void refusesAFileWithoutARequiredColumnNamingIt() {
        Object[] header = {"统一社会信用代码", "名称", "地址", "类别", "法定代表人", "联系电话"};

        assertThatThrownBy(() -> EnterpriseSpreadsheet.read(sheet(header).row(CODE, "甲", "", "MARKET", "", "").stream(), LABELS))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("regionCode");
                    assertThat(e.rule()).isEqualTo("column-required");
                    assertThat(e.messageZh()).contains("区划代码");
                    assertThat(e.messageEn()).contains("regionCode");
                }));
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        Object[] header = {"统一社会信用代码", "名称", "name", "地址", "区划代码", "类别", "法定代表人", "联系电话"};

        assertThat(violation(sheet(header).stream())).extracting(FieldError::field, FieldError::rule)
                .containsExactly("name", "column-unique");
    }

    @Test
    void refusesAnEmptySheet() {
        assertThat(violation(sheet(new Object[0]).stream())).extracting(FieldError::field, FieldError::rule)
                .containsExactly("file", "header");
    }

    @Test
    void refusesWhatIsNotAnXlsx() {
        InputStream text = new ByteArrayInputStream("统一社会信用代码,名称\n".getBytes(StandardCharsets.UTF_8));
        FieldError e = violation(text);

        assertThat(e.field()).isEqualTo("file");
        assertThat(e.rule()).isEqualTo("xlsx");
        assertThat(e.messageZh()).contains(".xlsx");
        assertThat(e.messageEn()).contains(".xlsx");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(violation(new ByteArrayInputStream(bytes.toByteArray())).rule()).isEqualTo("xlsx");
    }

    @Test
    void refusesAFileOverTenMegabytesWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return served > 64L * 1024 * 1024 ? -1 : 'x';
            }
        };
        assertThat(violation(endless).rule()).isEqualTo("max-size");
    }

    @Test
    void refusesMoreThanFiftyThousandDataRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            for (int c = 0; c < CHINESE_HEADER.length; c++) {
                header.createCell(c).setCellValue(CHINESE_HEADER[c].toString());
            }
            for (int r = 1; r <= EnterpriseSpreadsheet.MAX_ROWS + 1; r++) {
                sheet.createRow(r).createCell(1).setCellValue("企业" + r);
            }
            wb.write(out);
            wb.dispose();
        }
        FieldError e = violation(new ByteArrayInputStream(out.toByteArray()));
        assertThat(e.rule()).isEqualTo("max-rows");
        assertThat(e.messageEn()).contains("50000");
    }

    @Test
    void writesTheChineseHeaderAndReadsBackWhatItWrote() {
        Enterprise e = new Enterprise(1, CODE, "长安百货", null, "130102", EnterpriseCategory.GAS_STATION, "王伟",
                "0311-1234567", true, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnterpriseSpreadsheet.write(out, code -> "长安区", (Consumer<Consumer<Enterprise>>) sink -> sink.accept(e), LABELS);

        List<Line> lines = EnterpriseSpreadsheet.read(new ByteArrayInputStream(out.toByteArray()), LABELS);
        assertThat(lines).containsExactly(new Line(2, new EnterpriseDraft(CODE, "长安百货", "", "130102", "GAS_STATION",
                "王伟", "0311-1234567")));
    }

    private static FieldError violation(InputStream in) {
        try {
            EnterpriseSpreadsheet.read(in, LABELS);
        } catch (RuleViolation v) {
            assertThat(v.errors()).hasSize(1);
            return v.errors().get(0);
        }
        throw new AssertionError("expected the file to be refused");
    }
}
