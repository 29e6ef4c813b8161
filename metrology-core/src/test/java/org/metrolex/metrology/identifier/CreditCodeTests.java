package org.metrolex.metrology.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 32100-2015 clause 4 and Annex B: structure and check character of the unified social credit code. */
class CreditCodeTests {

    // The worked example widely quoted from GB 32100-2015, and codes of registered enterprises as
    // printed on their business licences (public data of the enterprise credit publicity system).
    @ParameterizedTest(name = "{0} valid")
    @CsvSource({
            "91350100M000100Y43",
            "91440300708461136T",
            "91110108551385082Q",
            "91110105771583283D",
            "91110000802100433B"
    })
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "91440300708461136A, CHECK_CHARACTER",
            "91440300708461136, LENGTH",
            "91440300708461136TT, LENGTH",
            "914403007O8461136T, CHARACTER",   // letter O is excluded
            "914403007I8461136T, CHARACTER",   // letter I is excluded
            "91350100M000100Y4Z, CHARACTER"    // Z is excluded
    })
    void invalidCodesNameTheirProblem(String code, CreditCode.Problem problem) {
        assertThat(CreditCode.check(code)).isEqualTo(problem);
        assertThatThrownBy(() -> new CreditCode(code))
                .isInstanceOf(CreditCode.InvalidCreditCodeException.class)
                .extracting(e -> ((CreditCode.InvalidCreditCodeException) e).problem())
                .isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"91130100MA0CXXXXX, 130100", "92130102MA00000000, 130102"})
    void regionCodeIsPositions3To8(String first17OrMore, String region) {
        String first17 = first17OrMore.substring(0, 17).replace('X', '1');
        CreditCode code = new CreditCode(first17 + CreditCode.checkCharacter(first17));
        assertThat(code.regionCode()).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({"' 91440300708461136t ', 91440300708461136T"})
    void parseTrimsAndUpperCases(String typed, String stored) {
        assertThat(CreditCode.parse(typed).value()).isEqualTo(stored);
    }
}
