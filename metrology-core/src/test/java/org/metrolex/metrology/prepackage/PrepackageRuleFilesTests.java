package org.metrolex.metrology.prepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/** The shipped prepackage rule files parse, say where they come from, and change edition on 2024-10-12. */
class PrepackageRuleFilesTests {

    @Test
    void bothRulesHaveA2005VerifiedAndA2023UnverifiedEdition() {
        for (String rule : List.of(TolerableShortfalls.RULE, SamplingPlans.RULE)) {
            List<RuleTable> editions = RuleBook.shipped().editions(rule);
            assertThat(editions).as(rule).hasSize(2);
            RuleTable e2005 = editions.get(0);
            RuleTable e2023 = editions.get(1);
            assertThat(e2005.edition().regulation()).isEqualTo("JJF 1070-2005");
            assertThat(e2005.edition().verified()).isTrue();
            // JJF 1070-2005 and the 2005 办法 both took effect on 2006-01-01.
            assertThat(e2005.edition().effectiveFrom()).isEqualTo(LocalDate.of(2006, 1, 1));
            assertThat(e2005.edition().effectiveUntil()).isEqualTo(LocalDate.of(2024, 10, 11));
            assertThat(e2023.edition().regulation()).isEqualTo("JJF 1070-2023");
            assertThat(e2023.edition().verified()).isFalse();
            assertThat(e2023.edition().effectiveFrom()).isEqualTo(LocalDate.of(2024, 10, 12));
            assertThat(e2023.edition().effectiveUntil()).isNull();
            assertThat(e2023.edition().source()).contains("not obtained");
            // docs/rules.md "Editions not obtained": the 2023 edition decides with the 2005 values and says so.
            assertThat(e2023.edition().isStandIn()).isTrue();
            assertThat(e2023.edition().decidedWith().regulation()).isEqualTo("JJF 1070-2005");
            assertThat(e2023.edition().citation()).isEqualTo(
                    "JJF 1070-2023 in force; its tables not obtained; decided with JJF 1070-2005 values, unverified");
            // The 2023 edition copies the 2005 values until the official text is read.
            assertThat(e2023.columns()).isEqualTo(e2005.columns());
            assertThat(e2023.rows()).isEqualTo(e2005.rows());
            assertThat(e2023.parameters()).containsAllEntriesOf(e2005.parameters().entrySet().stream()
                    .filter(p -> !p.getKey().startsWith("note"))
                    .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        }
    }

    @Test
    void everyShippedPrepackageTableIsUsable() {
        for (RuleTable t : RuleBook.shipped().editions(TolerableShortfalls.RULE)) {
            assertThat(TolerableShortfalls.from(t).of(NominalQuantity.of("500", "g")).value()).isEqualByComparingTo("15");
        }
        for (RuleTable t : RuleBook.shipped().editions(SamplingPlans.RULE)) {
            assertThat(SamplingPlans.from(t).forLot(300).sampleSize()).isEqualTo(50);
        }
    }
}
