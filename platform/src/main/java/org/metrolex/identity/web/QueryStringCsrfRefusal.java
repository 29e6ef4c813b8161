package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token from the {@code X-CSRF-TOKEN} header or a form field only, never from the query
 * string: a token in a URL ends up in proxy and server logs, the browser history and {@code Referer}
 * headers, where it can be picked up and replayed within the session. A request whose query string
 * carries the token parameter is refused (403) even if the body carries it too.
 */
class QueryStringCsrfRefusal implements CsrfTokenRequestHandler {

    /** Spring's default handler (a masked token per request against BREACH), which this one narrows. */
    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        delegate.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return inQueryString(request, token.getParameterName()) ? null : delegate.resolveCsrfTokenValue(request, token);
    }

    static boolean inQueryString(HttpServletRequest request, String parameter) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = name;
            }
            if (decoded.equals(parameter)) {
                return true;
            }
        }
        return false;
    }
}
