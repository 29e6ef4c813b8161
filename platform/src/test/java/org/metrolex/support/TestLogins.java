package org.metrolex.support;

import java.util.List;
import java.util.Set;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo accounts as test callers: request post-processors for MockMvc and data scopes for services. */
public final class TestLogins {

    /** Demo user name of each role (see DemoData). */
    public static String username(Role role) {
        return switch (role) {
            case PROVINCE_ADMIN -> "admin";
            case CITY_OFFICER -> "city";
            case COUNTY_OFFICER -> "county";
            case INSTITUTION_STAFF -> "institution";
            case ENTERPRISE_USER -> "enterprise";
            case PUBLIC -> null;
        };
    }

    public static MetrolexPrincipal principal(IdentityManagement identity, Role role) {
        return new DemoLogins(identity).principal(username(role));
    }

    public static RequestPostProcessor as(IdentityManagement identity, Role role) {
        return role == Role.PUBLIC ? SecurityMockMvcRequestPostProcessors.anonymous()
                : new DemoLogins(identity).as(username(role));
    }

    public static DataScope scope(RegionCatalogue regions, IdentityManagement identity, Role role) {
        if (role == Role.PUBLIC) {
            return DataScope.anonymous();
        }
        MetrolexPrincipal p = principal(identity, role);
        Set<String> codes = p.regionCode() == null ? Set.of() : regions.selfAndDescendants(p.regionCode());
        return new DataScope(p.role(), p.username(), codes, p.partyId());
    }

    /** Runs service calls as the given user name, so audit entries name an actor. */
    public static void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    private TestLogins() {
    }
}
