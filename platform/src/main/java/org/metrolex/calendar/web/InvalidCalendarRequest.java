package org.metrolex.calendar.web;

/**
 * A rejected request parameter, answered with HTTP 400 by {@link CalendarApiErrors}. Kept minimal:
 * it is to be replaced by the platform's global error handling.
 */
final class InvalidCalendarRequest extends RuntimeException {

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    private InvalidCalendarRequest(String field, String rule, String messageZh, String messageEn) {
        super(messageEn);
        this.field = field;
        this.rule = rule;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    static InvalidCalendarRequest missing(String field) {
        return new InvalidCalendarRequest(field, "required",
                "缺少参数 " + field, "Parameter " + field + " is required");
    }

    static InvalidCalendarRequest notADate(String field, String value) {
        return new InvalidCalendarRequest(field, "date-format",
                "参数 " + field + " 不是有效日期（格式 yyyy-MM-dd）：" + value,
                "Parameter " + field + " is not a valid date (format yyyy-MM-dd): " + value);
    }

    static InvalidCalendarRequest outOfRange(String field, String value, int min, int max) {
        return new InvalidCalendarRequest(field, "range",
                "参数 " + field + " 必须是 " + min + " 到 " + max + " 之间的整数：" + value,
                "Parameter " + field + " must be an integer from " + min + " to " + max + ": " + value);
    }

    static InvalidCalendarRequest fromAfterTo(String from, String to) {
        return new InvalidCalendarRequest("from", "from-not-after-to",
                "起始日期 " + from + " 晚于截止日期 " + to,
                "Start date " + from + " is after end date " + to);
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }

    String messageZh() {
        return messageZh;
    }

    String messageEn() {
        return messageEn;
    }
}
