package org.metrolex.prepackaged.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BalanceCsvTests {

    private static BalanceCsv.Parsed parse(String text, Charset charset) {
        return BalanceCsv.parse(text.getBytes(charset), u -> u.equalsIgnoreCase("g") || u.equals("克"));
    }

    @Test
    void chineseHeadersInGb18030WithUnitsInTheCells() {
        var p = parse("# 天平 BSA224S 导出\n序号,毛重,单位\n3,512.31 g,g\n17,511.9,克\n", Charset.forName("GB18030"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).extracting(ReadingEntry.Raw::packageNumber).containsExactly(3, 17);
        assertThat(p.rows().get(0).gross()).isEqualByComparingTo("512.31");
        assertThat(p.rows().get(0).line()).isEqualTo(3);
    }

    @Test
    void englishHeadersWithBomSemicolonsAndUnitInTheHeader() {
        var p = parse("\uFEFFpackage;gross [g];tare [g]\n5;520.0;20.1\n", StandardCharsets.UTF_8);
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows().get(0).tare()).isEqualByComparingTo("20.1");
    }

    @Test
    void everyBadCellIsReportedWithItsLine() {
        var p = parse("package,net,unit\n1,abc,g\nx,500,g\n2,500,kg\n3,499 mL,g\n", StandardCharsets.UTF_8);
        assertThat(p.problems()).extracting(EntryProblem::line, EntryProblem::field, EntryProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "net", "number"),
                        org.assertj.core.groups.Tuple.tuple(3, "package", "number"),
                        org.assertj.core.groups.Tuple.tuple(4, "unit", "unit"),
                        org.assertj.core.groups.Tuple.tuple(5, "net", "unit"));
        assertThat(p.problems().get(0).messageZh()).startsWith("第 2 行");
    }

    @Test
    void aHeaderWithoutReadingsIsRefused() {
        var p = parse("package,comment\n1,ok\n", StandardCharsets.UTF_8);
        assertThat(p.problems()).singleElement().extracting(EntryProblem::rule).isEqualTo("columns");
        assertThat(parse("", StandardCharsets.UTF_8).problems()).singleElement().extracting(EntryProblem::rule).isEqualTo("empty");
    }
}
