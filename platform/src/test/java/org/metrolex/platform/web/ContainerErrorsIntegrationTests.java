package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real Tomcat shows (issue 14): requests refused before or outside Spring MVC — a size above
 * the limits, a path Tomcat cannot decode, a language that is not one — still get the platform's bilingual
 * answer with a body, never Tomcat's page or an empty 413. No demo province is needed for this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=false", "app.certificates.key-dir=target/test-keys"})
class ContainerErrorsIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** A request written byte by byte, for what an HTTP client library refuses to send. */
    private String raw(String requestLine, String... headers) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            StringBuilder b = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String h : headers) {
                b.append(h).append("\r\n");
            }
            out.write(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLanguageThatIsNotOneFallsBackToChinese() throws Exception {
        for (String lang : new String[] {"..", "%3Cscript%3E", "fr"}) {
            HttpResponse<String> r = send(at("/public/institutions?lang=" + lang).header("Accept", "text/html"));
            assertThat(r.statusCode()).as(lang).isEqualTo(200);
            assertThat(r.body()).contains("lang=\"zh-CN\"").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void anUploadAboveTheLimitIsA413WithTheBilingualBody() throws Exception {
        String boundary = "b0undary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> r = send(at("/api/public/certificates/verify").header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"status\":413").contains("messageZh").contains("20 MB");

        // a form body above Tomcat's form limit: 413 too, not a parameter-less request
        HttpResponse<String> form = send(at("/api/public/certificates/verify").header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("xml=" + "a".repeat(3 * 1024 * 1024))));
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("\"status\":413");
    }

    @Test
    void aPathTomcatCannotDecodeGetsTheBrandedPageNotTomcats() throws Exception {
        String page = raw("GET /public/%ZZ HTTP/1.1", "Accept: text/html");
        assertThat(page).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat").contains("Metrolex").contains("Please check");
        String api = raw("GET /api/public/%ZZ HTTP/1.1", "Accept: application/json");
        assertThat(api).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat").contains("\"status\":400");
    }

    @Test
    void aQueryWithANulByteIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = send(at("/public/institutions?q=a%00b").header("Accept", "text/html"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-testid=\"error-page\"").contains("NUL").doesNotContain("Apache Tomcat");
    }
}
