package org.metrolex.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.metrolex.calendar.domain.HolidayNotice;

class HolidayNoticeLoaderTests {

    private final List<HolidayNotice> notices = ShippedCalendar.notices();

    @Test
    void shipsOneFilePerYearFrom2007To2027() {
        assertThat(notices).extracting(HolidayNotice::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2007, 2027).boxed().toList());
    }

    @Test
    void year2027IsAPlaceholderUntilTheStateCouncilPublishesItsNotice() {
        HolidayNotice notice2027 = notices.get(notices.size() - 1);
        assertThat(notice2027.isPublished()).isFalse();
        assertThat(notice2027.papers()).isEmpty();
    }

    @Test
    void year2020KeepsBothTheOriginalNoticeAndTheSpringFestivalExtension() {
        HolidayNotice notice2020 = notices.get(2020 - 2007);
        assertThat(notice2020.papers()).containsExactly(
                "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
                "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm");
        assertThat(notice2020.days()).containsEntry(LocalDate.of(2020, 2, 2), true);
    }

    @Test
    void aNoticeMayListLateDecemberOfThePreviousYear() {
        // 2019 notice (content_5346276) made Saturday 2018-12-29 a working day for New Year 2019
        assertThat(notices.get(2019 - 2007).days()).containsEntry(LocalDate.of(2018, 12, 29), false);
    }
}
