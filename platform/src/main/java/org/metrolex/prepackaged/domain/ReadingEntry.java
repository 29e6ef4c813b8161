package org.metrolex.prepackaged.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns typed or imported readings into the net contents of the drawn packages: net = gross − tare
 * (JJF 1070 计量检验), checking every row. The readings of a lot are complete only when every drawn
 * package number has exactly one reading; nothing is kept from a batch with any problem.
 */
public final class ReadingEntry {

    /**
     * One row as entered.
     *
     * @param line          CSV line (1-based) or 0 for a typed entry
     * @param label         how problems name the row's fields, e.g. {@code readings[3]} or {@code ""} for CSV
     * @param packageNumber the package number, or null if missing / not a whole number
     */
    public record Raw(int line, String label, Integer packageNumber, BigDecimal gross, BigDecimal tare, BigDecimal net) {
    }

    /** The readings in ascending package-number order when {@code problems} is empty. */
    public record Result(List<PackageReading> readings, List<EntryProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ReadingEntry() {
    }

    public static Result build(int[] sampleNumbers, TareMode mode, BigDecimal averageTare, List<Raw> raws) {
        List<EntryProblem> problems = new ArrayList<>();
        if (mode == null) {
            problems.add(new EntryProblem(0, "tareMode", "required", "请选择皮重处理方式（NET、AVERAGE_TARE 或 PER_PACKAGE）",
                    "choose the tare handling (NET, AVERAGE_TARE or PER_PACKAGE)"));
            return new Result(List.of(), problems);
        }
        if (mode == TareMode.AVERAGE_TARE && (averageTare == null || averageTare.signum() < 0)) {
            problems.add(new EntryProblem(0, "averageTare", averageTare == null ? "required" : "not-negative",
                    "平均皮重法须填写不小于 0 的平均皮重", "the average-tare method needs an average tare of at least 0"));
        }
        Set<Integer> sample = Arrays.stream(sampleNumbers).boxed().collect(Collectors.toSet());
        Set<Integer> seen = new HashSet<>();
        List<PackageReading> readings = new ArrayList<>();
        for (Raw r : raws) {
            int before = problems.size();
            checkNumber(r, sample, seen, problems);
            Values v = values(r, mode, averageTare, problems);
            if (problems.size() == before && r.packageNumber() != null) {
                readings.add(new PackageReading(r.packageNumber(), v.gross(), v.tare(), v.net()));
            }
        }
        Set<Integer> missing = new TreeSet<>(sample);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            problems.add(new EntryProblem(0, "readings", "complete", "缺少以下样本包装的读数：" + join(missing)
                    + "（共须 " + sample.size() + " 件）", "readings missing for sample packages " + join(missing)
                    + " (" + sample.size() + " required)"));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.copyOf(problems));
        }
        readings.sort(Comparator.comparingInt(PackageReading::packageNumber));
        return new Result(List.copyOf(readings), List.of());
    }

    /** What one row weighs: gross and tare as read or given, net as read or computed (null where unknown). */
    private record Values(BigDecimal gross, BigDecimal tare, BigDecimal net) {
    }

    /** The row's package number: present, one of the drawn sample, not seen before in the batch. */
    private static void checkNumber(Raw r, Set<Integer> sample, Set<Integer> seen, List<EntryProblem> problems) {
        String p = prefix(r);
        if (r.packageNumber() == null) {
            problems.add(problem(r, p + "packageNumber", "required", "缺少包装编号或编号不是整数",
                    "the package number is missing or not a whole number"));
        } else if (!sample.contains(r.packageNumber())) {
            problems.add(problem(r, p + "packageNumber", "in-sample", "包装编号 " + r.packageNumber() + " 不在抽取的样本编号中",
                    "package number " + r.packageNumber() + " is not one of the drawn sample numbers"));
        } else if (!seen.add(r.packageNumber())) {
            problems.add(problem(r, p + "packageNumber", "unique", "包装编号 " + r.packageNumber() + " 重复",
                    "package number " + r.packageNumber() + " appears twice"));
        }
    }

    /** net = gross − tare by the tare mode (JJF 1070 计量检验); a negative gross or net is refused. */
    private static Values values(Raw r, TareMode mode, BigDecimal averageTare, List<EntryProblem> problems) {
        String p = prefix(r);
        Values v = switch (mode) {
            case NET -> {
                if (r.net() == null) {
                    problems.add(problem(r, p + "net", "required", "缺少净含量读数", "the net content is missing"));
                }
                yield new Values(null, null, r.net());
            }
            case AVERAGE_TARE -> {
                if (r.gross() == null) {
                    problems.add(problem(r, p + "gross", "required", "缺少毛重读数", "the gross reading is missing"));
                }
                yield new Values(r.gross(), averageTare, r.gross() != null && averageTare != null ? r.gross().subtract(averageTare) : null);
            }
            case PER_PACKAGE -> perPackage(r, p, problems);
        };
        if (v.gross() != null && v.gross().signum() < 0) {
            problems.add(problem(r, p + "gross", "not-negative", "毛重不能为负", "the gross reading cannot be negative"));
        } else if (v.net() != null && v.net().signum() < 0) {
            problems.add(problem(r, p + (mode == TareMode.NET ? "net" : "tare"), mode == TareMode.NET ? "not-negative" : "tare",
                    mode == TareMode.NET ? "净含量不能为负" : "皮重大于毛重（净含量为负）",
                    mode == TareMode.NET ? "the net content cannot be negative" : "the tare exceeds the gross reading (negative net content)"));
        }
        return v;
    }

    private static Values perPackage(Raw r, String p, List<EntryProblem> problems) {
        BigDecimal gross = r.gross();
        BigDecimal tare = r.tare();
        if (gross == null) {
            problems.add(problem(r, p + "gross", "required", "缺少毛重读数", "the gross reading is missing"));
        }
        if (tare == null) {
            problems.add(problem(r, p + "tare", "required", "逐件皮重法须填写每件的皮重", "the per-package method needs each package's tare"));
        } else if (tare.signum() < 0) {
            problems.add(problem(r, p + "tare", "not-negative", "皮重不能为负", "the tare cannot be negative"));
        }
        return new Values(gross, tare, gross != null && tare != null && tare.signum() >= 0 ? gross.subtract(tare) : null);
    }

    private static String prefix(Raw r) {
        return r.label().isEmpty() ? "" : r.label() + ".";
    }

    private static EntryProblem problem(Raw r, String field, String rule, String zh, String en) {
        String where = r.line() > 0 ? "第 " + r.line() + " 行：" : "";
        String whereEn = r.line() > 0 ? "line " + r.line() + ": " : "";
        return new EntryProblem(r.line(), field, rule, where + zh, whereEn + en);
    }

    private static String join(Set<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
