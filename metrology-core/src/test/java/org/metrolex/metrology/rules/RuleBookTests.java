package org.metrolex.metrology.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing the edition in force on a date, and adding a newer edition as data. */
class RuleBookTests {

    private static RuleTable table(String regulation, String from, String until, String value) {
        String text = """
                # rule: demo.limit
                # regulation: %s
                # clause: 5.1
                # effective-from: %s
                %s# verified: false
                # rounding: UP
                name,value
                # 5.1 the one row
                limit,%s
                """.formatted(regulation, from, until == null ? "" : "# effective-until: " + until + "\n", value);
        return RuleFileParser.parse(regulation, new StringReader(text));
    }

    @Test
    void theEditionInForceOnADateDecidesAndIsNamed() {
        RuleBook book = new RuleBook(List.of(table("JJG 443-2015", "2015-09-01", null, "0.15"),
                table("JJG 443-2023", "2024-05-01", null, "0.10")));
        assertThat(book.inForce("demo.limit", LocalDate.of(2024, 4, 30)).edition().regulation()).isEqualTo("JJG 443-2015");
        assertThat(book.inForce("demo.limit", LocalDate.of(2024, 5, 1)).edition().regulation()).isEqualTo("JJG 443-2023");
        // The older, open-ended edition was closed the day before the newer one took effect.
        assertThat(book.editions("demo.limit").get(0).edition().effectiveUntil()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThatThrownBy(() -> book.inForce("demo.limit", LocalDate.of(2010, 1, 1)))
                .isInstanceOf(NoRuleInForceException.class).hasMessageContaining("demo.limit");
    }

    @Test
    void anAdministratorAddsANewerEditionWithoutACodeChange() {
        RuleBook book = new RuleBook(List.of(table("JJG 443-2015", "2015-09-01", null, "0.15")));
        RuleBook newer = book.with(table("JJG 443-2023", "2024-05-01", null, "0.10"));
        RuleTable t = newer.inForce("demo.limit", LocalDate.of(2026, 11, 27));
        assertThat(t.rows().get(0).get("value")).isEqualTo("0.10");
        assertThat(t.parameter("rounding")).isEqualTo("UP");
        assertThat(t.edition().citation()).isEqualTo("JJG 443-2023 5.1 (unverified)");
        assertThat(book.inForce("demo.limit", LocalDate.of(2026, 11, 27)).rows().get(0).get("value")).isEqualTo("0.15");
    }

    @Test
    void overlappingEditionsAreRefused() {
        assertThatThrownBy(() -> new RuleBook(List.of(table("A", "2015-01-01", "2020-12-31", "1"),
                table("B", "2020-06-01", null, "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void aFileWithoutItsRegulationIsRefused() {
        assertThatThrownBy(() -> RuleFileParser.parse("x", new StringReader("# rule: a\nname,value\n")))
                .hasMessageContaining("regulation");
    }

    @Test
    void everyShippedTableParsesAndNamesItsSource() {
        for (RuleTable t : RuleBook.shipped().all()) {
            assertThat(t.edition().source()).as(t.edition().ruleId()).isNotBlank();
            assertThat(t.rows()).as(t.edition().ruleId()).isNotEmpty();
        }
    }
}
