package org.metrolex.comparison.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.metrolex.comparison.Handover;
import org.metrolex.comparison.NewRound;
import org.metrolex.comparison.Participant;
import org.metrolex.comparison.Round;
import org.metrolex.comparison.StabilityCheck;
import org.metrolex.comparison.SubmittedResult;
import org.metrolex.comparison.domain.ArtefactCondition;
import org.metrolex.comparison.domain.HandoverKind;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/**
 * Rounds and what hangs off them. A round is read through {@link #find} or {@link #search} with the caller's scope
 * (officers by the organising region; an institution the rounds it pilots or takes part in); the per-round lists
 * are read only for a round found that way.
 */
public interface ComparisonRounds {

    long insert(NewRound round, String createdBy);

    Optional<Round> find(DataScope scope, long id);

    /** The round locked for the rest of the transaction (a command re-reads it after {@link #find}). */
    Round lock(long id);

    ResultPage<Round> search(DataScope scope, RoundStatus status, int page, int size);

    List<Round.Point> points(long roundId);

    List<Participant> participants(long roundId);

    long enrol(long roundId, Long institutionId, String name, String contact, String regionCode, boolean pilot);

    void withdraw(long participantId);

    void schedule(long participantId, String labCode, LocalDate plannedReceive, LocalDate plannedSend);

    void status(long roundId, RoundStatus status, LocalDate on);

    List<Handover> handovers(long roundId);

    void handover(long roundId, long participantId, HandoverKind kind, LocalDate on, ArtefactCondition condition,
                  String note, String recordedBy);

    List<StabilityCheck> stabilityChecks(long roundId);

    long stabilityCheck(long roundId, StabilityCheck check, String recordedBy);

    List<SubmittedResult> results(long roundId);

    /** Replaces the participant's results (a correction before the deadline replaces, never adds). */
    void submit(long participantId, List<ResultEntry> entries, String source, OffsetDateTime at, String by);
}
