package org.metrolex.supervision.persistence;

import java.util.List;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.Task;

/**
 * What the public site reads of the campaigns, without a scope: committed campaigns only, public fields only,
 * results only once published.
 */
public interface PublicCampaigns {

    ResultPage<Campaign> publicCampaigns(int page, int size);

    Optional<Campaign> publicCampaign(long id);

    Optional<String> publicPopulationText(long id);

    /** The drawn tasks, only once the draw is published (every task inspected, or the results published). */
    List<Task> publicTasks(long campaignId);

    /** Whether the draw's targets, inspectors and seed are public (see {@link #publicTasks}). */
    boolean publicDrawPublished(long id);

    /** How many targets were drawn: public as soon as the draw is made, the targets themselves later. */
    int publicTaskCount(long campaignId);

    List<Inspection> publicInspections(long campaignId);
}
