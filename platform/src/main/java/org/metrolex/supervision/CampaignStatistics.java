package org.metrolex.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures of one campaign in one region (the target's county), as the seed reports them: targets checked,
 * instruments checked, targets with findings, findings, cases. The pass rate is conforming ÷ checked
 * targets in per cent, rounded half-even to one decimal (GB/T 8170), null when nothing was checked.
 */
public record CampaignStatistics(long campaignId, String campaignName, String campaignType, String regionCode,
                                 long targetsDrawn, long targetsChecked, long targetsConforming, long instrumentsChecked,
                                 long findings, long fraudFindings, long cases, long findingsRectified) {

    public BigDecimal passRatePercent() {
        if (targetsChecked == 0) {
            return null;
        }
        return BigDecimal.valueOf(targetsConforming * 100L).divide(BigDecimal.valueOf(targetsChecked), 1, RoundingMode.HALF_EVEN);
    }

    /** One row per campaign summing its regions (regionCode null), in the order the campaigns first appear. */
    public static java.util.List<CampaignStatistics> totals(java.util.List<CampaignStatistics> byRegion) {
        java.util.Map<Long, CampaignStatistics> out = new java.util.LinkedHashMap<>();
        for (CampaignStatistics r : byRegion) {
            out.merge(r.campaignId(), new CampaignStatistics(r.campaignId(), r.campaignName(), r.campaignType(), null, r.targetsDrawn(),
                    r.targetsChecked(), r.targetsConforming(), r.instrumentsChecked(), r.findings(), r.fraudFindings(), r.cases(),
                    r.findingsRectified()), (a, b) -> new CampaignStatistics(a.campaignId(), a.campaignName(), a.campaignType(), null,
                    a.targetsDrawn() + b.targetsDrawn(), a.targetsChecked() + b.targetsChecked(), a.targetsConforming() + b.targetsConforming(),
                    a.instrumentsChecked() + b.instrumentsChecked(), a.findings() + b.findings(), a.fraudFindings() + b.fraudFindings(),
                    a.cases() + b.cases(), a.findingsRectified() + b.findingsRectified()));
        }
        return java.util.List.copyOf(out.values());
    }

    /** Targets with at least one finding (checked but not conforming). */
    public long targetsWithFindings() {
        return targetsChecked - targetsConforming;
    }
}
