package org.metrolex.identity.web;

import java.util.List;
import org.metrolex.identity.IdentityManagement;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Form login against the stored Argon2 hash; the principal is a {@link org.metrolex.identity.MetrolexPrincipal}. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final IdentityManagement identity;

    PasswordAuthenticationProvider(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        try {
            var principal = identity.checkPassword(username, password)
                    .orElseThrow(() -> new BadCredentialsException("bad credentials"));
            return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(new SimpleGrantedAuthority(principal.role().authority())));
        } catch (IdentityManagement.AccountLockedException e) {
            throw new LockedException("locked until " + e.until());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
