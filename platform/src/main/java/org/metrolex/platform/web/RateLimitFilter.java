package org.metrolex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.platform.web.RateLimits.Decision;
import org.metrolex.platform.web.RateLimits.Group;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RateLimits} to the public endpoints and the login form, before security and before any
 * work is done. A refused request gets 429 with {@code Retry-After} (seconds) and a bilingual answer: the
 * JSON problem body for the API, the site's error page otherwise. An allowed one carries the
 * {@code RateLimit-Limit}/{@code RateLimit-Remaining}/{@code RateLimit-Policy} headers of the IETF draft
 * "RateLimit header fields for HTTP", so a well-behaved client can slow down before it is refused.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter implements Ordered {

    private final RateLimits limits;
    private final ClientAddresses addresses;

    RateLimitFilter(RateLimits limits, ClientAddresses addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    /** Before Spring Security's filter chain (registered at -100), so a refused login costs no password hash. */
    @Override
    public int getOrder() {
        return -110;
    }

    static Group groupOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/public/certificates") || path.startsWith("/api/public/certificates")
                || path.startsWith("/public/instruments/") || path.startsWith("/api/public/instruments/")) {
            return Group.CERTIFICATES;
        }
        if ("/login".equals(path) && "POST".equals(request.getMethod())) {
            return Group.LOGIN;
        }
        if (path.startsWith("/public/") || path.equals("/public") || path.startsWith("/api/public/")) {
            return Group.PUBLIC;
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Group group = groupOf(request);
        if (group == null) {
            chain.doFilter(request, response);
            return;
        }
        Decision d = limits.consume(group, addresses.of(request));
        response.setHeader("RateLimit-Limit", String.valueOf(d.limit().requests()));
        response.setHeader("RateLimit-Policy", d.limit().requests() + ";w=" + d.limit().period().toSeconds());
        if (d.allowed()) {
            response.setHeader("RateLimit-Remaining", String.valueOf(d.remaining()));
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("RateLimit-Remaining", "0");
        response.setHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(429);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":429,\"messageZh\":\"请求过于频繁，请 " + d.retryAfterSeconds()
                    + " 秒后再试\",\"messageEn\":\"Too many requests: try again in " + d.retryAfterSeconds()
                    + " s\",\"errors\":[]}");
        } else {
            // the site's bilingual error page, in the user's language, with the wait (ErrorPageController)
            request.setAttribute(RETRY_AFTER, d.retryAfterSeconds());
            response.sendError(429);
        }
    }

    /** The request attribute carrying the seconds to wait to the error page. */
    static final String RETRY_AFTER = "org.metrolex.rateLimit.retryAfter";
}
