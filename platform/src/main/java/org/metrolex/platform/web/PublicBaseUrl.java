package org.metrolex.platform.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which the public reaches this platform ({@code app.public-base-url}, README "Public base URL"):
 * printed in every certificate's QR code and check link, so it must be the address a citizen's phone can open.
 * The default, http://localhost:8080, only suits a demo on one's own machine; the start-up banner prints the
 * setting, and a production start (an external database, {@code app.db.embedded=false}) refuses to run with a
 * loopback address, which would put unusable QR codes on real certificates.
 */
@Component
public class PublicBaseUrl {

    private final String url;
    private final boolean loopback;

    PublicBaseUrl(@Value("${app.public-base-url:http://localhost:8080}") String url,
                  @Value("${app.db.embedded:true}") boolean embeddedDatabase) {
        String u = url == null ? "" : url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(invalid(url), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalStateException(invalid(url));
        }
        this.url = u;
        this.loopback = isLoopback(uri.getHost());
        if (loopback && !embeddedDatabase) {
            throw new IllegalStateException("app.public-base-url is " + u + ": a production start (app.db.embedded=false) needs the "
                    + "address the public reaches, e.g. --app.public-base-url=https://jiliang.example.gov.cn — it is printed in the QR "
                    + "code of every certificate / 生产环境须将 app.public-base-url 设为公众可访问的地址（印在每张证书的二维码中），不能是 localhost");
        }
    }

    private static String invalid(String url) {
        return "app.public-base-url must be an http(s) address such as https://jiliang.example.gov.cn, not '" + url
                + "' / app.public-base-url 须为 http(s) 地址";
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")
                || h.equals("0.0.0.0");
    }

    /** The base, without a trailing slash. */
    public String url() {
        return url;
    }

    /** True when the base is a loopback address (a demo on this machine): certificates' QR codes open nowhere else. */
    public boolean loopback() {
        return loopback;
    }

    /** The public check address of a certificate: the one its QR code encodes. */
    public String certificateCheck(String number) {
        return url + "/public/certificates/" + number;
    }
}
