package org.metrolex.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

class RuleFileCheckTests {

    private static final List<RuleTable> SHIPPED = RuleBook.shipped().all();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final String SCALE = """
            # rule: mpe.scale
            # regulation: JJG 539-2030
            # effective-from: 2030-01-01
            # verified: true
            class,above_e,up_to_e,mpe_e,tag
            III,,500,0.5,V
            III,500,2000,1.0,V
            III,2000,10000,1.5,V
            """;

    private static RuleFileCheck.Result check(String text) {
        return RuleFileCheck.check("test.csv", text.getBytes(StandardCharsets.UTF_8), SHIPPED, TODAY);
    }

    private static byte[] shipped(String file) throws IOException {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream("rules/" + file)) {
            return in.readAllBytes();
        }
    }

    /** Every shipped file passes the check as a replacement of itself: the check accepts the format the library ships. */
    @ParameterizedTest
    @ValueSource(strings = {"mpe/scale-jjg539-2016.csv", "mpe/price-computing-scale-jjg1204-2025.csv", "mpe/fuel-dispenser-jjg443-2023.csv",
            "mpe/water-meter-jjg162-2019.csv", "prepackage/jjf1070-2023-tolerable-shortfall.csv", "prepackage/jjf1070-2023-sampling-plan.csv",
            "comparison/performance-criteria-cnas-gl002-2018.csv"})
    void everyShippedFilePasses(String file) throws IOException {
        RuleFileCheck.Result r = RuleFileCheck.check(file, shipped(file), SHIPPED, TODAY);
        assertThat(r.errors()).isEmpty();
        assertThat(r.replaces()).isNotNull();
    }

    @Test
    void aNewEditionPassesAndAByteOrderMarkIsDropped() {
        RuleFileCheck.Result r = RuleFileCheck.check("scale.csv", ("\uFEFF" + SCALE).getBytes(StandardCharsets.UTF_8), SHIPPED, TODAY);
        assertThat(r.errors()).isEmpty();
        assertThat(r.table().edition().regulation()).isEqualTo("JJG 539-2030");
        assertThat(r.replaces()).isNull();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anEffectiveDateNotAfterTodayIsAcceptedWithAWarning() {
        RuleFileCheck.Result r = check(SCALE.replace("2030-01-01", "2026-12-01"));
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).extracting(RuleFileProblem::rule).containsExactly("past");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate key       | # verified: true                       | # verified: true\\n# verified: false  | 5 | verified      | duplicate
            missing regulation  | # regulation: JJG 539-2030\\n          | ''                                    | 0 | regulation    | required
            regulation too long | JJG 539-2030                           | LONG                                  | 2 | regulation    | length
            date out of range    | 2030-01-01                             | 2130-01-01                            | 3 | effective-from | range
            until before from   | # verified: true                       | # verified: true\\n# effective-until: 2029-12-31 | 5 | effective-until | order
            missing layout      | class,above_e,up_to_e,mpe_e,tag        | class,above,up_to_e,mpe_e,tag         | 5 | columns       | layout
            blank required cell | III,500,2000,1.0,V                     | III,500,2000,,V                       | 7 | mpe_e         | required
            stand-in verified   | # verified: true                       | # verified: true\\n# stand-in-edition: JJG 539-2016 | 4 | verified | stand-in
            """)
    void eachProblemIsNamedByLineAndField(String what, String from, String to, int line, String field, String rule) {
        String replacement = to.equals("LONG") ? "X".repeat(RuleFileCheck.REGULATION_MAX + 1) : to.replace("\\n", "\n");
        RuleFileCheck.Result r = check(SCALE.replace(from.replace("\\n", "\n"), replacement));
        assertThat(r.ok()).as(what).isFalse();
        assertThat(r.errors()).as(what).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.messageZh()).isNotBlank();
            assertThat(p.messageEn()).isNotBlank();
        });
        assertThat(r.table()).isNull();
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedAsAWhole() {
        byte[] gbk = SCALE.replace("JJG 539-2030", "JJG 539-2030 电子秤").getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(RuleFileCheck.check("gbk.csv", gbk, SHIPPED, TODAY).errors()).extracting(RuleFileProblem::rule).containsExactly("encoding");
        byte[] big = (SCALE + "#".repeat(RuleFileCheck.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertThat(RuleFileCheck.check("big.csv", big, SHIPPED, TODAY).errors()).extracting(RuleFileProblem::rule).containsExactly("size");
    }

    @Test
    void aParameterTheCompilePathRefusesIsAFileError() {
        RuleFileCheck.Result r = check(SCALE.replace("# verified: true", "# verified: true\n# kinds: INITIAL YEARLY"));
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.rule()).isEqualTo("compiles");
            assertThat(p.messageEn()).contains("YEARLY");
        });
    }
}
