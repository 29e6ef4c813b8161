package org.metrolex.metrology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule command on the command line, with inputs from the worked examples (RULES.md) and the
 * refusals that must name the field. The rules themselves are tested in their packages; these tests
 * prove the commands wire input and output to them.
 */
class MetrologyCliCommandsTests {

    @ParameterizedTest(name = "{0}: {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            // JJF 1070-2005 附表3: Qn 500 g → T = 15 g (500–1000 band, absolute)
            "shortfall      | {\"nominal\":500,\"unit\":\"g\",\"date\":\"2024-06-01\"}           | /tolerableShortfall | 15.0",
            // RULES.md §1: Qn = 1500 g, T = 1.5 % = 22.5 → 23 rounding up, 22 half-even
            "shortfall      | {\"nominal\":1.5,\"unit\":\"kg\",\"date\":\"2024-06-01\"}          | /tolerableShortfall | 23",
            "shortfall      | {\"nominal\":1.5,\"unit\":\"kg\",\"date\":\"2024-06-01\",\"rounding\":\"HALF_EVEN\"} | /tolerableShortfall | 22",
            // 附表4: N 300 → n 50, λ 0.379, 3 allowed T1
            "sampling-plan  | {\"lotSize\":300,\"date\":\"2024-06-01\"}                         | /lambda             | 0.379",
            "sampling-plan  | {\"lotSize\":60,\"date\":\"2024-06-01\"}                          | /sampleSize         | 13",
            // JJF 1070-2023 (in force 2024-10-12) is answered but marked unverified
            "sampling-plan  | {\"lotSize\":60,\"date\":\"2026-11-27\"}                          | /edition/verified   | false",
            // OIML R 76 / JJG 539: class III, e 5 g, load 15 kg = 3000 e → ±1.5 e = 7.5 g
            "mpe            | {\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"load\":15,\"kind\":\"initial\",\"date\":\"2026-11-27\"} | /upper | 0.0075",
            // in service: twice the verification MPE
            "mpe            | {\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"load\":15,\"kind\":\"in-service\",\"date\":\"2026-11-27\"} | /upper | 0.0150",
            // JJG 1204-2025 (in force 2027-01-08): values not obtained, JJG 539-2016 stands in and the answer says so
            "mpe            | {\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"load\":15,\"priceComputing\":true,\"date\":\"2027-01-08\"} | /edition/citation | JJG 1204-2025 (试行) in force; its tables not obtained; decided with JJG 539-2016 / OIML R 76-1 values, unverified",
            "mpe            | {\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"load\":15,\"priceComputing\":true,\"date\":\"2027-01-08\"} | /upper | 0.0075",
            // JJG 443-2006 ±0.3 % before 2015; JJG 443-2023 ±0.30 % from 2024-05-01
            "mpe            | {\"family\":\"fuel-dispenser\",\"date\":\"2024-05-01\"}           | /edition/regulation | JJG 443-2023 (试行)",
            "conformity     | {\"family\":\"ear-thermometer\",\"kind\":\"subsequent\",\"date\":\"2026-11-27\",\"points\":[{\"referenceC\":37.0,\"indicationC\":37.1},{\"referenceC\":41.5,\"indicationC\":41.3}]} | /conforming | true",
            "conformity     | {\"family\":\"ear-thermometer\",\"kind\":\"subsequent\",\"date\":\"2026-11-27\",\"points\":[{\"referenceC\":37.0,\"indicationC\":37.3}]} | /conforming | false",
            // JJF 1117 exam example (RULES.md §2): weighted mean 0.367705, pilot En 0.114
            "comparison     | {\"labs\":[{\"id\":\"pilot\",\"value\":0.368,\"U\":0.004},{\"id\":\"LAB1\",\"value\":0.369,\"U\":0.010},{\"id\":\"LAB2\",\"value\":0.370,\"U\":0.012},{\"id\":\"LAB3\",\"value\":0.366,\"U\":0.006}]} | /consistency/chiSquaredConsistent | true",
            "algorithm-a    | {\"values\":[10.1,10.2,9.9,10.0,10.3,12.5,10.1]}                  | /converged          | true"
    })
    void answers(String command, String input, String pointer, String expected) {
        var r = MetrologyCliTests.run(command, input);
        assertThat(r.exit()).as(r.json() == null ? "" : r.json().toString()).isZero();
        assertThat(r.json().at(pointer).asString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "shortfall      | {\"unit\":\"g\"}                                       | nominal",
            "shortfall      | {\"nominal\":500,\"unit\":\"bushel\"}                   | unit",
            "prepackage-lot | {\"nominal\":500,\"unit\":\"g\",\"lotSize\":300,\"actualContents\":[500,501]} | actualContents",
            "mpe            | {\"family\":\"teapot\"}                                  | family",
            "conformity     | {\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"loads\":[{\"load\":\"x\",\"indication\":1}]} | loads[0].load",
            "comparison     | {\"labs\":[{\"id\":\"A\",\"value\":1}]}                    | labs[0].U"
    })
    void refusesBadInputNamingTheField(String command, String input, String field) {
        var r = MetrologyCliTests.run(command, input);
        assertThat(r.exit()).as(r.json().toString()).isEqualTo(2);
        assertThat(r.json().at("/error/field").asString()).isEqualTo(field);
    }

    /** GUM H.1 end gauge (JCGM 100:2008 H.1): l = 50.000 838 mm, u_c = 32 nm, ν_eff = 16, U₉₉ = 93 nm. */
    @org.junit.jupiter.api.Test
    void reproducesTheGumEndGaugeExample() throws java.io.IOException {
        String input = new String(getClass().getResourceAsStream("gum-h1.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var r = MetrologyCliTests.run("uncertainty", input);
        assertThat(r.exit()).isZero();
        assertThat(r.json().at("/reported/value").asString()).isEqualTo("50.000838");
        assertThat(r.json().at("/reported/expandedUncertainty").asString()).isEqualTo("0.000093");
        assertThat(r.json().at("/truncatedEffectiveDegreesOfFreedom").asDouble()).isEqualTo(16.0);
        assertThat(r.json().at("/combinedStandardUncertainty").asDouble() * 1e6).isCloseTo(32, org.assertj.core.data.Offset.offset(0.5));
        assertThat(r.json().at("/monteCarlo/validation/passed").isBoolean()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aModelNamingAnUndeclaredInputIsRefused() {
        var r = MetrologyCliTests.run("uncertainty",
                "{\"model\":\"a + b\",\"inputs\":[{\"name\":\"a\",\"estimate\":1,\"distribution\":\"normal\",\"u\":0.1}]}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/error/messageEn").asString()).contains("unknown input 'b'");
    }
}
