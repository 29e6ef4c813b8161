package org.metrolex.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.spreadsheet.XlsxTable;

class FieldLimitsTests {

    @ParameterizedTest
    @CsvSource({"address,500", "legalRepresentative,200", "name,200", "maker,200", "model,200", "location,200",
            "creditCode,64", "contactPhone,40", "fileName,255", "q,200", "reason,4000", "items[3].name,200", "unlisted,4000"})
    void everyFieldHasItsLimit(String field, int max) {
        assertThat(FieldLimits.max(field)).isEqualTo(max);
        assertThat(FieldLimits.text(field, "字".repeat(max))).isEmpty();
        FieldError e = FieldLimits.text(field, "字".repeat(max + 1)).orElseThrow();
        assertThat(e.rule()).isEqualTo("max-length");
        assertThat(e.messageZh()).contains(String.valueOf(max));
        assertThat(e.messageEn()).contains("at most " + max + " characters");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(FieldLimits.text("phone", "😀".repeat(40))).isEmpty();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNewlinesOnlyInFreeText() {
        assertThat(FieldLimits.text("name", "a\u0000b")).get().extracting(FieldError::rule).isEqualTo("control");
        assertThat(FieldLimits.text("name", "a\u001bb")).get().extracting(FieldError::rule).isEqualTo("control");
        assertThat(FieldLimits.text("name", "a\nb")).get().extracting(FieldError::rule).isEqualTo("control");
        assertThat(FieldLimits.text("reason", "第一行\n第二行\t完")).isEmpty();
        assertThat(FieldLimits.text("reason", "a\u0000")).isPresent();
        assertThat(FieldLimits.text("name", "a\ud800b")).get().extracting(FieldError::rule).isEqualTo("unicode");
        assertThat(FieldLimits.text("name", "a\udc00")).isPresent();
        assertThat(FieldLimits.text("name", "𠀀有效")).isEmpty();
        // the message names the field by its label and its name
        assertThat(FieldLimits.text("address", "\u0000").orElseThrow().messageZh()).startsWith("地址（address）");
    }

    @Test
    void datesNumbersAndCountsHaveBounds() {
        assertThat(FieldLimits.date("d", LocalDate.of(0, 1, 1))).isPresent();
        assertThat(FieldLimits.date("d", LocalDate.MIN)).isPresent();
        assertThat(FieldLimits.date("d", LocalDate.of(2101, 1, 1))).isPresent();
        assertThat(FieldLimits.date("d", LocalDate.of(1900, 1, 1))).isEmpty();
        assertThat(FieldLimits.decimal("max", new BigDecimal("1e300"))).isPresent();
        assertThat(FieldLimits.decimal("max", new BigDecimal("150000"))).isEmpty();
        assertThat(FieldLimits.decimal("feeYuan", new BigDecimal("1e20"))).isPresent();
        assertThat(FieldLimits.decimal("feeYuan", new BigDecimal("120.50"))).isEmpty();
        assertThat(FieldLimits.decimal("x", new BigDecimal("0.0000000001"))).get().extracting(FieldError::rule).isEqualTo("scale");
        assertThat(FieldLimits.integer("instrumentsUnverified", Integer.MAX_VALUE)).isPresent();
        assertThat(FieldLimits.integer("lotSize", -1)).isPresent();
        assertThat(FieldLimits.integer("lotSize", 5000)).isEmpty();
        assertThat(FieldLimits.integer("version", Integer.MAX_VALUE)).as("unbounded fields pass").isEmpty();
    }

    @Test
    void excelCellsNeverExceedExcelsLimit() {
        assertThat(XlsxTable.cell("街".repeat(40_000))).hasSize(XlsxTable.MAX_CELL_CHARS);
        assertThat(XlsxTable.cell(null)).isEmpty();
        assertThat(XlsxTable.cell("短")).isEqualTo("短");
    }

    /** The schema's length constraints carry the same numbers as the list: one limit per field. */
    @Test
    void theSchemaHoldsTheSameLimits() throws IOException {
        Pattern constraint = Pattern.compile("add constraint \\w+__(\\w+?)_max_(\\d+) check \\(char_length\\((\\w+)\\) <= (\\d+)\\)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/db/migration"))) {
            files = s.filter(p -> p.getFileName().toString().matches("(V1_9[1-5]|V1_1\\d\\d).*\\.sql")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int seen = 0;
        for (Path f : files) {
            Matcher m = constraint.matcher(Files.readString(f));
            while (m.find()) {
                seen++;
                assertThat(m.group(1)).isEqualTo(m.group(3));
                assertThat(m.group(2)).isEqualTo(m.group(4));
                assertThat(FieldLimits.max(camel(m.group(1)))).as("%s in %s", m.group(1), f.getFileName())
                        .isEqualTo(Integer.parseInt(m.group(2)));
            }
        }
        assertThat(seen).isGreaterThan(40);
    }

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
