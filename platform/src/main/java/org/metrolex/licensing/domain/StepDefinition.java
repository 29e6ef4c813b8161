package org.metrolex.licensing.domain;

/**
 * One step of a procedure.
 *
 * @param limitDays     the step's own limit in working days
 * @param clockExcluded the step's time is not counted in the overall limit (《行政许可法》第四十五条)
 */
public record StepDefinition(StepKind kind, int limitDays, boolean clockExcluded) {

    public StepDefinition {
        if (limitDays < 1) {
            throw new IllegalArgumentException("步骤 " + kind + " 的期限必须至少为 1 个工作日 / step " + kind
                    + " needs a limit of at least 1 working day");
        }
    }
}
