package org.metrolex.comparison;

import java.time.LocalDate;

/**
 * A participant of a round; {@code institutionId} is null for an invited laboratory outside the registry.
 * {@code labCode} is drawn when circulation starts.
 */
public record Participant(long id, long roundId, Long institutionId, String name, String contact, String regionCode,
                          boolean pilot, int position, String labCode, LocalDate plannedReceive, LocalDate plannedSend,
                          boolean withdrawn) {
}
