package org.metrolex.supervision.persistence;

import static org.metrolex.platform.jooq.Tables.SUPERVISION_CAMPAIGN;
import static org.metrolex.platform.jooq.Tables.SUPERVISION_INSPECTION;
import static org.metrolex.platform.jooq.Tables.SUPERVISION_TASK;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.CampaignStatus;
import org.springframework.stereotype.Repository;

@Repository
class JooqPublicCampaigns implements PublicCampaigns {

    private static final List<String> PUBLIC_STATUSES = List.of("COMMITTED", "DRAWN", "PUBLISHED");

    private final DSLContext dsl;
    private final Clock clock;

    JooqPublicCampaigns(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Whether a drawn campaign's result (targets, inspectors, seed) is public. A spot check must stay
     * unannounced — a target that learns it was drawn can tidy up before the inspectors come — so the draw is
     * published together with its seed once every drawn task has been inspected, or the results were published.
     * The commitment published before the draw still proves the draw was fixed (docs/random-draw.md §1).
     */
    private static Condition drawPublished() {
        var open = SUPERVISION_TASK.as("open_task");
        return SUPERVISION_CAMPAIGN.STATUS.eq(CampaignStatus.PUBLISHED.name())
                .or(SUPERVISION_CAMPAIGN.STATUS.eq(CampaignStatus.DRAWN.name()).andNotExists(DSL.selectOne().from(open)
                        .where(open.CAMPAIGN_ID.eq(SUPERVISION_CAMPAIGN.ID).and(open.STATUS.ne("INSPECTED")))));
    }

    /** A campaign as the public sees it: the seed stays out until the draw is published. */
    private Campaign publicView(org.jooq.Record r) {
        Campaign c = CampaignRows.toCampaign(clock, r.into(SUPERVISION_CAMPAIGN));
        return Boolean.TRUE.equals(r.get("draw_published", Boolean.class)) ? c : c.withoutSeed();
    }

    @Override
    public ResultPage<Campaign> publicCampaigns(int page, int size) {
        Condition where = SUPERVISION_CAMPAIGN.STATUS.in(PUBLIC_STATUSES);
        long total = dsl.fetchCount(SUPERVISION_CAMPAIGN, where);
        List<Campaign> items = dsl.select(SUPERVISION_CAMPAIGN.fields()).select(DSL.field(drawPublished()).as("draw_published"))
                .from(SUPERVISION_CAMPAIGN).where(where).orderBy(SUPERVISION_CAMPAIGN.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(this::publicView);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<Campaign> publicCampaign(long id) {
        return dsl.select(SUPERVISION_CAMPAIGN.fields()).select(DSL.field(drawPublished()).as("draw_published"))
                .from(SUPERVISION_CAMPAIGN).where(SUPERVISION_CAMPAIGN.ID.eq(id).and(SUPERVISION_CAMPAIGN.STATUS.in(PUBLIC_STATUSES)))
                .fetchOptional(this::publicView);
    }

    @Override
    public boolean publicDrawPublished(long id) {
        return dsl.fetchExists(SUPERVISION_CAMPAIGN, SUPERVISION_CAMPAIGN.ID.eq(id).and(drawPublished()));
    }

    @Override
    public int publicTaskCount(long campaignId) {
        return dsl.fetchCount(SUPERVISION_TASK.join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_TASK.CAMPAIGN_ID)),
                SUPERVISION_TASK.CAMPAIGN_ID.eq(campaignId).and(SUPERVISION_CAMPAIGN.STATUS.in(CampaignStatus.DRAWN.name(),
                        CampaignStatus.PUBLISHED.name())));
    }

    @Override
    public Optional<String> publicPopulationText(long id) {
        return dsl.select(SUPERVISION_CAMPAIGN.POPULATION_TEXT).from(SUPERVISION_CAMPAIGN)
                .where(SUPERVISION_CAMPAIGN.ID.eq(id).and(SUPERVISION_CAMPAIGN.STATUS.in(PUBLIC_STATUSES)))
                .fetchOptional(r -> r.value1());
    }

    @Override
    public List<Task> publicTasks(long campaignId) {
        return CampaignRows.tasks(dsl, SUPERVISION_TASK.CAMPAIGN_ID.eq(campaignId).and(drawPublished()));
    }

    @Override
    public List<Inspection> publicInspections(long campaignId) {
        return dsl.select(SUPERVISION_INSPECTION.fields()).from(SUPERVISION_INSPECTION)
                .join(SUPERVISION_CAMPAIGN).on(SUPERVISION_CAMPAIGN.ID.eq(SUPERVISION_INSPECTION.CAMPAIGN_ID))
                .where(SUPERVISION_INSPECTION.CAMPAIGN_ID.eq(campaignId).and(SUPERVISION_CAMPAIGN.STATUS.eq(CampaignStatus.PUBLISHED.name())))
                .fetch(r -> CampaignRows.toInspection(r.into(SUPERVISION_INSPECTION)));
    }

}
