package org.metrolex.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumberTests {

    @ParameterizedTest(name = "{0}-{1}-{2} = {3}")
    @CsvSource({
            "HBJL,   2026, 1,          HBJL-2026-000001",
            "HBJL,   2026, 42,         HBJL-2026-000042",
            "SJZ01,  2025, 999999,     SJZ01-2025-999999",
            "TS,     2026, 1000000,    TS-2026-1000000",
            "HB1301, 2030, 999999999,  HB1301-2030-999999999",
    })
    void formatsAndParsesBack(String code, int year, long seq, String text) {
        CertificateNumber n = new CertificateNumber(code, year, seq);

        assertThat(n.format()).isEqualTo(text);
        assertThat(CertificateNumber.parse(text)).isEqualTo(n);
        assertThat(CertificateNumber.isValid(text)).isTrue();
    }

    @Test
    void nextIsTheFollowingSequenceInTheSameInstitutionAndYear() {
        assertThat(CertificateNumber.parse("HBJL-2026-000041").next().format()).isEqualTo("HBJL-2026-000042");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "", "HBJL-2026-42", "hbjl-2026-000042", "HB-JL-2026-000042", "HBJL-26-000042", "HBJL-2026-000000",
            "HBJL-2026-0000042", "HBJL-1999-000001", "H-2026-000001", "HBJL2026000042", "HBJL-2026-000042 ",
            "HBJL-2026-1000000000",
    })
    void nonCanonicalOrInvalidTextIsRefused(String text) {
        assertThat(CertificateNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> CertificateNumber.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("证书编号");
    }

    @Test
    void nullIsRefused() {
        assertThat(CertificateNumber.isValid(null)).isFalse();
    }

    @Test
    void invalidPartsAreRefusedNamingThePart() {
        assertThatThrownBy(() -> new CertificateNumber("hb", 2026, 1)).hasMessageContaining("institutionCode");
        assertThatThrownBy(() -> new CertificateNumber("HBJL", 1999, 1)).hasMessageContaining("year");
        assertThatThrownBy(() -> new CertificateNumber("HBJL", 2026, 0)).hasMessageContaining("sequence");
    }
}
