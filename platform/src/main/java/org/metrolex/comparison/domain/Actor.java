package org.metrolex.comparison.domain;

/**
 * Who acts on a round.
 *
 * @param organiser     an officer whose region covers the round's organising region
 * @param institutionId the acting institution's id (null for officers)
 */
public record Actor(boolean organiser, Long institutionId) {
}
