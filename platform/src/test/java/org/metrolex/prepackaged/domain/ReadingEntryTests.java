package org.metrolex.prepackaged.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingEntryTests {

    private static final int[] SAMPLE = {3, 9, 14};

    private static ReadingEntry.Raw raw(Integer n, String gross, String tare, String net) {
        return new ReadingEntry.Raw(0, "r", n, gross == null ? null : new BigDecimal(gross), tare == null ? null : new BigDecimal(tare),
                net == null ? null : new BigDecimal(net));
    }

    @Test
    void averageTareIsSubtractedFromEveryGrossReading() {
        var r = ReadingEntry.build(SAMPLE, TareMode.AVERAGE_TARE, new BigDecimal("12.5"),
                List.of(raw(14, "512.5", null, null), raw(3, "510.0", null, null), raw(9, "513.0", null, null)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.readings()).extracting(PackageReading::packageNumber).containsExactly(3, 9, 14);
        assertThat(r.readings()).extracting(PackageReading::net).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("497.5"), new BigDecimal("500.5"), new BigDecimal("500.0"));
    }

    @Test
    void eachPackagesOwnTareIsSubtracted() {
        var r = ReadingEntry.build(SAMPLE, TareMode.PER_PACKAGE, null,
                List.of(raw(3, "510", "10.2", null), raw(9, "511", "11", null), raw(14, "512", "12.4", null)));
        assertThat(r.readings().get(0).net()).isEqualByComparingTo("499.8");
    }

    @Test
    void refusedEntriesAreNamedAndNothingIsKept() {
        var r = ReadingEntry.build(SAMPLE, TareMode.PER_PACKAGE, null,
                List.of(raw(3, "10", "12", null), raw(4, "510", "10", null), raw(3, "510", "10", null), raw(9, "510", null, null)));
        assertThat(r.readings()).isEmpty();
        assertThat(r.problems()).extracting(EntryProblem::rule).containsExactly("tare", "in-sample", "unique", "required", "complete");
        assertThat(r.problems().get(4).messageEn()).contains("14");
    }

    @Test
    void theTareModeIsRequired() {
        assertThat(ReadingEntry.build(SAMPLE, null, null, List.of()).problems()).singleElement()
                .extracting(EntryProblem::field).isEqualTo("tareMode");
    }
}
