package org.metrolex.supervision.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.CampaignStatistics;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.Assignment;

/**
 * Campaigns, their tasks and inspections. Officers read the campaigns of their region and below; an
 * officer linked to an inspector also reads the campaigns and tasks he or she was drawn for; everyone
 * else nothing (the public pages use the {@code public…} reads, which return published data only).
 */
public interface Campaigns {

    record NewCampaign(String reference, String name, String type, String regionCode, String targetRegionCode,
                       String targetCategory, Integer sampleSize, java.math.BigDecimal sampleRatio, String stratifyBy,
                       int inspectorsPerTask, List<Long> inspectorPool, String createdBy, List<Long> targetInstitutions) {
    }

    long insert(NewCampaign c);

    long nextSequence(int year);

    Optional<Campaign> find(DataScope scope, long id);

    ResultPage<Campaign> search(DataScope scope, String type, int page, int size);

    /** The published population document of a committed campaign in scope. */
    Optional<String> findPopulationText(DataScope scope, long id);

    /** The stored seed, for the draw only (never shown before the draw). */
    String seedForDraw(long id);

    boolean commit(long id, int version, String populationText, String populationSha256, String commitment, String seedHex);

    boolean markDrawn(long id, int version);

    boolean markPublished(long id, int version);

    void insertTasks(long campaignId, List<Assignment> assignments);

    List<Task> findTasks(DataScope scope, long campaignId);

    Optional<Task> findTask(DataScope scope, long taskId);

    /** Tasks the caller was drawn for (through the inspector login link), newest first. */
    List<Task> findMyTasks(DataScope scope);

    /**
     * For each target key, the inspectors of its most recent earlier draw, over all regions: the conflict
     * rule "never twice in a row" must see draws of other bureaus too. Unscoped by design; ids only.
     */
    Map<String, Set<Long>> previousPairings(Collection<String> targetKeys, long exceptCampaignId);

    void linkInspector(long personId, String username);

    /** The inspector person the login acts for, if any (identity lookup, not a data read). */
    Optional<Long> inspectorPersonOf(String username);

    long insertInspection(long taskId, long campaignId, java.time.LocalDate inspectedOn, int instrumentsChecked,
                          int instrumentsFailed, boolean conforming, String formJson, String summary, String recordedBy);

    Optional<Inspection> findInspection(DataScope scope, long taskId);

    List<Inspection> findInspections(DataScope scope, Collection<Long> taskIds);

    List<CampaignStatistics> findStatistics(DataScope scope, Long campaignId);
}
