package org.metrolex.licensing.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * A licensing procedure as configuration: its steps with their limits in working days, the overall
 * limit (counted from acceptance to issue, minus the steps the clock excludes and the stops), the
 * documents an applicant must provide and whether approval by commitment (告知承诺) is allowed.
 * Stored versioned; an application keeps the version it started under.
 *
 * @param totalLimitDays      overall limit in working days (the seed: 8 for type approval and
 *                            institution authorisation, 12 for standard approval)
 * @param warnDays            warn when this many working days or fewer are left
 * @param commitmentCheckDays working days after a grant by commitment within which the commitments are checked
 * @param validityYears       licence validity; 0 = no fixed term
 * @param numberPrefix        licence number prefix, e.g. {@code (冀)法计}
 * @param source              where the limits come from
 */
public record Procedure(String code, int version, LicenceType licenceType, String nameZh, String nameEn,
                        int totalLimitDays, int warnDays, List<StepDefinition> steps, List<RequiredDocument> documents,
                        boolean byCommitmentAllowed, int commitmentCheckDays, int validityYears, String numberPrefix,
                        String source) {

    public Procedure {
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
    }

    public Optional<StepDefinition> step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public boolean has(StepKind kind) {
        return step(kind).isPresent();
    }

    /** The step after {@code kind} in this procedure. */
    public StepKind next(StepKind kind) {
        int i = steps.indexOf(step(kind).orElseThrow());
        return steps.get(i + 1).kind();
    }

    public Procedure withVersion(int newVersion) {
        return new Procedure(code, newVersion, licenceType, nameZh, nameEn, totalLimitDays, warnDays, steps, documents,
                byCommitmentAllowed, commitmentCheckDays, validityYears, numberPrefix, source);
    }

    /** Every reason this configuration cannot be used, naming field and rule. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches("[A-Z_]{2,40}")) {
            errors.add(new FieldError("code", "pattern", "程序代码须为 2–40 个大写字母或下划线", "code must be 2–40 capital letters or underscores"));
        }
        if (licenceType == null) {
            errors.add(new FieldError("licenceType", "required", "许可类型必填", "licence type is required"));
        }
        if (nameZh == null || nameZh.isBlank()) {
            errors.add(new FieldError("nameZh", "required", "中文名称必填", "Chinese name is required"));
        }
        if (totalLimitDays < 1 || totalLimitDays > 60) {
            errors.add(new FieldError("totalLimitDays", "range", "总期限须在 1–60 个工作日之间（行政许可法 第四十二条：一般不超过二十日）",
                    "overall limit must be 1–60 working days (Administrative Licensing Law art. 42: normally at most 20)"));
        }
        if (warnDays < 0 || warnDays >= Math.max(1, totalLimitDays)) {
            errors.add(new FieldError("warnDays", "range", "预警天数须不小于 0 且小于总期限", "warning days must be at least 0 and below the overall limit"));
        }
        stepProblems(errors);
        documentProblems(errors);
        if (byCommitmentAllowed && commitmentCheckDays < 1) {
            errors.add(new FieldError("commitmentCheckDays", "range", "告知承诺的核查期限须至少 1 个工作日",
                    "the check after approval by commitment needs at least 1 working day"));
        }
        if (validityYears < 0 || validityYears > 10) {
            errors.add(new FieldError("validityYears", "range", "有效期须在 0–10 年之间（0 表示长期）", "validity must be 0–10 years (0 = no fixed term)"));
        }
        if (numberPrefix == null || numberPrefix.isBlank()) {
            errors.add(new FieldError("numberPrefix", "required", "证书编号前缀必填", "licence number prefix is required"));
        }
        return errors;
    }

    /** The steps in the statutory order, each once; the counted ones within the overall limit. */
    private void stepProblems(List<FieldError> errors) {
        List<StepKind> kinds = steps.stream().map(StepDefinition::kind).toList();
        List<StepKind> mandatory = List.of(StepKind.ACCEPTANCE, StepKind.REVIEW, StepKind.DECISION, StepKind.ISSUE);
        List<StepKind> ordered = kinds.stream().sorted().toList();
        if (!kinds.containsAll(mandatory) || !kinds.equals(ordered) || new HashSet<>(kinds).size() != kinds.size()) {
            errors.add(new FieldError("steps", "order", "步骤须依次包含受理、审查、（专家评审）、决定、制证送达，且不重复",
                    "steps must be acceptance, review, (assessment), decision, issue in this order, each once"));
        } else {
            if (step(StepKind.ACCEPTANCE).orElseThrow().clockExcluded() || step(StepKind.DECISION).orElseThrow().clockExcluded()) {
                errors.add(new FieldError("steps", "counted", "受理和决定步骤不能排除在计时之外", "acceptance and decision cannot be excluded from the clock"));
            }
            int counted = steps.stream().filter(s -> s.kind() != StepKind.ACCEPTANCE && !s.clockExcluded())
                    .mapToInt(StepDefinition::limitDays).sum();
            if (counted > totalLimitDays) {
                errors.add(new FieldError("steps", "within-total", "计时步骤期限之和 " + counted + " 超过总期限 " + totalLimitDays,
                        "counted step limits add up to " + counted + ", more than the overall limit " + totalLimitDays));
            }
        }
    }

    private void documentProblems(List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        if (documents.isEmpty()) {
            errors.add(new FieldError("documents", "required", "至少须列出一项申请材料", "at least one required document must be listed"));
        }
        for (RequiredDocument d : documents) {
            if (d.code() == null || !d.code().matches("[a-z0-9-]{2,40}") || !codes.add(d.code())) {
                errors.add(new FieldError("documents", "code", "材料代码须唯一，由小写字母、数字或连字符组成：" + d.code(),
                        "document codes must be unique lower-case letters, digits or hyphens: " + d.code()));
            }
            if (d.nameZh() == null || d.nameZh().isBlank()) {
                errors.add(new FieldError("documents", "name", "材料名称必填", "document name is required"));
            }
        }
    }
}
