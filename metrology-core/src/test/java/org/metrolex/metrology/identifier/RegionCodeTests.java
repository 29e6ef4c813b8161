package org.metrolex.metrology.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 2260 code structure: province, prefecture and county parts. */
class RegionCodeTests {

    @ParameterizedTest(name = "{0}: {1}, parent {2}")
    @CsvSource({
            "130000, PROVINCE, ",          // 河北省
            "130100, PREFECTURE, 130000",  // 石家庄市
            "130102, COUNTY, 130100",      // 长安区
            "130181, COUNTY, 130100",      // 辛集市: coded under 石家庄 (administered by the province: see RegionTree)
            "131182, COUNTY, 131100"       // 深州市
    })
    void levelAndParentFollowTheStructure(String code, RegionCode.Level level, String parent) {
        RegionCode r = new RegionCode(code);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.structuralParent()).isEqualTo(parent);
        assertThat(r.province()).isEqualTo("130000");
    }

    @ParameterizedTest
    @CsvSource({"13010", "1301020", "030102", "13A102", "130002"})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> new RegionCode(code)).hasMessageContaining("GB/T 2260");
    }

    @ParameterizedTest
    @CsvSource({"91130102MA0CXXXXX", "91350100M000100Y4"})
    void aCreditCodeCarriesTheRegistrationRegion(String first17) {
        String f = first17.replace('X', '1');
        CreditCode c = new CreditCode(f + CreditCode.checkCharacter(f));
        assertThat(new RegionCode(c.regionCode()).level()).isNotNull();
    }
}
