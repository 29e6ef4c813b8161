package org.metrolex.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.ShippedCalendar;
import org.metrolex.calendar.domain.ClockStatus;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.licensing.ProcedureFile;

/**
 * Licensing clocks over the shipped State Council notices and the shipped procedures (overall limit 8
 * working days for type approval and institution authorisation, 12 for standard approval: 河北省2020年
 * 计量工作总结). Convention of {@link StatutoryClock}: the start day never counts, a working day with a
 * stop at any point does not count. The overall clock runs from acceptance; document requests (补正),
 * suspensions (中止) and the assessment step (第四十五条) are excluded. "(n)" = n-th counted working day.
 *
 * <p>Notices (gov.cn content ids): 2020 国办发明电〔2019〕16号 content_5472352 and the extension of the
 * 2020 Spring Festival to 02-02, 国办发明电〔2020〕1号 content_5472569; 2024 国办发明电〔2023〕7号
 * content_6911528; 2025 国办发明电〔2024〕12号 content_6986383; 2026 国办发明电〔2025〕7号 content_7047091.
 */
@Tag("date-sensitive")
class LicenceClockTests {

    static final ClockFactory CLOCKS = (start, limit) -> StatutoryClock.start(ShippedCalendar.calendar(), start, limit);

    static Procedure procedure(String code) {
        return ProcedureFile.shipped().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    /** Plays a script "SUB date; ACC date; DOC date; SUP date; SUS date; RES date; REV date; ASM date; GRA date; ISS date". */
    static LicenceApplication play(String code, String script) {
        LicenceApplication a = null;
        for (String step : script.split(";")) {
            String[] f = step.strip().split(" ");
            LocalDate on = LocalDate.parse(f[1]);
            String late = "迟延说明 / late";
            switch (f[0]) {
                case "SUB" -> a = LicenceApplication.submit(procedure(code), false, on, "applicant", LABELS);
                case "ACC" -> a.accept(on, "officer", late, CLOCKS);
                case "DOC" -> a.requestDocuments(on, "officer", List.of("营业执照副本"));
                case "SUP" -> a.supplyDocuments(on, "applicant");
                case "SUS" -> a.suspend(on, "officer", "申请人申请中止");
                case "RES" -> a.resume(on, "officer");
                case "REV" -> a.completeReview(on, "officer", late, CLOCKS);
                case "ASM" -> a.completeAssessment(on, "expert", late, CLOCKS);
                case "GRA" -> a.grant(on, "officer", "", late, CLOCKS);
                case "ISS" -> a.issue(on, "officer", late, CLOCKS);
                default -> throw new IllegalArgumentException(f[0]);
            }
        }
        return a;
    }

    @ParameterizedTest(name = "[{index}] {0} as of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure              |script                                                                                                    |as of     |used|left|deadline  |overdue|warn |prov |status
            # content_5472352 + content_5472569 (Spring Festival extended to 02-02): accepted 01-21, 补正 01-22…02-04 excluded, 01-24…02-02 rest,
            # 02-05 (1), assessment 02-06…02-12 excluded, 02-13 (2), 02-14 (3), 02-17 (4) = issue; deadline 02-18…21 (5…8)
            INSTITUTION_AUTHORIZATION|SUB 2020-01-20; ACC 2020-01-21; DOC 2020-01-22; SUP 2020-02-04; REV 2020-02-06; ASM 2020-02-12; GRA 2020-02-14; ISS 2020-02-17|2020-03-31|4|4|2020-02-21|false|false|false|ISSUED
            # same without the 补正 stop, still under review on 02-05: 01-22 (1), 01-23 (2), 01-24…02-02 rest (extension), 02-03 (3),
            # 02-04 (4), 02-05 (5): overall 3 left, deadline 02-06, 02-07, 02-10 (6…8)
            INSTITUTION_AUTHORIZATION|SUB 2020-01-20; ACC 2020-01-21                                                                        |2020-02-05|5|3|2020-02-10|false|false|false|UNDER_REVIEW
            # content_6911528 (National Day 2024: 09-29 Sun and 10-12 Sat are working days, 10-01…07 rest): accepted 09-27, no stop:
            # 09-29 (1), 09-30 (2), 10-08…11 (3…6), 10-12 Sat (7), 10-14 (8) = deadline; overdue on 10-15
            INSTITUTION_AUTHORIZATION|SUB 2024-09-26; ACC 2024-09-27                                                                        |2024-10-15|9|0|2024-10-14|true |false|false|UNDER_REVIEW
            # same with a suspension 09-30…10-09: 09-29 (1), 10-10 (2), 10-11 (3), 10-12 Sat (4), 10-14 (5), 10-15 (6); deadline 10-16 (7), 10-17 (8); warning (2 left)
            INSTITUTION_AUTHORIZATION|SUB 2024-09-26; ACC 2024-09-27; SUS 2024-09-30; RES 2024-10-09                                        |2024-10-15|6|2|2024-10-17|false|true |false|UNDER_REVIEW
            # content_6986383 (National Day 2025: 09-28 Sun and 10-11 Sat working, 10-01…08 rest): 补正 during acceptance 09-25…29 (acceptance clock only),
            # accepted 09-30, assessment 10-09…10-20 excluded (incl. 10-11 Sat), 10-21 (1) … 10-24 (4) = issue; 8 left: 10-27…31, 11-03…05 → 11-05
            STANDARD_APPROVAL        |SUB 2025-09-24; DOC 2025-09-25; SUP 2025-09-29; ACC 2025-09-30; REV 2025-10-09; ASM 2025-10-20; GRA 2025-10-22; ISS 2025-10-24|2025-12-01|4|8|2025-11-05|false|false|false|ISSUED
            # content_6986383, two stops: accepted 09-26, 09-28 Sun make-up (1), suspension 09-29…09-30, 10-01…08 rest, 10-09 (2), 10-10 (3),
            # 10-11 Sat make-up (4), assessment from 10-13 still open on 10-17 (stopped): 8 left counted from 10-17: 10-20…24, 10-27…29
            STANDARD_APPROVAL        |SUB 2025-09-25; ACC 2025-09-26; SUS 2025-09-29; RES 2025-09-30; REV 2025-10-13                      |2025-10-17|4|8|2025-10-29|false|false|false|IN_ASSESSMENT
            # content_7047091 (2026 make-up days 02-14 Sat and 02-28 Sat; Spring Festival 02-15…23): accepted 02-10, 补正 02-12…02-14 (Sat) excluded,
            # 02-11 (1), 02-24 (2), assessment 02-25…03-02 excluded (incl. 02-28 Sat), 03-03…06 (3…6); deadline 03-09 (7), 03-10 (8); warning
            TYPE_APPROVAL            |SUB 2026-02-09; ACC 2026-02-10; DOC 2026-02-12; SUP 2026-02-14; REV 2026-02-25; ASM 2026-03-02           |2026-03-06|6|2|2026-03-10|false|true |false|AWAITING_DECISION
            # content_7047091, the Sunday make-up day 09-20 counts, Mid-Autumn 09-25…27 rest: 09-20 (1), 09-21…24 (2…5), 09-28…30 (6…8) = deadline, not overdue yet, warned
            INSTITUTION_AUTHORIZATION|SUB 2026-09-17; ACC 2026-09-18                                                                        |2026-09-30|8|0|2026-09-30|false|true |false|UNDER_REVIEW
            # same with a suspension 09-21…10-09 over National Day (10-01…07): 09-20 (1), 10-10 Sat make-up (2), 10-12 (3); deadline 10-13…16, 10-19 (4…8)
            INSTITUTION_AUTHORIZATION|SUB 2026-09-17; ACC 2026-09-18; SUS 2026-09-21; RES 2026-10-09                                        |2026-10-12|3|5|2026-10-19|false|false|false|UNDER_REVIEW
            # content_7047091 then 2027, which has no notice: 12-25 (1), 12-28…31 (2…5), 2027-01-01 Fri counted Mon–Fri (6), 01-04…08 (7…11), 01-11 (12): provisional
            STANDARD_APPROVAL        |SUB 2026-12-23; ACC 2026-12-24                                                                        |2026-12-31|5|7|2027-01-11|false|false|true |UNDER_REVIEW
            """)
    void overallClockOverRealCalendars(String code, String script, LocalDate asOf, int used, int left, LocalDate deadline,
                                       boolean overdue, boolean warning, boolean provisional, ApplicationStatus status) {
        LicenceApplication a = play(code, script);
        Timeline t = a.timeline(CLOCKS, asOf);
        ClockStatus overall = t.overall();

        assertThat(a.status()).isEqualTo(status);
        assertThat(overall.daysUsed()).as("used").isEqualTo(used);
        assertThat(overall.daysLeft()).as("left").isEqualTo(left);
        assertThat(overall.deadline()).as("deadline").isEqualTo(deadline);
        assertThat(overall.overdue()).as("overdue").isEqualTo(overdue);
        assertThat(t.overallWarning()).as("warning").isEqualTo(warning);
        assertThat(overall.provisional()).as("provisional").isEqualTo(provisional);
    }

    @ParameterizedTest(name = "[{index}] {0} step {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure              |script                                                                            |step      |as of     |used|left|deadline  |overdue|stopped
            # content_5472352 + content_5472569: review from 01-21 (limit 3), 补正 01-22…02-04 stopped; 02-05 (1), 02-06 (2) = end
            INSTITUTION_AUTHORIZATION|SUB 2020-01-20; ACC 2020-01-21; DOC 2020-01-22; SUP 2020-02-04; REV 2020-02-06   |REVIEW    |2020-02-28|2|1|2020-02-07|false|false
            # content_5472352 + content_5472569: no stop, review from 01-21: 01-22 (1), 01-23 (2), 02-03 (3) = deadline; overdue on 02-05
            INSTITUTION_AUTHORIZATION|SUB 2020-01-20; ACC 2020-01-21                                                      |REVIEW    |2020-02-05|5|0|2020-02-03|true |false
            # content_6986383: acceptance from 09-24 (limit 5), 补正 09-25…29 stopped (incl. 09-28 Sun make-up), 09-30 (1) = accepted; 4 left: 10-09, 10-10, 10-11 Sat, 10-13
            STANDARD_APPROVAL        |SUB 2025-09-24; DOC 2025-09-25; SUP 2025-09-29; ACC 2025-09-30                      |ACCEPTANCE|2025-10-31|1|4|2025-10-13|false|false
            # content_6986383: assessment has its own limit (30) though the overall clock excludes it: from 10-09, 10-10 (1), 10-11 Sat (2), 10-13…17 (3…7), 10-20 (8);
            # 22 left from 10-20: 10-21…24, 10-27…31, 11-03…07, 11-10…14, 11-17…19
            STANDARD_APPROVAL        |SUB 2025-09-24; ACC 2025-09-30; REV 2025-10-09; ASM 2025-10-20                      |ASSESSMENT|2025-10-31|8|22|2025-11-19|false|false
            # content_7047091: acceptance from 2026-02-13 still open, 补正 requested 02-14 (Sat make-up) and not yet answered: stopped, nothing counted;
            # if resumed on 02-27: 02-28 Sat make-up (1), 03-02…05 (2…5)
            TYPE_APPROVAL            |SUB 2026-02-13; DOC 2026-02-14                                                      |ACCEPTANCE|2026-02-27|0|5|2026-03-05|false|true
            """)
    void stepClocks(String code, String script, StepKind step, LocalDate asOf, int used, int left, LocalDate deadline,
                    boolean overdue, boolean stopped) {
        LicenceApplication a = play(code, script);
        StepClock clock = a.timeline(CLOCKS, asOf).steps().stream().filter(s -> s.step().kind() == step).findFirst().orElseThrow();

        assertThat(clock.status().daysUsed()).as("used").isEqualTo(used);
        assertThat(clock.status().daysLeft()).as("left").isEqualTo(left);
        assertThat(clock.status().deadline()).as("deadline").isEqualTo(deadline);
        assertThat(clock.status().overdue()).as("overdue").isEqualTo(overdue);
        assertThat(clock.status().stopped()).as("stopped").isEqualTo(stopped);
    }
}
