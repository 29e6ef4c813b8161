package org.metrolex.metrology.comparison;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input rules every comparison calculation shares. Each refusal is an
 * {@link IllegalArgumentException} whose message names the field and the rule, in English and in
 * Chinese, so that an importer can show it to the user as it is.
 */
final class InputChecks {

    private InputChecks() {
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number (" + field + " 必须是有限数值), got " + v);
        }
    }

    static void positive(String field, double v) {
        finite(field, v);
        if (v <= 0) {
            throw new IllegalArgumentException(field + " must be positive (" + field + " 必须为正数), got " + v);
        }
    }

    static void nonNegative(String field, double v) {
        finite(field, v);
        if (v < 0) {
            throw new IllegalArgumentException(field + " must not be negative (" + field + " 不得为负数), got " + v);
        }
    }

    static void atLeast(String field, int count, int minimum, String purpose, String purposeZh) {
        if (count < minimum) {
            throw new IllegalArgumentException(field + ": " + purpose + " needs at least " + minimum
                    + " laboratories (" + purposeZh + "至少需要 " + minimum + " 个实验室), got " + count);
        }
    }

    static void probability(String field, double alpha) {
        finite(field, alpha);
        if (alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException(field + " must lie strictly between 0 and 1 (" + field
                    + " 必须在 0 与 1 之间), got " + alpha);
        }
    }

    static void finiteValues(String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            finite(field + "[" + i + "]", values[i]);
        }
    }

    static void uniqueIds(String field, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(field + ": laboratory id " + id + " appears twice (实验室编号重复: " + id + ")");
            }
        }
    }
}
