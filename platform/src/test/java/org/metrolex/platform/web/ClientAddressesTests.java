package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

    private static MockHttpServletRequest from(String remote, String forwarded) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(remote);
        if (forwarded != null) {
            r.addHeader("X-Forwarded-For", forwarded);
        }
        return r;
    }

    @Test
    void forwardedForIsIgnoredUnlessAProxyIsTrusted() {
        assertThat(new ClientAddresses(false).of(from("10.0.0.5", "203.0.113.7"))).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheEntryItAppendedCountsNotWhatTheClientForged() {
        ClientAddresses trusted = new ClientAddresses(true);
        assertThat(trusted.of(from("10.0.0.5", "1.1.1.1, 198.51.100.20"))).isEqualTo("198.51.100.20");
        assertThat(trusted.of(from("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void limitsReadRequestsPerPeriod() {
        assertThat(RateLimits.Limit.parse("30/1m")).isEqualTo(new RateLimits.Limit(30, Duration.ofMinutes(1)));
        assertThat(RateLimits.Limit.parse(" 10 / 30s ")).isEqualTo(new RateLimits.Limit(10, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> RateLimits.Limit.parse("30 per minute")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimits.Limit.parse("0/1m")).isInstanceOf(IllegalArgumentException.class);
    }
}
