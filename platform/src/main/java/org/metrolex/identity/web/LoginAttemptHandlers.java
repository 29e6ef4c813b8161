package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.web.ClientAddresses;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Counts failed form logins for the lockout policy, resets the count on success, and audits logins,
 * failures and logouts with the client's address.
 *
 * <p>A failure always leads to the same page ({@code /login?error}), whether the name is unknown, the
 * password wrong or the account locked: a "locked" answer only for existing names would tell a guesser
 * which accounts exist. The one message names both causes.
 */
@Component
class LoginAttemptHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final IdentityManagement identity;
    private final ClientAddresses addresses;

    LoginAttemptHandlers(IdentityManagement identity, ClientAddresses addresses) {
        this.identity = identity;
        this.addresses = addresses;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        identity.recordLoginSuccess(auth.getName(), addresses.of(request));
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String username = request.getParameter("username");
        // audited also while the account is locked (then not counted: the lock runs from the fifth failure)
        identity.recordLoginFailure(username, addresses.of(request));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null) {
            identity.recordLogout(auth.getName(), addresses.of(request));
        }
    }
}
