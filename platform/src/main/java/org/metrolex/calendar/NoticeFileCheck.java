package org.metrolex.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.HolidayNotice;
import org.metrolex.platform.problem.Problem.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a holiday notice file offered at run time, in the shipped format ({@code {year, papers[], days[{name, date,
 * isOffDay}]}}, holiday-cn), and reports every fault at once, each naming the field and the rule in Chinese and
 * English. A notice with any fault is not stored. Limits: the shipped files are under 5 KB with at most 41 dates,
 * so 64 KiB and 120 dates leave room for any real notice and refuse anything else.
 */
final class NoticeFileCheck {

    /** Bytes; also the length of {@code calendar_notice.content}. */
    static final int MAX_BYTES = 65_536;
    static final int MAX_DAYS = 120;
    static final int MAX_PAPERS = 10;
    static final int MAX_NAME = 50;
    static final int MAX_URL = 500;
    /** No notice before the first one shipped (2007, the year the current holiday system began). */
    static final int FIRST_YEAR = 2007;
    /** The State Council publishes the notice for the next year in the autumn: two years ahead is already generous. */
    static final int YEARS_AHEAD = 2;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    record Result(HolidayNotice notice, List<FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    private NoticeFileCheck() {
    }

    /**
     * @param others the notices the calendar uses for the other years (the new one's year left out): a date they
     *               list must not be arranged the other way round
     * @param today  by the application's clock, for the plausible years
     */
    static Result check(JsonMapper json, byte[] content, Map<Integer, HolidayNotice> others, LocalDate today) {
        return new NoticeFileCheck().run(json, content, others, today);
    }

    private Result run(JsonMapper json, byte[] content, Map<Integer, HolidayNotice> others, LocalDate today) {
        if (content == null || content.length == 0) {
            error("file", "required", "请提供通知文件（JSON）", "a notice file (JSON) is required");
            return result(null);
        }
        if (content.length > MAX_BYTES) {
            error("file", "max-size", "文件过大：" + content.length + " 字节，上限 " + MAX_BYTES + " 字节",
                    "the file is too large: " + content.length + " bytes, at most " + MAX_BYTES);
            return result(null);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            error("file", "utf-8", "文件不是 UTF-8 编码的文本", "the file is not UTF-8 text");
            return result(null);
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            error("file", "json", "文件不是格式正确的 JSON：" + e.getOriginalMessage(),
                    "the file is not well-formed JSON: " + e.getOriginalMessage());
            return result(null);
        }
        if (root == null || !root.isObject()) {
            error("file", "format", "文件须为一个 JSON 对象 {year, papers, days}（与随平台发布的节假日文件格式相同）",
                    "the file must be one JSON object {year, papers, days}, the format of the shipped holiday files");
            return result(null);
        }
        Integer year = year(root.get("year"), today);
        List<String> papers = papers(root.get("papers"));
        Map<LocalDate, Boolean> days = days(root.get("days"), year);
        if (year != null && days != null) {
            contradictions(year, days, others);
        }
        if (!errors.isEmpty()) {
            return result(null);
        }
        HolidayNotice notice = new HolidayNotice(year, papers, days);
        // The calendar's own guard, kept as a last check: it must never be what refuses a checked notice.
        List<HolidayNotice> all = new ArrayList<>(others.values());
        all.add(notice);
        all.sort(java.util.Comparator.comparingInt(HolidayNotice::year));
        try {
            new HolidayCalendar(all);
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(" / ", 2);
            error("days", "consistent", parts[0], parts.length > 1 ? parts[1] : parts[0]);
            return result(null);
        }
        return result(notice);
    }

    private Integer year(JsonNode node, LocalDate today) {
        if (node == null || node.isNull()) {
            error("year", "required", "缺少年份 year", "the year is missing");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            error("year", "integer", "年份 year 须为整数，如 2027", "the year must be an integer such as 2027");
            return null;
        }
        int year = node.intValue();
        int last = today.getYear() + YEARS_AHEAD;
        if (year < FIRST_YEAR) {
            error("year", "min", "年份 " + year + " 早于 " + FIRST_YEAR + " 年（现行节假日安排的第一年）",
                    "the year " + year + " is before " + FIRST_YEAR + ", the first year of the present holiday system");
            return null;
        }
        if (year > last) {
            error("year", "max", "年份 " + year + " 晚于今年之后 " + YEARS_AHEAD + " 年（" + last + "）",
                    "the year " + year + " is more than " + YEARS_AHEAD + " years ahead (" + last + ")");
            return null;
        }
        return year;
    }

    private List<String> papers(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            error("papers", "required", "缺少通知原文地址列表 papers（数组）", "papers, the list of the notice's addresses, is missing or not a list");
            return out;
        }
        if (node.isEmpty()) {
            error("papers", "required", "papers 至少须有一个通知原文地址", "papers must give at least one address of the notice");
        }
        if (node.size() > MAX_PAPERS) {
            error("papers", "max-items", "papers 最多 " + MAX_PAPERS + " 项", "papers has at most " + MAX_PAPERS + " entries");
        }
        for (int i = 0; i < node.size() && i < MAX_PAPERS; i++) {
            JsonNode p = node.get(i);
            String field = "papers[" + i + "]";
            if (!p.isString() || p.asString().isBlank()) {
                error(field, "url", "通知原文地址须为文字形式的网址", "the address must be a URL as text");
                continue;
            }
            String url = p.asString().strip();
            if (url.length() > MAX_URL || !httpUrl(url)) {
                error(field, "url", "不是有效的 http(s) 网址（至多 " + MAX_URL + " 个字符）：" + abbreviate(url),
                        "not a valid http(s) URL (at most " + MAX_URL + " characters): " + abbreviate(url));
                continue;
            }
            out.add(url);
        }
        return out;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean isDayList(JsonNode node) {
        if (node == null || !node.isArray()) {
            error("days", "required", "缺少日期列表 days（数组）", "days, the list of dates, is missing or not a list");
            return false;
        }
        if (node.isEmpty()) {
            // An empty list is how the shipped files mark a year without a notice; loading one would unpublish nothing.
            error("days", "required", "days 为空：通知至少列出一个放假或调休上班的日期",
                    "days is empty: a notice lists at least one rest day or make-up working day");
            return false;
        }
        if (node.size() > MAX_DAYS) {
            error("days", "max-items", "days 有 " + node.size() + " 项，上限 " + MAX_DAYS,
                    "days has " + node.size() + " entries, at most " + MAX_DAYS);
            return false;
        }
        return true;
    }

    /** The holiday name and isOffDay of one entry; true when both are well formed. */
    private boolean nameAndKind(JsonNode d, String field) {
        boolean ok = true;
        JsonNode name = d.get("name");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            error(field + ".name", "required", "缺少节日名称 name", "the holiday name is missing");
            ok = false;
        } else if (name.asString().length() > MAX_NAME) {
            error(field + ".name", "max-length", "节日名称至多 " + MAX_NAME + " 个字符", "the holiday name has at most " + MAX_NAME + " characters");
            ok = false;
        }
        JsonNode off = d.get("isOffDay");
        if (off == null || !off.isBoolean()) {
            error(field + ".isOffDay", "boolean", "isOffDay 须为 true（放假）或 false（调休上班）",
                    "isOffDay must be true (rest day) or false (make-up working day)");
            ok = false;
        }
        return ok;
    }

    private Map<LocalDate, Boolean> days(JsonNode node, Integer year) {
        if (!isDayList(node)) {
            return null;
        }
        Map<LocalDate, Boolean> out = new LinkedHashMap<>();
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode d = node.get(i);
            String field = "days[" + i + "]";
            if (!d.isObject()) {
                error(field, "format", "每一项须为 {name, date, isOffDay}", "each entry must be {name, date, isOffDay}");
                ok = false;
                continue;
            }
            ok &= nameAndKind(d, field);
            JsonNode off = d.get("isOffDay");
            LocalDate date = date(d.get("date"), field + ".date");
            if (date == null) {
                ok = false;
                continue;
            }
            if (year != null && date.getYear() != year && !(date.getYear() == year - 1 && date.getMonthValue() == 12)) {
                // A notice may move late-December dates of the year before (2019's made 2018-12-29 a working day).
                error(field + ".date", "in-year", date + " 不在 " + year + " 年内，也不在 " + (year - 1) + " 年 12 月",
                        date + " is neither in " + year + " nor in December " + (year - 1));
                ok = false;
            }
            Integer seen = firstIndex.putIfAbsent(date, i);
            if (seen != null) {
                error(field + ".date", "unique", date + " 已在 days[" + seen + "] 列出，同一日期只能出现一次",
                        date + " is already listed at days[" + seen + "]; a date may appear once only");
                ok = false;
                continue;
            }
            if (off != null && off.isBoolean()) {
                out.put(date, off.booleanValue());
            }
        }
        return ok ? out : null;
    }

    private LocalDate date(JsonNode node, String field) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            error(field, "required", "缺少日期 date（格式 yyyy-MM-dd）", "the date is missing (format yyyy-MM-dd)");
            return null;
        }
        String text = node.asString();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // answered below
            }
        }
        error(field, "date-format", "不是有效日期（格式 yyyy-MM-dd）：" + abbreviate(text),
                "not a valid date (format yyyy-MM-dd): " + abbreviate(text));
        return null;
    }

    private void contradictions(int year, Map<LocalDate, Boolean> days, Map<Integer, HolidayNotice> others) {
        for (Map.Entry<LocalDate, Boolean> day : days.entrySet()) {
            for (HolidayNotice other : others.values()) {
                Boolean theirs = other.year() == year ? null : other.days().get(day.getKey());
                if (theirs != null && !theirs.equals(day.getValue())) {
                    error("days[" + indexOf(days, day.getKey()) + "].date", "consistent",
                            day.getKey() + " 在 " + other.year() + " 年的通知中为" + (theirs ? "放假" : "调休上班") + "，本通知为"
                                    + (day.getValue() ? "放假" : "调休上班"),
                            day.getKey() + " is a " + (theirs ? "rest day" : "make-up working day") + " in the " + other.year()
                                    + " notice but a " + (day.getValue() ? "rest day" : "make-up working day") + " in this one");
                }
            }
        }
    }

    private static int indexOf(Map<LocalDate, Boolean> days, LocalDate date) {
        int i = 0;
        for (LocalDate d : days.keySet()) {
            if (d.equals(date)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private void error(String field, String rule, String zh, String en) {
        errors.add(new FieldError(field, rule, zh, en));
    }

    private Result result(HolidayNotice notice) {
        return new Result(notice, List.copyOf(errors));
    }
}
