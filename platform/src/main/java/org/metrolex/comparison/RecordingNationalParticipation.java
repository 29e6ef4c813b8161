package org.metrolex.comparison;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.NationalResult;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.persistence.NationalComparisons;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer records that an institution of its region took part in a national comparison, and the published outcome. */
@Service
public class RecordingNationalParticipation {

    private final NationalComparisons national;
    private final PartyManagement parties;
    private final AuditTrail audit;

    RecordingNationalParticipation(NationalComparisons national, PartyManagement parties, AuditTrail audit) {
        this.national = national;
        this.parties = parties;
        this.audit = audit;
    }

    @Transactional
    public long record(DataScope scope, Integer year, String organiser, String project, Long institutionId, String result, String note) {
        if (year == null || year < 1950 || year > 2100) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("year", "range", "年度须在 1950 至 2100 之间", "the year must be between 1950 and 2100")));
        }
        if (organiser == null || organiser.isBlank()) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("organiser", "required", "组织单位必填", "the organiser is required")));
        }
        if (project == null || project.isBlank()) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("project", "required", "比对项目必填", "the project is required")));
        }
        if (institutionId == null) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("institutionId", "required", "参加机构必填", "the institution is required")));
        }
        NationalResult r = RecordingHandover.parse(NationalResult.class, "result", result);
        // the caller's own scope: an officer records only institutions of its region
        Institution institution = parties.requireInstitution(scope, institutionId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        long id = national.insert(year, organiser.strip(), project.strip(), institution.id(), institution.regionCode(), r,
                cleanNote, scope.username());
        Map<String, Object> after = new HashMap<>(Map.of("year", year, "organiser", organiser.strip(), "project", project.strip(),
                "institution", institution.name(), "result", r));
        audit.record("comparison.national", "national_comparison", id, null, after);
        return id;
    }
}
