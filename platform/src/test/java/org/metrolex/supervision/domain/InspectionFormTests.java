package org.metrolex.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts of an inspection form are bounded and compared without overflow (issue 14). */
class InspectionFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static InspectionForm form(LocalDate on, int checked, int unverified, int fraud) {
        return new InspectionForm(on, checked, unverified, fraud, List.of(), 0, 0, null, null, null, "");
    }

    @Test
    void countsNearTheIntegerLimitAreRefusedNamingTheFieldNotWrappedIntoANegativeFailedCount() {
        List<FormProblem> p = form(TODAY, 1, Integer.MAX_VALUE, 1).problems(CampaignType.MARKET_SCALES, TODAY);
        assertThat(p).extracting(FormProblem::field).contains("instrumentsUnverified");
        assertThat(p).filteredOn(x -> x.field().equals("instrumentsUnverified")).first()
                .satisfies(x -> assertThat(x.zh()).contains("1000000"));
    }

    @Test
    void moreFailedThanCheckedIsRefusedEvenWhenTheSumWouldOverflowAnInt() {
        // each count in range, their sum compared in long
        List<FormProblem> p = form(TODAY, 10, 1_000_000, 1_000_000).problems(CampaignType.MARKET_SCALES, TODAY);
        assertThat(p).extracting(FormProblem::rule).contains("atMostChecked");
        assertThat(form(TODAY, 10, 3, 2).problems(CampaignType.MARKET_SCALES, TODAY)).isEmpty();
    }

    @Test
    void aDateOutsideTheBusinessRangeIsRefused() {
        assertThat(form(LocalDate.of(0, 1, 1), 1, 0, 0).problems(CampaignType.MARKET_SCALES, TODAY))
                .extracting(FormProblem::field).containsExactly("inspectedOn");
    }
}
