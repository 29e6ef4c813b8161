package org.metrolex.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metrolex.comparison.domain.Lateness;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.comparison.domain.ResultVisibility.Sight;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.support.MetrolexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A round through planning, enrolment, circulation and results on the shipped 2025 calendar (国庆 1–8 October,
 * Saturday 11 October worked): a late participant flagged in working days, a late submission refused, results blind
 * until closed.
 */
@MetrolexIntegrationTest
class ComparisonRoundIntegrationTests {

    @Autowired PlanningRound planning;
    @Autowired EnrollingParticipants enrolling;
    @Autowired StartingCirculation starting;
    @Autowired RecordingHandover handovers;
    @Autowired RecordingStabilityCheck stability;
    @Autowired SubmittingResults submitting;
    @Autowired ClosingResults closing;
    @Autowired ComparisonQueries queries;
    @Autowired PartyManagement parties;

    private static final DataScope ORGANISER = DataScope.system("comparison-test-organiser");

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static DataScope staffOf(Institution i) {
        return DataScope.actingFor(DataScope.PartyKind.INSTITUTION, i.id(), "comparison-test-" + i.id());
    }

    private static List<ResultEntry> results(Round.Point a, Round.Point b, String va, String vb) {
        return List.of(new ResultEntry(a.id(), new BigDecimal(va), new BigDecimal("0.010"), new BigDecimal("2")),
                new ResultEntry(b.id(), new BigDecimal(vb), new BigDecimal("0.012"), new BigDecimal("2")));
    }

    @Test
    void planEnrolCirculateSubmitAndCloseBlind() {
        List<Institution> all = parties.institutionsInScope(DataScope.system("comparison-test"));
        Institution pilot = all.get(0);
        Institution labB = all.get(1);
        Institution labC = all.get(2);
        DataScope pilotScope = staffOf(pilot);
        DataScope bScope = staffOf(labB);
        DataScope cScope = staffOf(labC);

        Round round = planning.plan(ORGANISER, new NewRound("燃气表检定装置比对（测试）", "示值误差", "膜式燃气表 G4", "燃气表检定装置",
                null, pilot.id(), "比对方案 2025-01", "RING", d(9, 26), 5, 2, d(11, 14), "WEIGHTED_MEAN", List.of("EN"),
                null, null, null, null, null,
                List.of(new NewRound.PointDraft("Qmax", "%"), new NewRound.PointDraft("Qmin", "%"))));
        assertThat(round.status()).isEqualTo(RoundStatus.PLANNED);
        enrolling.enrol(pilotScope, round.id(), labB.id(), null, "张工");
        enrolling.enrol(ORGANISER, round.id(), labC.id(), null, null);
        assertThatThrownBy(() -> enrolling.enrol(pilotScope, round.id(), labB.id(), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));
        // a participant does not manage the round
        assertThatThrownBy(() -> starting.start(bScope, round.id(), d(9, 26)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));

        starting.start(pilotScope, round.id(), d(9, 26));
        RoundDetail started = queries.round(ORGANISER, round.id(), d(9, 26));
        assertThat(started.round().status()).isEqualTo(RoundStatus.CIRCULATING);
        assertThat(started.participants()).extracting(r -> r.participant().plannedSend())
                .containsExactly(d(10, 10), d(10, 20), d(10, 29));
        assertThat(started.participants()).extracting(r -> r.participant().labCode()).doesNotContainNull().doesNotHaveDuplicates();
        assertThatThrownBy(() -> enrolling.enrol(ORGANISER, round.id(), all.get(3).id(), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));

        long pilotRow = started.participants().get(0).participant().id();
        long bRow = started.participants().get(1).participant().id();
        long cRow = started.participants().get(2).participant().id();
        handovers.record(pilotScope, round.id(), pilotRow, "SENT", d(10, 10), "GOOD", null);
        handovers.record(bScope, round.id(), bRow, "RECEIVED", d(10, 13), "GOOD", null);
        // B sends on two working days after its planned 20 October
        handovers.record(bScope, round.id(), bRow, "SENT", d(10, 22), "GOOD", "内部核查延误");
        handovers.record(cScope, round.id(), cRow, "RECEIVED", d(10, 24), "DAMAGED", "外包装破损");
        // C may not record B's hand-over
        assertThatThrownBy(() -> handovers.record(cScope, round.id(), bRow, "RECEIVED", d(10, 13), "GOOD", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
        Round.Point qmax = started.points().get(0);
        Round.Point qmin = started.points().get(1);
        stability.record(pilotScope, round.id(), new StabilityCheck(0, qmax.id(), d(10, 10), new BigDecimal("0.368"),
                new BigDecimal("0.004"), null, null));

        RoundDetail circulating = queries.round(pilotScope, round.id(), d(10, 31));
        assertThat(circulating.participants().get(1).lateness()).isEqualTo(new Lateness(2, false));
        // C still holds the artefact on 31 October, planned to send it on 29: 30 and 31 October
        assertThat(circulating.participants().get(2).lateness()).isEqualTo(new Lateness(2, true));
        assertThat(circulating.participants().get(0).lateness().late()).isFalse();
        assertThat(circulating.stabilityChecks()).hasSize(1);

        submitting.submit(pilotScope, round.id(), results(qmax, qmin, "0.368", "0.512"), "FORM", d(11, 3));
        submitting.submit(bScope, round.id(), results(qmax, qmin, "0.369", "0.515"), "FORM", d(11, 14));
        // a missing point is refused
        assertThatThrownBy(() -> submitting.submit(cScope, round.id(), results(qmax, qmin, "0.37", "0.5").subList(0, 1), "FORM", d(11, 14)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("every-point"));
        // after the deadline the results are locked: 409 naming the field and the rule in both languages
        assertThatThrownBy(() -> submitting.submit(cScope, round.id(), results(qmax, qmin, "0.366", "0.510"), "FORM", d(11, 17)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(409);
                    assertThat(v.errors().get(0).field()).isEqualTo("results");
                    assertThat(v.errors().get(0).rule()).isEqualTo("locked");
                    assertThat(v.errors().get(0).messageZh()).contains("结果已锁定").contains("2025-11-14");
                    assertThat(v.errors().get(0).messageEn()).contains("locked").contains("2025-11-14");
                });

        // blind: before the close the pilot and the organiser see only what is their own
        assertThat(queries.round(pilotScope, round.id(), d(11, 14)).results()).extracting(RoundDetail.ResultRow::who)
                .containsOnly(pilot.name());
        assertThat(queries.round(ORGANISER, round.id(), d(11, 14)).results()).isEmpty();
        assertThat(queries.round(bScope, round.id(), d(11, 14)).results()).extracting(RoundDetail.ResultRow::who)
                .containsOnly(labB.name());
        // not closable before the deadline while C has not submitted
        assertThatThrownBy(() -> closing.close(pilotScope, round.id(), d(11, 14)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors().get(0).rule()).isEqualTo("not-yet"));

        closing.close(pilotScope, round.id(), d(11, 17));
        RoundDetail closed = queries.round(pilotScope, round.id(), d(11, 17));
        assertThat(closed.round().status()).isEqualTo(RoundStatus.RESULTS_CLOSED);
        assertThat(closed.results()).hasSize(4).allMatch(r -> r.sight() == Sight.NAMED);
        assertThat(closed.results()).extracting(RoundDetail.ResultRow::who).contains(pilot.name(), labB.name());
        // the other participants still see only their own until publication
        assertThat(queries.round(bScope, round.id(), d(11, 17)).results()).extracting(RoundDetail.ResultRow::who)
                .containsOnly(labB.name());
        // and an institution that takes no part does not see the round at all
        assertThatThrownBy(() -> queries.round(staffOf(all.get(3)), round.id(), d(11, 17)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
    }
}
