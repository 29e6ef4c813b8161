package org.metrolex.metrology.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the catalogue of every rule: it must equal what the shipped rule files say.
 * With {@code -Dmetrolex.updateDocs=true} the test rewrites it instead.
 */
class RuleCatalogueTests {

    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void theCatalogueInDocsIsCurrent() throws IOException {
        String generated = RuleCatalogue.markdown(RuleBook.shipped(), RuleCatalogue.formulas());
        if (Boolean.getBoolean("metrolex.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run mvn -pl metrology-core test -Dmetrolex.updateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void everyFormulaRuleNamesItsRegulationAndAClassThatExists() throws ClassNotFoundException {
        for (var row : RuleCatalogue.formulas()) {
            assertThat(row.get("regulation")).as(row.get("rule")).isNotBlank();
            Class.forName(row.get("implementedBy"));
        }
    }
}
