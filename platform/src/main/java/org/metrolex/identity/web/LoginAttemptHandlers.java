package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.identity.IdentityManagement;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Counts failed form logins for the lockout policy and resets the count on success. */
@Component
class LoginAttemptHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final IdentityManagement identity;

    LoginAttemptHandlers(IdentityManagement identity) {
        this.identity = identity;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        identity.recordLoginSuccess(auth.getName());
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String username = request.getParameter("username");
        boolean locked = e instanceof LockedException || (username != null && identity.recordLoginFailure(username));
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }
}
