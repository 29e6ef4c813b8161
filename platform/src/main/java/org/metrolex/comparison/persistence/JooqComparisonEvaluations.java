package org.metrolex.comparison.persistence;

import static org.metrolex.platform.jooq.Tables.COMPARISON_EVALUATION;
import static org.metrolex.platform.jooq.Tables.COMPARISON_POINT;
import static org.metrolex.platform.jooq.Tables.COMPARISON_SCORE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.metrolex.comparison.StoredEvaluation;
import org.metrolex.platform.jooq.tables.records.ComparisonEvaluationRecord;
import org.springframework.stereotype.Repository;

@Repository
class JooqComparisonEvaluations implements ComparisonEvaluations {

    private final DSLContext dsl;

    JooqComparisonEvaluations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void replace(long roundId, List<StoredEvaluation> evaluations, String evaluatedBy) {
        dsl.deleteFrom(COMPARISON_EVALUATION).where(COMPARISON_EVALUATION.ROUND_ID.eq(roundId)).execute();
        for (StoredEvaluation e : evaluations) {
            long id = dsl.insertInto(COMPARISON_EVALUATION)
                    .set(COMPARISON_EVALUATION.ROUND_ID, roundId)
                    .set(COMPARISON_EVALUATION.POINT_ID, e.pointId())
                    .set(COMPARISON_EVALUATION.EVALUATED_ON, e.evaluatedOn())
                    .set(COMPARISON_EVALUATION.RULE_BOOK_REVISION, e.ruleBookRevision())
                    .set(COMPARISON_EVALUATION.CRITERIA_EDITION, e.criteriaEdition())
                    .set(COMPARISON_EVALUATION.CRITERIA_FROM, e.criteriaFrom())
                    .set(COMPARISON_EVALUATION.METHOD, e.method())
                    .set(COMPARISON_EVALUATION.REFERENCE_VALUE, e.referenceValue())
                    .set(COMPARISON_EVALUATION.REFERENCE_U, e.referenceU())
                    .set(COMPARISON_EVALUATION.COVERAGE_FACTOR, e.coverageFactor())
                    .set(COMPARISON_EVALUATION.CONTRIBUTORS, String.join(";", e.contributors()))
                    .set(COMPARISON_EVALUATION.CHI2, e.chi2())
                    .set(COMPARISON_EVALUATION.NU, e.nu())
                    .set(COMPARISON_EVALUATION.CHI2_CRITICAL, e.chi2Critical())
                    .set(COMPARISON_EVALUATION.BIRGE, e.birge())
                    .set(COMPARISON_EVALUATION.CONSISTENT, e.consistent())
                    .set(COMPARISON_EVALUATION.SIGMA_PT, e.sigmaPt())
                    .set(COMPARISON_EVALUATION.EVALUATED_BY, evaluatedBy)
                    .returning(COMPARISON_EVALUATION.ID).fetchOne().getId();
            var insert = dsl.insertInto(COMPARISON_SCORE, COMPARISON_SCORE.EVALUATION_ID, COMPARISON_SCORE.PARTICIPANT_ID,
                    COMPARISON_SCORE.SCORE_TYPE, COMPARISON_SCORE.VALUE, COMPARISON_SCORE.PERFORMANCE, COMPARISON_SCORE.FORMULA,
                    COMPARISON_SCORE.IN_REFERENCE);
            for (StoredEvaluation.Score s : e.scores()) {
                insert = insert.values(id, s.participantId(), s.type(), s.value(), s.performance(), s.formula(), s.inReference());
            }
            if (!e.scores().isEmpty()) {
                insert.execute();
            }
        }
    }

    @Override
    public List<StoredEvaluation> of(long roundId) {
        List<ComparisonEvaluationRecord> rows = dsl.select(COMPARISON_EVALUATION.fields()).from(COMPARISON_EVALUATION)
                .join(COMPARISON_POINT).on(COMPARISON_POINT.ID.eq(COMPARISON_EVALUATION.POINT_ID))
                .where(COMPARISON_EVALUATION.ROUND_ID.eq(roundId)).orderBy(COMPARISON_POINT.POSITION)
                .fetchInto(ComparisonEvaluationRecord.class);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredEvaluation.Score>> scores = dsl.selectFrom(COMPARISON_SCORE)
                .where(COMPARISON_SCORE.EVALUATION_ID.in(rows.stream().map(ComparisonEvaluationRecord::getId).toList()))
                .orderBy(COMPARISON_SCORE.ID).fetch().stream()
                .collect(Collectors.groupingBy(s -> s.getEvaluationId(), Collectors.mapping(s -> new StoredEvaluation.Score(
                        s.getParticipantId(), s.getScoreType(), s.getValue(), s.getPerformance(), s.getFormula(),
                        s.getInReference()), Collectors.toList())));
        return rows.stream().map(r -> new StoredEvaluation(r.getPointId(), r.getEvaluatedOn(), r.getRuleBookRevision(),
                r.getCriteriaEdition(), r.getCriteriaFrom(), r.getMethod(), r.getReferenceValue(), r.getReferenceU(),
                r.getCoverageFactor(), r.getContributors().isEmpty() ? List.of() : Arrays.asList(r.getContributors().split(";")),
                r.getChi2(), r.getNu(), r.getChi2Critical(), r.getBirge(), r.getConsistent(), r.getSigmaPt(),
                scores.getOrDefault(r.getId(), List.of()))).toList();
    }
}
