package org.metrolex.supervision;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.CampaignType;

/**
 * A spot-check plan and its draw. {@code seedHex} is null until the draw: before it only the commitment
 * is known outside the database. {@code targetInstitutions} limits a certificate spot check to the
 * certificates of those institutions (empty: every institution in the bureau's scope). On the public side the
 * seed stays null after the draw too, until the draw is published with the inspections done.
 */
public record Campaign(long id, String reference, String name, CampaignType type, String regionCode, String targetRegionCode,
                       Integer sampleSize, BigDecimal sampleRatio, String stratifyBy, int inspectorsPerTask,
                       List<Long> inspectorPool, CampaignStatus status, String populationSha256, String seedCommitment,
                       String seedHex, OffsetDateTime committedAt, OffsetDateTime drawnAt, OffsetDateTime publishedAt,
                       String createdBy, int version, List<Long> targetInstitutions) {

    /** The same campaign with its seed held back (the public side of an unannounced draw). */
    public Campaign withoutSeed() {
        return new Campaign(id, reference, name, type, regionCode, targetRegionCode, sampleSize, sampleRatio, stratifyBy,
                inspectorsPerTask, inspectorPool, status, populationSha256, seedCommitment, null, committedAt, drawnAt, publishedAt,
                createdBy, version, targetInstitutions);
    }
}
