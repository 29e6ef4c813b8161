package org.metrolex.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped catalogue says only what the research sources say: each figure below is checked against
 * rules-research/verification_intervals.csv, and a category without a sourced figure has none.
 */
class CatalogueFileTests {

    private static final Map<String, InstrumentCategory> SHIPPED = load();

    private static Map<String, InstrumentCategory> load() {
        try (InputStream in = CatalogueFileTests.class.getResourceAsStream("/instrument/catalogue.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return CatalogueFile.parse(lines).stream().collect(Collectors.toMap(InstrumentCategory::code, Function.identity()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # code,                   supervision, mode,                      interval, life, regulation,     sources
            FUEL_DISPENSER,           -,           PERIODIC,                  6,        -,    JJG 443-2015,   S12;S13
            SPHYGMOMANOMETER,         -,           PERIODIC,                  6,        -,    JJG 270-2008,   S12
            WATER_METER_DN25,         -,           INITIAL_ONLY_LIMITED_LIFE, -,        6,    JJG 162-2019,   S14;S15;S16
            WATER_METER_DN50,         -,           INITIAL_ONLY_LIMITED_LIFE, -,        4,    JJG 162-2019,   S14;S15;S16
            WATER_METER_LARGE,        -,           PERIODIC,                  24,       -,    JJG 162-2019,   S14
            GAS_METER_HOUSEHOLD,      -,           INITIAL_ONLY_LIMITED_LIFE, -,        10,   JJG 577-2012 / JJG 1190-2022, S16;S17
            PRICE_COMPUTING_SCALE,    -,           PERIODIC,                  12,       -,    JJG 539-2016,   S23
            DIGITAL_INDICATING_SCALE, -,           PERIODIC,                  12,       -,    JJG 539-2016,   S23
            INFRARED_EAR_THERMOMETER, -,           -,                         -,        -,    -,              S10
            BODY_THERMOMETER,         -,           -,                         -,        -,    -,              S10
            FOCIMETER,                P+V,         -,                         -,        -,    -,              S11
            REFRACTOR,                P+V,         -,                         -,        -,    -,              S11
            TRIAL_LENS_SET,           P+V,         -,                         -,        -,    -,              S11
            KERATOMETER,              P+V,         -,                         -,        -,    -,              S11
            """)
    void eachCategoryCarriesOnlyItsSourcedFigures(String code, String supervision, String mode, Integer interval,
                                                  Integer life, String regulation, String sources) {
        InstrumentCategory c = SHIPPED.get(code);
        assertThat(c).as(code).isNotNull();
        assertThat(c.supervisionMode()).isEqualTo(supervision);
        assertThat(c.mode()).isEqualTo(VerificationMode.parse(mode));
        assertThat(c.intervalMonths()).isEqualTo(interval);
        assertThat(c.serviceLifeYears()).isEqualTo(life);
        assertThat(c.regulation()).isEqualTo(regulation);
        assertThat(c.source()).isEqualTo(sources);
        // every row in the research files is tagged S (secondary): none may claim to be verified
        assertThat(c.verified()).isFalse();
    }

    @Test
    void theFileHoldsExactlyTheResearchedCategories() {
        assertThat(SHIPPED).hasSize(14);
    }

    @Test
    void aMalformedLineStopsTheLoadWithItsLineNumber() {
        List<String> lines = List.of("code,name_zh,name_en,supervision_mode,verification_mode,interval_months,"
                + "service_life_years,uses,regulation,source,verified,note", "X,甲,x,,PERIODIC,six,,TRADE,,S0,false,");
        assertThatThrownBy(() -> CatalogueFile.parse(lines)).hasMessageContaining("catalogue line 2");
    }

    @Test
    void quotedCellsKeepTheirCommas() {
        assertThat(CatalogueFile.cells("a,\"b, c\",d")).containsExactly("a", "b, c", "d");
    }
}
