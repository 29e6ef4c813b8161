package org.metrolex.verification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate number, sequential per institution and year (issue 4). Format
 * {@code {institutionCode}-{year}-{sequence}}, e.g. {@code HBJL-2026-000042}:
 * <ul>
 * <li>institutionCode: 2–12 upper-case ASCII letters or digits (no hyphen, so parsing is unambiguous);</li>
 * <li>year: four digits, 2000–9999, the year of issue;</li>
 * <li>sequence: 1–999 999 999, zero-padded to at least six digits; a busy institution may pass 999 999
 *     in a year (one province verifies 3.4 million instruments a year), so longer numbers are allowed and
 *     carry no leading zero.</li>
 * </ul>
 * Only the canonical text parses ({@code format(parse(s)).equals(s)}), so one certificate has one number.
 * The sequence itself will be allocated by a database sequence per institution and year; this type only
 * formats, parses and validates.
 */
public record CertificateNumber(String institutionCode, int year, long sequence) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,12}");
    private static final Pattern TEXT = Pattern.compile("([A-Z0-9]{2,12})-(\\d{4})-(\\d{6}|[1-9]\\d{6,8})");

    public CertificateNumber {
        if (institutionCode == null || !CODE.matcher(institutionCode).matches()) {
            throw new IllegalArgumentException("institutionCode '" + institutionCode
                    + "' must be 2–12 upper-case letters or digits / 机构代码须为2至12位大写字母或数字");
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " must be 2000–9999 / 年份须在2000至9999之间");
        }
        if (sequence < 1 || sequence > 999_999_999L) {
            throw new IllegalArgumentException("sequence " + sequence + " must be 1–999999999 / 流水号须在1至999999999之间");
        }
    }

    public static CertificateNumber parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("certificate number '" + text
                    + "' does not match {institutionCode}-{year}-{sequence:06d}, e.g. HBJL-2026-000042 / 证书编号格式应为 机构代码-年份-六位以上流水号");
        }
        try {
            return new CertificateNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certificate number '" + text + "' / 证书编号“" + text + "”: " + e.getMessage(), e);
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The number after this one in the same institution and year. */
    public CertificateNumber next() {
        return new CertificateNumber(institutionCode, year, sequence + 1);
    }

    public String format() {
        return String.format("%s-%04d-%06d", institutionCode, year, sequence);
    }

    @Override
    public String toString() {
        return format();
    }
}
