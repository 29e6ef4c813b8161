package org.metrolex.comparison.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a participant may submit these results now: only its own, only while the artefact circulates and up to
 * the deadline day (afterwards the results are locked: a late value could be fitted to others'), a value with a
 * positive U and k for every point of the round.
 */
public final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    /**
     * @param participantInstitutionId the institution the results are for (null: an invited laboratory)
     * @param callerInstitutionId      the submitting caller's institution
     * @param withdrawn                the participant has withdrawn
     */
    public static List<Refusal> check(RoundStatus status, LocalDate deadline, LocalDate today, Long participantInstitutionId,
                                      Long callerInstitutionId, boolean withdrawn, Set<Long> pointIds, List<ResultEntry> entries) {
        List<Refusal> refusals = new ArrayList<>();
        if (participantInstitutionId == null || !participantInstitutionId.equals(callerInstitutionId)) {
            refusals.add(Refusal.forbidden("participantId", "own-results", "只能提交本单位的比对结果",
                    "a participant submits only its own results"));
            return refusals;
        }
        if (withdrawn) {
            refusals.add(Refusal.conflict("participantId", "withdrawn", "已退出本次比对，不能提交结果",
                    "the participant has withdrawn from the round"));
            return refusals;
        }
        if (status != RoundStatus.CIRCULATING || today.isAfter(deadline)) {
            refusals.add(Refusal.conflict("results", "locked", "结果已锁定：提交截止日为 " + deadline + "，比对状态为 " + status,
                    "results are locked: the deadline was " + deadline + " and the round is " + status));
            return refusals;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ResultEntry e = entries.get(i);
            String at = "results[" + i + "]";
            if (!pointIds.contains(e.pointId())) {
                refusals.add(Refusal.invalid(at + ".pointId", "point-of-round", "不是本次比对的测量点", "not a point of this round"));
            } else if (!seen.add(e.pointId())) {
                refusals.add(Refusal.invalid(at + ".pointId", "once", "同一测量点只能提交一个结果", "one result per point"));
            }
            if (e.value() == null) {
                refusals.add(Refusal.invalid(at + ".value", "required", "测量结果必填", "the value is required"));
            }
            if (e.expandedUncertainty() == null || e.expandedUncertainty().signum() <= 0) {
                refusals.add(Refusal.invalid(at + ".expandedUncertainty", "positive", "扩展不确定度 U 必须大于 0",
                        "the expanded uncertainty U must be greater than 0"));
            }
            if (e.coverageFactor() == null || e.coverageFactor().signum() <= 0 || e.coverageFactor().compareTo(BigDecimal.TEN) > 0) {
                refusals.add(Refusal.invalid(at + ".coverageFactor", "range", "包含因子 k 必须大于 0 且不大于 10",
                        "the coverage factor k must be greater than 0 and at most 10"));
            }
        }
        if (refusals.isEmpty() && !seen.containsAll(pointIds)) {
            refusals.add(Refusal.invalid("results", "every-point", "须提交本次比对每个测量点的结果",
                    "a result is required for every point of the round"));
        }
        return refusals;
    }
}
