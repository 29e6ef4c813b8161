package org.metrolex.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.identity.IdentityManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates system clients by {@code Authorization: Bearer <token>}; a bad token is refused with 401. */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final IdentityManagement identity;

    ApiTokenFilter(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var principal = identity.authenticateToken(header.substring(7).strip());
            if (principal.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":401,\"messageZh\":\"令牌无效、已过期或已撤销\","
                        + "\"messageEn\":\"token is invalid, expired or revoked\",\"errors\":[]}");
                return;
            }
            var p = principal.get();
            var auth = UsernamePasswordAuthenticationToken.authenticated(p, null,
                    java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(p.role().authority())));
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
