package org.metrolex.support;

import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Logs a MockMvc request in as one of the demo accounts (admin, city, county, institution,
 * enterprise), with the principal read from the database so that region and organisation are real.
 */
public final class DemoLogins {

    private final IdentityManagement identity;

    public DemoLogins(IdentityManagement identity) {
        this.identity = identity;
    }

    public MetrolexPrincipal principal(String username) {
        return identity.principal(username).orElseThrow(() -> new IllegalStateException("no demo account " + username));
    }

    public RequestPostProcessor as(String username) {
        MetrolexPrincipal p = principal(username);
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                p, null, List.of(new SimpleGrantedAuthority(p.role().authority()))));
    }
}
