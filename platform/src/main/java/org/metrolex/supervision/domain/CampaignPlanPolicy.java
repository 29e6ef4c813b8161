package org.metrolex.supervision.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a planned campaign must meet before it is stored, one small policy each, checked all at once so that
 * the form shows every problem on its field.
 */
public interface CampaignPlanPolicy extends Function<CampaignPlan, Optional<FormProblem>> {

    CampaignPlanPolicy nameIsRequired = plan -> plan.name() == null || plan.name().isBlank()
            ? problem("name", "required", "请填写计划名称", "the campaign name is required") : Optional.empty();

    CampaignPlanPolicy typeIsKnown = plan -> plan.type() == null
            ? problem("type", "known", "请选择抽查类型", "choose a campaign type") : Optional.empty();

    CampaignPlanPolicy regionIsKnownAndInJurisdiction = plan -> {
        if (plan.targetRegionCode() == null || !plan.regionKnown()) {
            return problem("targetRegionCode", "known", "请选择抽查区域", "choose the region to draw from");
        }
        return plan.regionInScope() ? Optional.empty()
                : problem("targetRegionCode", "scope", "该区划不在您的管辖范围内", "this region lies outside your jurisdiction");
    };

    CampaignPlanPolicy eitherSampleSizeOrRatio = plan -> {
        if ((plan.sampleSize() == null) == (plan.sampleRatio() == null)) {
            return problem("sampleSize", "oneOf", "抽取数量与抽取比例须填写且只填写一项",
                    "give either a sample size or a sample ratio, not both");
        }
        if (plan.sampleSize() != null && plan.sampleSize() < 1) {
            return problem("sampleSize", "min", "抽取数量至少为1", "the sample size is at least 1");
        }
        if (plan.sampleRatio() != null && (plan.sampleRatio().signum() <= 0 || plan.sampleRatio().compareTo(BigDecimal.ONE) > 0)) {
            return problem("sampleRatio", "range", "抽取比例须大于0且不超过1", "the sample ratio is above 0 and at most 1");
        }
        return Optional.empty();
    };

    CampaignPlanPolicy knownStratification = plan -> Set.of("NONE", "REGION").contains(plan.stratifyBy()) ? Optional.empty()
            : problem("stratifyBy", "known", "分层方式只能是不分层或按县区", "stratify by NONE or REGION");

    CampaignPlanPolicy oneToFiveInspectorsPerTask = plan -> plan.inspectorsPerTask() >= 1 && plan.inspectorsPerTask() <= 5
            ? Optional.empty() : problem("inspectorsPerTask", "range", "每个任务的检查人员为1至5名", "1 to 5 inspectors per task");

    CampaignPlanPolicy poolOfActiveInspectors = plan -> {
        if (plan.inspectorPool().size() < plan.inspectorsPerTask()) {
            return problem("inspectorPool", "min", "检查人员库至少需要 " + plan.inspectorsPerTask() + " 名检查人员",
                    "the inspector pool needs at least " + plan.inspectorsPerTask() + " inspectors");
        }
        return plan.inspectorDirectory().containsAll(plan.inspectorPool()) ? Optional.empty()
                : problem("inspectorPool", "inspector", "检查人员库中有人不在执法检查人员名录中",
                "everyone in the pool must be an active inspector of the directory");
    };

    CampaignPlanPolicy chosenInstitutionsOnlyForCertificateChecks = plan -> {
        if (plan.targetInstitutions().isEmpty()) {
            return Optional.empty();
        }
        if (plan.type() != CampaignType.CERTIFICATES) {
            return problem("targetInstitutions", "certificatesOnly", "只有证书质量抽查可以指定被抽查机构",
                    "only a certificate spot check can be limited to chosen institutions");
        }
        return plan.readableInstitutions().containsAll(plan.targetInstitutions()) ? Optional.empty()
                : problem("targetInstitutions", "scope", "指定的机构不存在或不在您的管辖范围内",
                "a chosen institution does not exist or lies outside your jurisdiction");
    };

    static List<CampaignPlanPolicy> allCurrentPolicies() {
        return List.of(nameIsRequired, typeIsKnown, regionIsKnownAndInJurisdiction, eitherSampleSizeOrRatio, knownStratification,
                oneToFiveInspectorsPerTask, poolOfActiveInspectors, chosenInstitutionsOnlyForCertificateChecks);
    }

    /** Every problem of the plan, in the order of the form's fields; empty when it may be stored. */
    static List<FormProblem> problems(CampaignPlan plan) {
        return allCurrentPolicies().stream().map(p -> p.apply(plan)).flatMap(Optional::stream).toList();
    }

    private static Optional<FormProblem> problem(String field, String rule, String zh, String en) {
        return Optional.of(new FormProblem(field, rule, zh, en));
    }
}
