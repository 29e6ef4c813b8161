package org.metrolex.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ReferenceMethod;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.domain.ScheduleKind;
import org.metrolex.comparison.domain.ScoreType;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer plans a round: what is compared, the pilot laboratory (enrolled as the first participant), the
 * circulation, the results deadline, the reference-value method and the scores (JJF 1117 §5: the protocol fixes them
 * before anyone measures).
 */
@Service
public class PlanningRound {

    private static final int MAX_POINTS = 50;

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;

    PlanningRound(ComparisonRounds rounds, RoundAccess access, AuditTrail audit) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Round plan(DataScope scope, NewRound draft) {
        List<Refusal> refusals = new ArrayList<>();
        Institution pilot = null;
        if (draft.pilotInstitutionId() == null) {
            refusals.add(required("pilotInstitutionId", "主导实验室", "pilot laboratory"));
        } else {
            pilot = access.institution(draft.pilotInstitutionId());
        }
        String region = draft.regionCode() != null && !draft.regionCode().isBlank() ? draft.regionCode().strip()
                : pilot == null ? null : pilot.regionCode();
        if (region != null && !scope.coversRegion(region)) {
            refusals.add(Refusal.forbidden("regionCode", "own-region", "只能在本辖区组织比对：" + region,
                    "a round is organised within the officer's own region: " + region));
        }
        problems(draft, refusals);
        RoundAccess.refuse(refusals);
        NewRound normalised = new NewRound(draft.title().strip(), draft.quantity().strip(), blankToNull(draft.artefact()),
                blankToNull(draft.deviceType()), region, draft.pilotInstitutionId(), blankToNull(draft.protocolName()),
                draft.scheduleKind().strip(), draft.startDate(), draft.holdingWorkingDays(), draft.transportWorkingDays(),
                draft.resultsDeadline(), draft.referenceMethod().strip(),
                draft.scoreTypes() == null || draft.scoreTypes().isEmpty() ? List.of("EN") : draft.scoreTypes().stream().map(String::strip).toList(),
                draft.coverageFactor() == null ? BigDecimal.valueOf(2) : draft.coverageFactor(),
                draft.transferExpandedUncertainty() == null ? BigDecimal.ZERO : draft.transferExpandedUncertainty(),
                blankToNull(draft.sigmaPtMethod()), draft.sigmaPt(),
                draft.rectificationWorkingDays() == null ? 20 : draft.rectificationWorkingDays(), draft.points());
        long id = rounds.insert(normalised, scope.username());
        rounds.enrol(id, pilot.id(), pilot.name(), null, pilot.regionCode(), true);
        Round round = rounds.find(scope, id).orElseThrow();
        audit.record("comparison.plan", "comparison_round", id, null,
                Map.of("title", round.title(), "pilot", pilot.name(), "region", region, "schedule", round.scheduleKind(),
                        "deadline", round.resultsDeadline(), "method", round.referenceMethod(), "points", round.scoreTypes()));
        return round;
    }

    private static void problems(NewRound d, List<Refusal> refusals) {
        if (blankToNull(d.title()) == null) {
            refusals.add(required("title", "标题", "title"));
        }
        if (blankToNull(d.quantity()) == null) {
            refusals.add(required("quantity", "被测量", "quantity"));
        }
        oneOf(ScheduleKind.class, "scheduleKind", d.scheduleKind(), refusals);
        oneOf(ReferenceMethod.class, "referenceMethod", d.referenceMethod(), refusals);
        if (d.scoreTypes() != null) {
            d.scoreTypes().forEach(s -> oneOf(ScoreType.class, "scoreTypes", s, refusals));
        }
        if (d.sigmaPtMethod() != null && !d.sigmaPtMethod().isBlank()
                && !List.of("FIXED", "ALGORITHM_A", "NIQR").contains(d.sigmaPtMethod().strip())) {
            refusals.add(Refusal.invalid("sigmaPtMethod", "one-of", "须为 FIXED、ALGORITHM_A 或 NIQR", "must be FIXED, ALGORITHM_A or NIQR"));
        }
        if (d.startDate() == null) {
            refusals.add(required("startDate", "开始日期", "start date"));
        }
        if (d.resultsDeadline() == null) {
            refusals.add(required("resultsDeadline", "结果提交截止日", "results deadline"));
        } else if (d.startDate() != null && d.resultsDeadline().isBefore(d.startDate())) {
            refusals.add(Refusal.invalid("resultsDeadline", "after-start", "结果提交截止日不得早于开始日期",
                    "the results deadline must not be before the start date"));
        }
        if (d.holdingWorkingDays() == null || d.holdingWorkingDays() < 1 || d.holdingWorkingDays() > 250) {
            refusals.add(Refusal.invalid("holdingWorkingDays", "range", "每个实验室的测量周期须为 1 至 250 个工作日",
                    "each laboratory's holding period must be 1 to 250 working days"));
        }
        if (d.transportWorkingDays() == null || d.transportWorkingDays() < 0 || d.transportWorkingDays() > 250) {
            refusals.add(Refusal.invalid("transportWorkingDays", "range", "运输时间须为 0 至 250 个工作日",
                    "transport must take 0 to 250 working days"));
        }
        if (d.rectificationWorkingDays() != null && (d.rectificationWorkingDays() < 1 || d.rectificationWorkingDays() > 60)) {
            refusals.add(Refusal.invalid("rectificationWorkingDays", "range", "整改期限须为 1 至 60 个工作日",
                    "the rectification period must be 1 to 60 working days"));
        }
        if (d.coverageFactor() != null && d.coverageFactor().signum() <= 0) {
            refusals.add(Refusal.invalid("coverageFactor", "positive", "包含因子 k 必须大于 0", "the coverage factor k must be greater than 0"));
        }
        if (d.transferExpandedUncertainty() != null && d.transferExpandedUncertainty().signum() < 0) {
            refusals.add(Refusal.invalid("transferExpandedUncertainty", "not-negative", "传递标准的扩展不确定度不得为负",
                    "the transfer standard's expanded uncertainty must not be negative"));
        }
        if (d.points() == null || d.points().isEmpty() || d.points().size() > MAX_POINTS) {
            refusals.add(Refusal.invalid("points", "count", "须有 1 至 " + MAX_POINTS + " 个测量点",
                    "a round has 1 to " + MAX_POINTS + " measuring points"));
        } else {
            for (int i = 0; i < d.points().size(); i++) {
                NewRound.PointDraft p = d.points().get(i);
                if (p == null || blankToNull(p.label()) == null || blankToNull(p.unit()) == null) {
                    refusals.add(Refusal.invalid("points[" + i + "]", "required", "测量点须有名称和单位",
                            "a measuring point needs a label and a unit"));
                }
            }
        }
    }

    private static <E extends Enum<E>> void oneOf(Class<E> type, String field, String value, List<Refusal> refusals) {
        try {
            Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            refusals.add(Refusal.invalid(field, "one-of", "须为以下之一：" + allowed, "must be one of: " + allowed));
        }
    }

    private static Refusal required(String field, String zh, String en) {
        return Refusal.invalid(field, "required", zh + "必填", "the " + en + " is required");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
