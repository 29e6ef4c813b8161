package org.metrolex.platform.scope;

import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What one caller may read. Built once per request from the logged-in account
 * ({@code identity.CurrentUser}); repositories turn it into a SQL condition with
 * {@link #where(Field, Field, PartyKind)} so that scope is applied in the database, where the data are
 * read. Work that no person asked for (scheduled notices, bulk ingestion, demo data) reads with
 * {@link #system(String)}, which names its purpose instead of posing as an administrator (ADR 0025).
 * Only the principal mapping and this class call the constructor (ArchitectureTests).
 *
 * @param role        the caller's role
 * @param username    the caller's user name ("anonymous" for the public); for a system scope, its purpose
 * @param regionCodes for officers: their region and every region below it; empty otherwise, and empty
 *                    for a system scope, which covers every region without listing them
 * @param partyId     for institution staff and enterprise users: their institution or enterprise
 * @param allRegions  a system scope: every region, present and future, without a list
 */
public record DataScope(Role role, String username, Set<String> regionCodes, Long partyId, boolean allRegions) {

    public enum PartyKind { ENTERPRISE, INSTITUTION }

    public DataScope {
        regionCodes = Set.copyOf(regionCodes);
        if (allRegions && (role != Role.PROVINCE_ADMIN || !regionCodes.isEmpty() || partyId != null)) {
            throw new IllegalArgumentException("a scope over all regions is the system's: no region list, no party");
        }
    }

    /** The scope of one logged-in caller. */
    public DataScope(Role role, String username, Set<String> regionCodes, Long partyId) {
        this(role, username, regionCodes, partyId, false);
    }

    public static DataScope anonymous() {
        return new DataScope(Role.PUBLIC, "anonymous", Set.of(), null);
    }

    /**
     * The platform itself reading across every region for one purpose, e.g. {@code "overdue-notices"}.
     * It acts with a province administrator's powers; the purpose is what audit records name as actor.
     */
    public static DataScope system(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a system scope names its purpose");
        }
        return new DataScope(Role.PROVINCE_ADMIN, purpose, Set.of(), null, true);
    }

    /**
     * The platform working for one purpose within some regions only, as a county officer would: e.g. a
     * drawn inspector of another county reads one target's records with the target county's scope.
     */
    public static DataScope system(String purpose, Set<String> regionCodes) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a system scope names its purpose");
        }
        return new DataScope(Role.COUNTY_OFFICER, purpose, regionCodes, null);
    }

    /**
     * The platform acting as one enterprise or institution that has no account of its own (demo
     * applications): it sees exactly what that organisation's staff would.
     */
    public static DataScope actingFor(PartyKind kind, long partyId, String purpose) {
        Role role = kind == PartyKind.ENTERPRISE ? Role.ENTERPRISE_USER : Role.INSTITUTION_STAFF;
        return new DataScope(role, purpose, Set.of(), partyId);
    }

    /** Whether this scope covers every region without a list (a system scope). */
    public boolean unrestricted() {
        return allRegions;
    }

    public boolean isOfficer() {
        return role.isOfficer();
    }

    public boolean isPublic() {
        return role == Role.PUBLIC;
    }

    public boolean coversRegion(String regionCode) {
        return isOfficer() && (allRegions ? regionCode != null : regionCodes.contains(regionCode));
    }

    /** Whether the caller is the given organisation. */
    public boolean isParty(PartyKind kind, Long id) {
        return id != null && id.equals(partyId)
                && ((kind == PartyKind.ENTERPRISE && role == Role.ENTERPRISE_USER)
                    || (kind == PartyKind.INSTITUTION && role == Role.INSTITUTION_STAFF));
    }

    /**
     * Rows visible to this caller: officers see rows whose region is theirs or below; an enterprise
     * or institution sees rows whose owning party is itself; the public sees nothing through a scoped
     * read (public pages use the public read models, which expose only public fields).
     *
     * @param regionField the row's region
     * @param partyField  the row's owning party, or null if rows of this table belong to no party
     * @param partyKind   what kind of party {@code partyField} points to
     */
    public Condition where(Field<String> regionField, Field<Long> partyField, PartyKind partyKind) {
        if (allRegions) {
            // Every row that has a region, as the former list of all codes matched, without binding 179 codes.
            return regionField.isNotNull();
        }
        if (isOfficer()) {
            // One array parameter (= any(?)) instead of one bind per region: a province scope has 179.
            return regionField.eq(DSL.any(regionCodes.toArray(String[]::new)));
        }
        if (partyField != null && partyId != null
                && ((partyKind == PartyKind.ENTERPRISE && role == Role.ENTERPRISE_USER)
                    || (partyKind == PartyKind.INSTITUTION && role == Role.INSTITUTION_STAFF))) {
            return partyField.eq(partyId);
        }
        return DSL.falseCondition();
    }
}
