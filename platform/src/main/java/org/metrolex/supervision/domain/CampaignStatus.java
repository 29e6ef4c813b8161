package org.metrolex.supervision.domain;

/** DRAFT → COMMITTED (population and seed commitment published) → DRAWN (seed published) → PUBLISHED (results public). */
public enum CampaignStatus {
    DRAFT, COMMITTED, DRAWN, PUBLISHED
}
