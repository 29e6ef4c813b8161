package org.metrolex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request comes from, for rate limits and the audit of logins. Behind a
 * reverse proxy every request comes from the proxy, so the proxy's {@code X-Forwarded-For} names the
 * client; but anyone can send that header, so it is read only when {@code app.proxy.trusted=true} says a
 * proxy that sets it stands in front (and the application is reachable through it only). Then the
 * right-most entry is taken: the one the proxy itself appended, not whatever the client put before it.
 */
@Component
public class ClientAddresses {

    private final boolean proxyTrusted;

    public ClientAddresses(@Value("${app.proxy.trusted:false}") boolean proxyTrusted) {
        this.proxyTrusted = proxyTrusted;
    }

    public String of(HttpServletRequest request) {
        if (proxyTrusted) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last.length() > 64 ? last.substring(0, 64) : last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
