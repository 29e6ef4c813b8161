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
                                 long findings, long fraudFindings, long cases) {

    public BigDecimal passRatePercent() {
        if (targetsChecked == 0) {
            return null;
        }
        return BigDecimal.valueOf(targetsConforming * 100L).divide(BigDecimal.valueOf(targetsChecked), 1, RoundingMode.HALF_EVEN);
    }
}
