package org.metrolex.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.supervision.persistence.Findings;
import org.metrolex.supervision.persistence.PublicCampaigns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public site reads of the spot checks (双随机一公开), without a login. */
@Service
@Transactional(readOnly = true)
public class PublicSpotChecks {

    private final PublicCampaigns campaigns;
    private final Findings findings;

    PublicSpotChecks(PublicCampaigns campaigns, Findings findings) {
        this.campaigns = campaigns;
        this.findings = findings;
    }

    public ResultPage<Campaign> campaigns(Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return campaigns.publicCampaigns(ps[0], ps[1]);
    }

    /**
     * A committed campaign as the public sees it: the size and time of the draw once made; its targets,
     * inspectors and seed once the inspections are done (docs/random-draw.md §1); inspections and findings
     * once the results are published.
     */
    public PublicResult result(long id) {
        Campaign c = campaigns.publicCampaign(id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
        Map<Long, Inspection> byTask = new LinkedHashMap<>();
        campaigns.publicInspections(id).forEach(i -> byTask.put(i.taskId(), i));
        boolean published = campaigns.publicDrawPublished(id);
        return new PublicResult(c, published, campaigns.publicTaskCount(id), published ? campaigns.publicTasks(id) : List.of(),
                byTask, findings.publicFindings(id));
    }

    public String populationText(long id) {
        return campaigns.publicPopulationText(id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
    }
}
