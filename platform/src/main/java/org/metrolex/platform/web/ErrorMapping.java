package org.metrolex.platform.web;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.validation.FieldLimits;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.databind.DatabindException;

/**
 * The one translation of an exception that reached the web layer into an answer: status and bilingual
 * {@link Problem}. API calls ({@link ApiExceptionHandler}), pages ({@link PageErrorAdvice}) and errors that
 * reach the container ({@link ErrorPageController}) all ask it, so the same bad input gets the same
 * answer everywhere. Bad input is 400 naming the field where it can be known, a missing record 404, a
 * real unique-key collision 409 naming the key's field, an oversized request 413; only a fault of the
 * platform itself is 500. A database refusal is read from its SQLSTATE — never guessed from the class —
 * so that a too-long text or an out-of-range number is not reported as "duplicate data".
 */
public final class ErrorMapping {

    /** {@code <column>_max_<n>}: the length constraints of the schema, named so the column and limit can be told. */
    private static final Pattern LENGTH_CONSTRAINT = Pattern.compile("(?:.*?__)?([a-z0-9_]+?)_max_(\\d+)");
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)");

    private ErrorMapping() {
    }

    public static Problem of(Throwable error, String maxUpload) {
        RuleViolation rule = find(error, RuleViolation.class);
        if (rule != null) {
            return new Problem(rule.status(), rule.status() == 404 ? "未找到" : "输入或操作不符合规则",
                    rule.status() == 404 ? "Not found" : "Input or action breaks a rule", rule.errors());
        }
        if (find(error, MaxUploadSizeExceededException.class) != null || sizeLimit(error)) {
            return tooLarge(maxUpload);
        }
        InvalidParameterException tomcat = find(error, InvalidParameterException.class);
        if (tomcat != null) {
            // Tomcat could not read the parameters: too large a form (413), too many, bad %-encoding (400)
            return tomcat.getErrorCode() == 413 ? tooLarge(maxUpload)
                    : new Problem(400, "请求参数无法读取（编码错误或数量过多）",
                    "The request parameters cannot be read (bad encoding or too many)", List.of());
        }
        if (error instanceof MissingServletRequestParameterException e) {
            return bad(new FieldError(e.getParameterName(), "required", "必须提供参数 " + e.getParameterName(),
                    "parameter " + e.getParameterName() + " is required"));
        }
        if (error instanceof MissingServletRequestPartException e) {
            return bad(new FieldError(e.getRequestPartName(), "required", "必须上传 " + e.getRequestPartName(),
                    "part " + e.getRequestPartName() + " is required"));
        }
        if (error instanceof TypeMismatchException e) {
            String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
            return bad(new FieldError(name, "type", "参数 " + name + " 的格式不正确或超出范围",
                    "parameter " + name + " has the wrong format or is out of range"));
        }
        if (error instanceof HttpMessageNotReadableException e) {
            DatabindException d = find(e, DatabindException.class);
            String path = d == null ? null : path(d);
            if (path != null && !path.isEmpty()) {
                return bad(new FieldError(path, "type", "字段 " + path + " 的值格式不正确或超出范围",
                        "field " + path + " has the wrong format or is out of range"));
            }
            return new Problem(400, "请求内容不是有效的JSON或字段类型不正确",
                    "The request body is not valid JSON or a field has the wrong type", List.of());
        }
        if (error instanceof MultipartException) {
            return new Problem(400, "上传内容不完整或格式不正确", "The upload is incomplete or malformed", List.of());
        }
        if (error instanceof ErrorResponse r) {
            return plain(r.getStatusCode().value(), maxUpload);
        }
        if (error instanceof OptimisticLockingFailureException || error instanceof PessimisticLockingFailureException) {
            return new Problem(409, "记录已被他人修改，请刷新后重试", "The record was changed meanwhile; reload and try again",
                    List.of(new FieldError("version", "current", "记录已被他人修改，请刷新后重试",
                            "the record was changed meanwhile; reload and try again")));
        }
        SQLException sql = find(error, SQLException.class);
        if (error instanceof DataAccessException || sql != null) {
            return database(sql);
        }
        if (find(error, DateTimeException.class) != null || find(error, ArithmeticException.class) != null
                || find(error, NumberFormatException.class) != null || error instanceof IllegalArgumentException) {
            return new Problem(400, "输入超出可处理的范围（日期、数值或格式）",
                    "The input is out of the range that can be processed (a date, number or format)", List.of());
        }
        return plain(500, maxUpload);
    }

    /** The answer of a status with no more to say than its meaning. */
    public static Problem plain(int status, String maxUpload) {
        String[] words = switch (status) {
            case 403 -> new String[] {"无权访问", "Access denied"};
            case 404 -> new String[] {"未找到", "Not found"};
            case 405 -> new String[] {"此地址不接受该请求方法", "Method not allowed at this address"};
            case 406 -> new String[] {"无法以所要求的格式回答", "Cannot answer in the requested format"};
            case 409 -> new String[] {"与已有数据冲突", "Conflicts with existing data"};
            case 413 -> new String[] {"请求内容超过上限 " + maxUpload, "The request is larger than the limit of " + maxUpload};
            case 415 -> new String[] {"不支持的内容类型", "Unsupported content type"};
            case 429 -> new String[] {"请求过于频繁，请稍后再试", "Too many requests: try again later"};
            case 431 -> new String[] {"请求头过大", "Request headers too large"};
            default -> status >= 500 ? new String[] {"服务器内部错误", "Internal server error"}
                    : new String[] {"请求不符合规则", "The request breaks a rule"};
        };
        return new Problem(status, words[0], words[1], List.of());
    }

    private static Problem tooLarge(String maxUpload) {
        return new Problem(413, "请求内容超过上限 " + maxUpload, "The request is larger than the limit of " + maxUpload,
                List.of(new FieldError("file", "max-size", "上传内容超过上限 " + maxUpload, "the upload exceeds the limit of " + maxUpload)));
    }

    private static Problem bad(FieldError e) {
        return new Problem(400, "输入不符合规则", "Input breaks a rule", List.of(e));
    }

    private static Problem database(SQLException sql) {
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        ServerErrorMessage m = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String column = m == null ? null : m.getColumn();
        String constraint = m == null ? null : m.getConstraint();
        switch (state) {
            case "23505": {
                String field = keyField(m);
                return new Problem(409, "与已有数据重复", "Duplicates existing data", List.of(
                        FieldLimits.error(field, "unique", "与已登记的记录重复", "duplicates a record already stored")));
            }
            case "23514": {
                Matcher len = constraint == null ? null : LENGTH_CONSTRAINT.matcher(constraint);
                if (len != null && len.matches()) {
                    String field = camel(len.group(1));
                    return bad(FieldLimits.error(field, "max-length", "不得超过 " + len.group(2) + " 个字符",
                            "must be at most " + len.group(2) + " characters"));
                }
                String field = column != null ? camel(column) : "value";
                return bad(FieldLimits.error(field, "check", "不符合数据规则（" + constraint + "）",
                        "breaks the data rule " + constraint));
            }
            case "23502": {
                String field = column != null ? camel(column) : "value";
                return bad(FieldLimits.error(field, "required", "必填", "is required"));
            }
            case "23503":
                return new Problem(409, "引用的记录不存在，或记录仍被其他记录引用",
                        "A referenced record does not exist, or the record is still referred to", List.of());
            case "22001", "54000":
                return new Problem(400, "输入的文本过长", "A text entered is too long", List.of());
            case "22021", "22P05", "22P02", "22025":
                return new Problem(400, "输入含有不允许的字符或格式", "The input contains a character or format that is not allowed",
                        List.of());
            case "22003":
                return new Problem(400, "输入的数值超出允许范围", "A number entered is out of range", List.of());
            case "22007", "22008":
                return new Problem(400, "输入的日期超出允许范围", "A date entered is out of range", List.of());
            case "2201W", "2201X":
                return bad(new FieldError("page", "range", "页码或每页条数超出范围", "page or page size is out of range"));
            case "40001", "40P01", "55P03":
                return new Problem(409, "数据正被他人修改，请稍后重试", "The data is being changed by someone else; try again",
                        List.of());
            default:
                if (state.startsWith("22")) {
                    return new Problem(400, "输入的数据不符合规则", "The data entered breaks a rule", List.of());
                }
                return plain(500, "");
        }
    }

    /** The field of a unique key: its column from the detail "Key (credit_code)=(…) already exists". */
    private static String keyField(ServerErrorMessage m) {
        if (m != null && m.getDetail() != null) {
            Matcher k = KEY_COLUMNS.matcher(m.getDetail());
            if (k.find()) {
                String first = k.group(1).split(",")[0].strip();
                return camel(first.replaceAll("^lower\\((.*)\\)$", "$1"));
            }
        }
        return "value";
    }

    private static String path(DatabindException d) {
        StringBuilder b = new StringBuilder();
        for (var ref : d.getPath()) {
            if (ref.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static boolean sizeLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
                    || name.equals("FileCountLimitExceededException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
