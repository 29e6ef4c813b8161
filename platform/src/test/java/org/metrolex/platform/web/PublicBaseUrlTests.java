package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The public base URL (issue 13, item 3): what certificates' QR codes encode, refused at localhost in production. */
class PublicBaseUrlTests {

    @Test
    void theDemoDefaultIsAcceptedWithTheEmbeddedDatabaseAndMarkedAsLoopback() {
        PublicBaseUrl u = new PublicBaseUrl("http://localhost:8080/", true);
        assertThat(u.url()).isEqualTo("http://localhost:8080");
        assertThat(u.loopback()).isTrue();
        assertThat(u.certificateCheck("I00002-2026-000001")).isEqualTo("http://localhost:8080/public/certificates/I00002-2026-000001");
    }

    @Test
    void aProductionStartRefusesALoopbackAddress() {
        for (String loopback : new String[] {"http://localhost:8080", "http://127.0.0.1", "https://[::1]:8443"}) {
            assertThatThrownBy(() -> new PublicBaseUrl(loopback, false)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("app.public-base-url").hasMessageContaining("localhost");
        }
        PublicBaseUrl u = new PublicBaseUrl("https://jiliang.example.gov.cn", false);
        assertThat(u.loopback()).isFalse();
        assertThat(u.certificateCheck("X1-2026-000001")).isEqualTo("https://jiliang.example.gov.cn/public/certificates/X1-2026-000001");
    }

    @Test
    void somethingThatIsNotAnHttpAddressIsRefused() {
        assertThatThrownBy(() -> new PublicBaseUrl("jiliang.example.gov.cn", true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicBaseUrl("ftp://x.example", true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicBaseUrl("", true)).isInstanceOf(IllegalStateException.class);
    }
}
