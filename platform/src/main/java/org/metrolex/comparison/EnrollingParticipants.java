package org.metrolex.comparison;

import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser or the pilot enrols an institution of the registry, or invites a laboratory by name, while the round is planned. */
@Service
public class EnrollingParticipants {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;

    EnrollingParticipants(ComparisonRounds rounds, RoundAccess access, AuditTrail audit) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @param institutionId an institution of the registry, or null to invite a laboratory by {@code name}
     */
    @Transactional
    public Participant enrol(DataScope scope, long roundId, Long institutionId, String name, String contact) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        RoundAccess.refuse(aggregate.enrolling());
        long id;
        if (institutionId != null) {
            Institution institution = access.institution(institutionId);
            if (rounds.participants(roundId).stream().anyMatch(p -> institutionId.equals(p.institutionId()))) {
                RoundAccess.refuse(java.util.Optional.of(Refusal.conflict("institutionId", "once", "该机构已参加本次比对：" + institution.name(),
                        "this institution is already enrolled: " + institution.name())));
            }
            id = rounds.enrol(roundId, institutionId, institution.name(), blank(contact), institution.regionCode(), false);
        } else {
            if (blank(name) == null) {
                RoundAccess.refuse(java.util.Optional.of(Refusal.invalid("name", "required", "请选择机构或填写受邀实验室名称",
                        "choose an institution or give the invited laboratory's name")));
            }
            id = rounds.enrol(roundId, null, name.strip(), blank(contact), null, false);
        }
        Participant p = rounds.participants(roundId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("comparison.enrol", "comparison_participant", id, null,
                Map.of("round", roundId, "name", p.name(), "institution", String.valueOf(p.institutionId())));
        return p;
    }

    @Transactional
    public void withdraw(DataScope scope, long roundId, long participantId) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        RoundAccess.refuse(aggregate.enrolling());
        Participant p = rounds.participants(roundId).stream().filter(x -> x.id() == participantId).findFirst()
                .orElseThrow(() -> org.metrolex.platform.problem.RuleViolation.notFound("参加实验室/participant", participantId));
        if (p.pilot()) {
            RoundAccess.refuse(java.util.Optional.of(Refusal.conflict("participantId", "pilot", "主导实验室不能退出比对",
                    "the pilot laboratory cannot withdraw")));
        }
        rounds.withdraw(participantId);
        audit.record("comparison.withdraw", "comparison_participant", participantId, Map.of("status", "ENROLLED"),
                Map.of("status", "WITHDRAWN"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
