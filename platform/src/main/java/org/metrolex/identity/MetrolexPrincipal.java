package org.metrolex.identity;

import java.io.Serializable;
import org.metrolex.platform.scope.Role;

/** The logged-in account as the rest of the platform sees it. */
public record MetrolexPrincipal(long userId, String username, String displayName, Role role,
                                String regionCode, Long partyId) implements Serializable, java.security.Principal {

    @Override
    public String getName() {
        return username;
    }
}
