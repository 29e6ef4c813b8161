package org.metrolex.supervision.domain;

/**
 * The seed's kinds of spot-check campaign, each with its target population and inspection form. The
 * target category is the {@code party} enterprise category the population is drawn from (null: the
 * population is institutions, or any category for the use of legal units).
 */
public enum CampaignType {
    /** 集贸市场 digital indicating / price-computing scales (seed: 286 markets, 7,846 instruments, 34 fraud cases). */
    MARKET_SCALES("MARKET", false),
    /** 加油站 fuel dispensers (seed: 1,242 stations, 3,685 dispensers, 6 cases). */
    GAS_STATIONS("GAS_STATION", false),
    /** 眼镜制配场所 instruments (seed: 3,027 shops, 248 with overdue instruments). */
    EYEGLASS_SHOPS("EYEGLASS_SHOP", false),
    /** 法定计量单位使用 (seed: 28 newspapers and printers). */
    LEGAL_UNITS(null, false),
    /** 法定计量检定机构 (seed: 49 institutions, 42 rectified). */
    INSTITUTIONS(null, true),
    /**
     * 检定/校准证书质量抽查 (seed: 672 certificates of 32 institutions, 617 defective): the population is
     * issued certificates ({@code C<id>}), whose unit is their institution.
     */
    CERTIFICATES(null, false);

    private final String enterpriseCategory;
    private final boolean institutions;

    CampaignType(String enterpriseCategory, boolean institutions) {
        this.enterpriseCategory = enterpriseCategory;
        this.institutions = institutions;
    }

    public String enterpriseCategory() {
        return enterpriseCategory;
    }

    /** Whether the population is legal verification institutions rather than enterprises. */
    public boolean targetsInstitutions() {
        return institutions;
    }

    /** Whether the population is issued certificates, audited by the certificate rules instead of a form. */
    public boolean targetsCertificates() {
        return this == CERTIFICATES;
    }

    public static CampaignType parse(String text) {
        for (CampaignType t : values()) {
            if (t.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return t;
            }
        }
        return null;
    }
}
