package org.metrolex.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.region.domain.RegionTree;

/** The shipped GB/T 2260 tree (Hebei, codes in force at 2024-12-31; yescallop/areacodes, CC0). */
class RegionCatalogueTests {

    private final RegionTree tree = new RegionTree(RegionCatalogue.readShipped());

    @Test
    void oneProvinceElevenCitiesAndTheirCounties() {
        assertThat(tree.roots()).extracting(r -> r.code()).containsExactly("130000");
        assertThat(tree.children("130000")).filteredOn(r -> r.level() == RegionLevel.PREFECTURE).hasSize(11);
        assertThat(tree.children("130000")).extracting(r -> r.code()).contains("130181", "130682").hasSize(13);
        assertThat(tree.all()).filteredOn(r -> r.level() == RegionLevel.COUNTY).hasSize(167);
    }

    @ParameterizedTest(name = "{0} {1} under {2}")
    @CsvSource({
            "130102, 长安区, 130100",
            "130181, 辛集市, 130000",   // administered directly by the province, though coded under 石家庄 (RULES.md §8)
            "130682, 定州市, 130000",   // likewise, coded under 保定
            "131102, 桃城区, 131100",
            "130100, 石家庄市, 130000"
    })
    void lookupByCodeGivesNameAndParent(String code, String name, String parent) {
        var r = tree.find(code).orElseThrow();
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.parentCode()).isEqualTo(parent);
        assertThat(tree.isWithin(code, "130000")).isTrue();
    }

    @Test
    void descendantsOfACityIncludeItselfAndItsCountiesOnly() {
        var sjz = tree.selfAndDescendants("130100");
        assertThat(sjz).contains("130100", "130102").doesNotContain("130000", "130181", "130682", "130703");
        assertThat(tree.selfAndDescendants("130102")).containsExactly("130102");
    }

    @Test
    void lookupByNameFindsEverySameNamedDistrict() {
        // Several cities have a 桥西区 (石家庄 130104 and 张家口 130703).
        assertThat(tree.searchByName("桥西")).extracting(r -> r.code()).contains("130104", "130703");
        assertThat(tree.path("130703")).extracting(r -> r.name()).containsExactly("河北省", "张家口市", "桥西区");
    }
}
