package org.metrolex.identity.web;

/**
 * One line of the accounts table, already in words: who, which role, which data scope, and until when
 * the account is locked (blank when it is not). Built from the stored account without its password hash.
 * {@code scope} is the officer's region or the name of the institution or enterprise, {@code scopeHref}
 * that organisation's page (null for a region).
 */
public record AccountRow(long id, String username, String displayName, String roleKey, String scope, String scopeHref,
                         boolean enabled, String lockedUntil, boolean locked) {
}
