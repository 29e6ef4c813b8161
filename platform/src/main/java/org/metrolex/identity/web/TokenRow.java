package org.metrolex.identity.web;

/** One line of the tokens table, already in words: whose, what for, the dates in Beijing time and its standing. */
public record TokenRow(long id, String username, String name, String createdAt, String expiresAt, String lastUsedAt,
                       String standingKey, boolean active) {
}
