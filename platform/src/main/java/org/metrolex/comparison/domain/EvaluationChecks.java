package org.metrolex.comparison.domain;

import java.util.HashSet;
import java.util.Set;
import org.metrolex.comparison.domain.EvaluationInput.SigmaPt;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.ScoreType;

/** What an evaluation needs before any statistic is computed; each refusal names the field and the rule. */
final class EvaluationChecks {

    private EvaluationChecks() {
    }

    static void check(EvaluationInput in) {
        if (in.results().size() < 2) {
            refuse("results", "比对结果至少需要两家参加实验室", "a comparison needs the results of at least two laboratories");
        }
        Set<String> codes = new HashSet<>();
        for (LabResult r : in.results()) {
            if (!codes.add(r.labId())) {
                refuse("results", "实验室代码 " + r.labId() + " 重复", "lab code " + r.labId() + " appears twice");
            }
        }
        if (in.referenceCoverageFactor().signum() <= 0) {
            refuse("referenceCoverageFactor", "参考值的包含因子 k 必须为正数", "the reference value's coverage factor k must be positive");
        }
        if (in.transferExpandedUncertainty().signum() < 0) {
            refuse("transferExpandedUncertainty", "传递标准的扩展不确定度不能为负", "the transfer expanded uncertainty cannot be negative");
        }
        if (in.method() == RoundEvaluation.Method.PILOT_VALUE && RoundEvaluation.pilotOf(in) == null) {
            refuse("pilotCode", "参考值取主导实验室的值，但没有主导实验室的结果",
                    "the reference is the pilot's value but there is no result of the pilot");
        }
        SigmaPt sigma = in.sigmaPt();
        if (sigma != null && sigma.source() == SigmaPt.Source.FIXED && sigma.fixed().signum() <= 0) {
            refuse("sigmaPt", "能力评定标准差 σ_pt 必须为正数", "σ_pt must be positive");
        }
        boolean zAsked = in.scoreTypes().contains(ScoreType.Z) || in.scoreTypes().contains(ScoreType.Z_PRIME);
        if (zAsked && sigma == null) {
            refuse("sigmaPt", "z 和 z′ 比分数需要能力评定标准差 σ_pt", "z and z′ need σ_pt, the standard deviation for proficiency assessment");
        }
    }

    private static void refuse(String field, String zh, String en) {
        throw new EvaluationRefused(field, RoundEvaluation.RULE, zh, en);
    }
}
