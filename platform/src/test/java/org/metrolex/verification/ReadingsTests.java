package org.metrolex.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.conformity.PointResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readings of each of the six families, as stored (JSON, the fields of docs/cli.md `conformity`), decided
 * by metrology-core for the instrument's catalogue category. Each row names the regulation whose MPE decides.
 */
class ReadingsTests {

    private static final Conformity SHIPPED = Conformity.using(RuleBook.shipped());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # category               | readings (JSON)                                                                                                     | date       | conforming | regulation                 | why
            PRICE_COMPUTING_SCALE    | {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":30,"unit":"kg","zero":{"load":0,"indication":0,"addedWeights":0.002},"loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":15,"indication":15.005,"addedWeights":0.004},{"load":30,"indication":30.005,"addedWeights":0.001}]} | 2026-11-27 | true  | JJG 539-2016 / OIML R 76-1 | OIML R 76-1 A.4.4.3 changepoint errors within the class III MPE (docs/cli.md example)
            PRICE_COMPUTING_SCALE    | {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":30,"unit":"kg","zero":{"load":0,"indication":0,"addedWeights":0.002},"loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":15,"indication":15.005,"addedWeights":0.004},{"load":30,"indication":30.035,"addedWeights":0.001}]} | 2026-11-27 | false | JJG 539-2016 / OIML R 76-1 | 30 g heavy at Max: outside ±1.5 e
            DIGITAL_INDICATING_SCALE | {"class":"III","e":0.005,"max":30,"zero":{"load":0,"indication":0,"addedWeights":0.002},"loads":[{"load":15,"indication":15.005,"addedWeights":0.004}]} | 2026-11-27 | true | JJG 539-2016 / OIML R 76-1 | family and kind may be left out: the category decides the family, subsequent by default
            FUEL_DISPENSER           | {"family":"FUEL_DISPENSER","runs":[{"flowPoint":"Qmax","indicated":20.012,"standard":20},{"flowPoint":"Qmax","indicated":19.980,"standard":20},{"flowPoint":"Qmax","indicated":19.990,"standard":20}]} | 2024-04-30 | true | JJG 443-2015 | JJG 443-2015: mean −0.03 % within ±0.30 %, repeatability 0.0947 % within 0.10 %
            FUEL_DISPENSER           | {"family":"FUEL_DISPENSER","runs":[{"flowPoint":"Qmax","indicated":20.012,"standard":20},{"flowPoint":"Qmax","indicated":19.980,"standard":20},{"flowPoint":"Qmax","indicated":19.990,"standard":20}]} | 2024-05-01 | true | JJG 443-2023 (试行) | the 2023 edition decides from its effective date
            FUEL_DISPENSER           | {"family":"FUEL_DISPENSER","runs":[{"flowPoint":"Qmax","indicated":20.012,"standard":20},{"flowPoint":"Qmax","indicated":19.980,"standard":20},{"flowPoint":"Qmax","indicated":19.990,"standard":20}]} | 2010-01-01 | false | JJG 443-2006 | JJG 443-2006 5.1.1: repeatability 0.16 % above 0.15 %
            WATER_METER_DN25         | {"family":"WATER_METER","kind":"INITIAL","class":"2","q1":0.025,"q4":5,"points":[{"flowRate":0.03,"waterTemperatureC":50,"indicated":10.45,"reference":10},{"flowRate":2.5,"waterTemperatureC":50,"indicated":102.5,"reference":100}]} | 2025-06-01 | true | JJG 162-2019 / OIML R 49 | OIML R 49: +4.5 % in the lower zone (±5 %), +2.5 % in the upper zone above 30 °C (±3 %)
            WATER_METER_LARGE        | {"family":"WATER_METER","kind":"INITIAL","class":"2","q1":0.025,"q4":5,"points":[{"flowRate":2.5,"waterTemperatureC":20,"indicated":102.5,"reference":100}]} | 2025-06-01 | false | JJG 162-2019 / OIML R 49 | OIML R 49: +2.5 % in the upper zone at 20 °C exceeds ±2 %
            WATER_METER_DN50         | {"family":"WATER_METER","kind":"INITIAL","class":"2","q1":0.025,"q4":5,"points":[{"flowRate":2.5,"indicated":102.5,"reference":100}]} | 2025-06-01 | false | JJG 162-2019 / OIML R 49 | no water temperature: 20 °C as the CLI assumes
            GAS_METER_HOUSEHOLD      | {"family":"GAS_METER","kind":"INITIAL","class":"1.5","qmin":0.016,"qmax":2.5,"points":[{"flowRate":2.5,"indicated":101.6,"reference":100}]} | 2025-06-01 | false | JJG 577-2012 / OIML R 137 | JJG 577-2012: +1.6 % at qmax exceeds ±1.5 % on initial verification
            GAS_METER_HOUSEHOLD      | {"family":"GAS_METER","kind":"IN_SERVICE","class":"1.5","qmin":0.016,"qmax":2.5,"points":[{"flowRate":2.5,"indicated":101.6,"reference":100}]} | 2025-06-01 | true | JJG 577-2012 / OIML R 137 | in service the MPE is twice the initial one
            INFRARED_EAR_THERMOMETER | {"family":"EAR_THERMOMETER","kind":"INITIAL","points":[{"referenceC":35.0,"indicationC":35.2},{"referenceC":37.0,"indicationC":36.9}]} | 2025-06-01 | true | JJG 1164-2019 | JJG 1164-2019: ±0.2 °C within 35.0–42.0 °C
            INFRARED_EAR_THERMOMETER | {"family":"EAR_THERMOMETER","kind":"INITIAL","points":[{"referenceC":41.5,"indicationC":41.8}]} | 2025-06-01 | false | JJG 1164-2019 | +0.3 °C at 41.5 °C exceeds ±0.2 °C
            SPHYGMOMANOMETER         | {"family":"SPHYGMOMANOMETER","kind":"INITIAL","zeroIndicationKpa":0.5,"points":[{"standardKpa":10.0,"indicationKpa":10.4},{"standardKpa":20.0,"indicationKpa":19.5}]} | 2025-06-01 | false | JJG 270-2008 | JJG 270-2008: −0.5 kPa exceeds the initial-verification MPE
            SPHYGMOMANOMETER         | {"family":"SPHYGMOMANOMETER","kind":"SUBSEQUENT","zeroIndicationKpa":0.5,"points":[{"standardKpa":10.0,"indicationKpa":10.4},{"standardKpa":20.0,"indicationKpa":19.5}]} | 2025-06-01 | true | JJG 270-2008 | the subsequent-verification MPE admits it
            """)
    void theCategorysFamilyDecides(String category, String json, LocalDate date, boolean conforming, String regulation, String why) {
        Readings r = JSON.readValue(json, Readings.class);
        ConformityDecision d = r.decide(category, date, SHIPPED);
        assertThat(d.conforming()).as(why).isEqualTo(conforming);
        assertThat(d.editionsUsed()).extracting(e -> e.regulation()).as(why).contains(regulation);
        assertThat(d.points()).isNotEmpty().allSatisfy(p -> assertThat(p.mpe()).isNotNull());
    }

    @Test
    void storedReadingsKeepEveryFieldThroughJson() {
        Readings r = new Readings.Sphygmomanometer("INITIAL", new java.math.BigDecimal("0.2"),
                java.util.List.of(new Readings.PressurePoint(new java.math.BigDecimal("16.0"), new java.math.BigDecimal("16.2"))));
        String stored = JSON.writeValueAsString(r);
        assertThat(stored).contains("\"family\":\"SPHYGMOMANOMETER\"");
        Readings back = JSON.readValue(stored, Readings.class);
        assertThat(back).isEqualTo(r);
        ConformityDecision d = back.decide("SPHYGMOMANOMETER", LocalDate.of(2025, 6, 1), SHIPPED);
        assertThat(d.points()).extracting(PointResult::label).containsExactly("zero", "16.0 kPa");
    }

    /**
     * Rows written before the families had their own records hold one object with every family's fields, the others
     * null (the verification table's readings_json of V1_40): they still load, as the family they name, and decide
     * the same; readings without a family are read as the category's family and stored back as submitted.
     */
    @Test
    void readingsWrittenInTheOldFormatStillLoad() {
        String old = "{\"family\":\"SCALE\",\"kind\":\"SUBSEQUENT\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"unit\":\"kg\","
                + "\"priceComputing\":true,\"zero\":{\"load\":0,\"indication\":0,\"addedWeights\":0.002},"
                + "\"loads\":[{\"load\":15,\"indication\":15.005,\"addedWeights\":0.004}],\"repeatability\":null,\"eccentricity\":null,"
                + "\"runs\":null,\"q1\":null,\"q4\":null,\"qmin\":null,\"qmax\":null,\"zeroIndicationKpa\":null,\"points\":null}";
        Readings r = JSON.readValue(old, Readings.class);
        assertThat(r).isInstanceOf(Readings.Scale.class);
        assertThat(((Readings.Scale) r).loads()).hasSize(1);
        assertThat(r.decide("PRICE_COMPUTING_SCALE", LocalDate.of(2026, 11, 27), SHIPPED).conforming()).isTrue();
        String oldWater = "{\"family\":null,\"kind\":\"INITIAL\",\"class\":\"2\",\"e\":null,\"max\":null,\"unit\":null,"
                + "\"priceComputing\":null,\"zero\":null,\"loads\":null,\"repeatability\":null,\"eccentricity\":null,\"runs\":null,"
                + "\"q1\":0.025,\"q4\":5,\"qmin\":null,\"qmax\":null,\"zeroIndicationKpa\":null,\"points\":[{\"flowRate\":2.5,"
                + "\"waterTemperatureC\":20,\"indicated\":102.5,\"reference\":100,\"referenceC\":null,\"indicationC\":null,"
                + "\"standardKpa\":null,\"indicationKpa\":null}]}";
        Readings unstated = JSON.readValue(oldWater, Readings.class);
        assertThat(unstated).isInstanceOf(Readings.Unstated.class);
        assertThat(unstated.resolve("WATER_METER_LARGE")).isInstanceOf(Readings.WaterMeter.class);
        assertThat(unstated.decide("WATER_METER_LARGE", LocalDate.of(2025, 6, 1), SHIPPED).conforming()).isFalse();
        assertThat(JSON.readTree(JSON.writeValueAsString(unstated))).isEqualTo(JSON.readTree(oldWater));
    }

    @Test
    void aCategoryWithoutAFormAndReadingsOfAnotherFamilyAreRefused() {
        Readings scale = JSON.readValue("{\"family\":\"SCALE\",\"class\":\"III\"}", Readings.class);
        assertThatThrownBy(() -> scale.decide("FOCIMETER", LocalDate.of(2025, 6, 1), SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("尚不支持");
        assertThatThrownBy(() -> scale.decide("FUEL_DISPENSER", LocalDate.of(2025, 6, 1), SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
        Readings badKind = JSON.readValue("{\"kind\":\"YEARLY\",\"points\":[]}", Readings.class);
        assertThatThrownBy(() -> badKind.decide("INFRARED_EAR_THERMOMETER", LocalDate.of(2025, 6, 1), SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("检定类别");
        Readings gasClass = JSON.readValue("{\"class\":\"x\",\"qmin\":0.016,\"qmax\":2.5,\"points\":[{\"flowRate\":1,\"indicated\":1,\"reference\":1}]}",
                Readings.class);
        assertThatThrownBy(() -> gasClass.decide("GAS_METER_HOUSEHOLD", LocalDate.of(2025, 6, 1), SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class");
    }

    @ParameterizedTest
    @CsvSource({"PRICE_COMPUTING_SCALE,SCALE", "DIGITAL_INDICATING_SCALE,SCALE", "FUEL_DISPENSER,FUEL_DISPENSER",
            "WATER_METER_DN25,WATER_METER", "WATER_METER_DN50,WATER_METER", "WATER_METER_LARGE,WATER_METER",
            "GAS_METER_HOUSEHOLD,GAS_METER", "INFRARED_EAR_THERMOMETER,EAR_THERMOMETER", "SPHYGMOMANOMETER,SPHYGMOMANOMETER"})
    void everyCatalogueCategoryWithRulesHasAFamily(String category, Readings.Family family) {
        assertThat(Readings.Family.of(category)).isEqualTo(family);
    }
}
