package org.metrolex.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.domain.HolidayNotice;
import org.metrolex.platform.problem.Problem.FieldError;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checking a holiday notice offered at run time: every fault at once, each naming field and rule in both languages.
 * Today is fixed at 2026-12-07, so the plausible years are 2007…2028.
 */
class NoticeFileCheckTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The fictitious 2027 notice of the tests (not the State Council's: see its $comment). */
    static byte[] fictitious2027() {
        try (InputStream in = NoticeFileCheckTests.class.getResourceAsStream("/holiday-notices/2027-fictitious-test-only.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped notices except the given year's, as the calendar passes them. */
    static Map<Integer, HolidayNotice> othersThan(int year) {
        Map<Integer, HolidayNotice> others = new TreeMap<>();
        ShippedCalendar.notices().stream().filter(n -> n.year() != year).forEach(n -> others.put(n.year(), n));
        return others;
    }

    static NoticeFileCheck.Result check(String json, int year) {
        return NoticeFileCheck.check(JSON, json.getBytes(StandardCharsets.UTF_8), othersThan(year), TODAY);
    }

    static String notice(int year, String days) {
        return "{\"year\": " + year + ", \"papers\": [\"https://www.gov.cn/zhengce/content/x.htm\"], \"days\": [" + days + "]}";
    }

    static String day(String date, boolean off) {
        return "{\"name\": \"春节\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
    }

    @Test
    void theFictitiousTestNoticeIsValid() {
        NoticeFileCheck.Result r = NoticeFileCheck.check(JSON, fictitious2027(), othersThan(2027), TODAY);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notice().year()).isEqualTo(2027);
        assertThat(r.notice().days()).hasSize(7).containsEntry(LocalDate.of(2027, 2, 6), false)
                .containsEntry(LocalDate.of(2027, 2, 8), true).containsEntry(LocalDate.of(2027, 1, 1), true);
    }

    @Test
    void everyShippedNoticePassesItsOwnCheck() {
        // the shipped files are the format's reference: the run-time check must accept each of them as a correction
        for (HolidayNotice n : ShippedCalendar.notices()) {
            if (!n.isPublished()) {
                continue;
            }
            StringBuilder days = new StringBuilder();
            n.days().forEach((d, off) -> days.append(days.isEmpty() ? "" : ",").append(day(d.toString(), off)));
            NoticeFileCheck.Result r = check(notice(n.year(), days.toString()), n.year());
            assertThat(r.errors()).as("shipped %s", n.year()).isEmpty();
        }
    }

    @Test
    void reportsEveryFaultOfTheDaysAtOnce() {
        String json = "{\"year\": 2027, \"papers\": [\"ftp://example.org/x\", 5, \"https://www.gov.cn/ok.htm\"], \"days\": ["
                + "{\"name\": \"\", \"date\": \"2027-02-30\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2026-11-30\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2027-02-08\", \"isOffDay\": \"yes\"},"
                + "{\"name\": \"春节\", \"date\": \"2027-02-09\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2027-02-09\", \"isOffDay\": true},"
                + "{\"date\": \"2026-12-31\", \"isOffDay\": false},"
                + "\"2027-03-01\"]}";
        List<FieldError> errors = check(json, 2027).errors();
        assertThat(errors).extracting(e -> e.field() + " " + e.rule()).containsExactlyInAnyOrder(
                "papers[0] url", "papers[1] url",
                "days[0].name required", "days[0].date date-format",
                "days[1].date in-year",
                "days[2].isOffDay boolean",
                "days[4].date unique",
                "days[5].name required",
                "days[6] format");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        });
        assertThat(errors.get(0).messageZh()).contains("http(s)");
    }

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # file                                                                                     | year | field              | rule        | why
            `not json at all`                                                                            | 2027 | file               | json        | not JSON
            `[1, 2]`                                                                                     | 2027 | file               | format      | an array, not the {year, papers, days} object
            `{"papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2027-01-01","isOffDay":true}]}`  | 2027 | year               | required    | no year
            `{"year": "2027", "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2027-01-01","isOffDay":true}]}` | 2027 | year | integer | the year as text
            `{"year": 2006, "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2006-01-01","isOffDay":true}]}`   | 2006 | year | min     | before the first notice year 2007
            `{"year": 2029, "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2029-01-01","isOffDay":true}]}`   | 2029 | year | max     | more than 2 years after 2026
            `{"year": 2027, "days": [{"name":"n","date":"2027-01-01","isOffDay":true}]}`                   | 2027 | papers             | required    | no address of the notice
            `{"year": 2027, "papers": [], "days": [{"name":"n","date":"2027-01-01","isOffDay":true}]}`     | 2027 | papers             | required    | an empty list of addresses
            `{"year": 2027, "papers": ["javascript:alert(1)"], "days": [{"name":"n","date":"2027-01-01","isOffDay":true}]}` | 2027 | papers[0] | url | not an http(s) URL
            `{"year": 2027, "papers": ["https://a.cn/x"], "days": []}`                                     | 2027 | days               | required    | an empty list is a placeholder, not a notice
            `{"year": 2027, "papers": ["https://a.cn/x"]}`                                                 | 2027 | days               | required    | no days
            `{"year": 2027, "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2027-1-1","isOffDay":true}]}`    | 2027 | days[0].date | date-format | not yyyy-MM-dd
            `{"year": 2027, "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2028-01-01","isOffDay":true}]}`  | 2027 | days[0].date | in-year     | a date of the next year
            `{"year": 2027, "papers": ["https://a.cn/x"], "days": [{"name":"n","date":"2027-01-01","isOffDay":1}]}`     | 2027 | days[0].isOffDay | boolean | 1 is not a boolean
            `{"year": 2018, "papers": ["https://a.cn/x"], "days": [{"name":"元旦","date":"2018-12-29","isOffDay":true}]}` | 2018 | days[0].date | consistent | the 2019 notice makes Saturday 2018-12-29 a working day
            """)
    void refusesEachFaultNamingFieldAndRule(String file, int year, String field, String rule, String why) {
        NoticeFileCheck.Result r = check(file, year);
        assertThat(r.valid()).as(why).isFalse();
        assertThat(r.errors()).as(why).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void lateDecemberOfThePreviousYearIsAllowed() {
        // the 2019 notice moved 2018-12-29…31: a notice may list December dates of the year before
        NoticeFileCheck.Result r = check(notice(2027, day("2026-12-31", true) + "," + day("2027-01-01", true)), 2027);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void refusesAnOversizedFileAndTextThatIsNotUtf8BeforeReadingIt() {
        byte[] big = new byte[NoticeFileCheck.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(NoticeFileCheck.check(JSON, big, othersThan(2027), TODAY).errors())
                .extracting(e -> e.field() + " " + e.rule()).containsExactly("file max-size");
        byte[] gbk = notice(2027, day("2027-01-01", true)).getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(NoticeFileCheck.check(JSON, gbk, othersThan(2027), TODAY).errors())
                .extracting(e -> e.field() + " " + e.rule()).containsExactly("file utf-8");
    }
}
