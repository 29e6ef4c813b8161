package org.metrolex.identity;

import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What one caller may read. Built once per request from the logged-in account; repositories turn it
 * into a SQL condition with {@link #where(Field, Field, PartyKind)} so that scope is applied in the
 * database, where the data are read.
 *
 * @param role        the caller's role
 * @param username    the caller's user name ("anonymous" for the public)
 * @param regionCodes for officers: their region and every region below it; empty otherwise
 * @param partyId     for institution staff and enterprise users: their institution or enterprise
 */
public record DataScope(Role role, String username, Set<String> regionCodes, Long partyId) {

    public enum PartyKind { ENTERPRISE, INSTITUTION }

    public DataScope {
        regionCodes = Set.copyOf(regionCodes);
    }

    public static DataScope anonymous() {
        return new DataScope(Role.PUBLIC, "anonymous", Set.of(), null);
    }

    public boolean isOfficer() {
        return role.isOfficer();
    }

    public boolean isPublic() {
        return role == Role.PUBLIC;
    }

    public boolean coversRegion(String regionCode) {
        return isOfficer() && regionCodes.contains(regionCode);
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
