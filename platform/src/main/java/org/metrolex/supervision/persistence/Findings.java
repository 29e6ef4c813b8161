package org.metrolex.supervision.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.identity.DataScope;
import org.metrolex.supervision.Finding;

/** Findings, scoped like their campaign. */
public interface Findings {

    long insert(long inspectionId, long campaignId, String targetKey, String targetName, String targetRegionCode,
                String kind, String description);

    Optional<Finding> find(DataScope scope, long id);

    List<Finding> findByCampaign(DataScope scope, long campaignId);

    boolean orderRectification(long id, int version, LocalDate deadline);

    boolean recordRectified(long id, int version, LocalDate on, String followUp);

    boolean openCase(long id, int version, String caseNumber, LocalDate on);

    boolean decide(long id, int version, String decision, LocalDate on);

    long nextCaseSequence(String regionCode, int year);

    /** Published campaigns' findings, for the public page (SAMR Order 45: penalty decisions are public). */
    List<Finding> publicFindings(long campaignId);
}
