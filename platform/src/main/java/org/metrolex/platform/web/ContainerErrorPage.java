package org.metrolex.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.metrolex.platform.problem.Problem;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that never reach Spring — a request line or header Tomcat refuses (bad %-encoding in the path,
 * headers above the limit), or an error while rendering the error page itself — are answered by Tomcat's
 * error report valve. This replaces it with the site's bilingual answer: a small branded page for a
 * browser, the {@link Problem} body for an API client, never Tomcat's page with its version.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** Tomcat's valve, answering in the platform's words. */
    public static class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Problem p = throwable != null && status >= 500 ? ErrorMapping.of(throwable, "") : ErrorMapping.plain(status, "");
            String accept = request.getHeader("Accept");
            boolean html = accept != null && accept.contains("text/html");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(html ? "text/html;charset=UTF-8" : "application/json;charset=UTF-8");
                try (Writer w = response.getReporter()) {
                    if (w != null) {
                        w.write(html ? html(p) : json(p));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to say
            }
        }

        private static String html(Problem p) {
            String zh = HtmlUtils.htmlEscape(p.messageZh());
            String en = HtmlUtils.htmlEscape(p.messageEn());
            return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width,initial-scale=1\"><title>Metrolex · " + p.status() + "</title>"
                    + "<style>body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#212529}"
                    + "header{background:#0d3b66;color:#fff;padding:.8rem 1.2rem;font-weight:600}"
                    + "main{max-width:40rem;margin:2rem auto;padding:0 1.2rem}.s{font-size:2.4rem;color:#6c757d}"
                    + "a{display:inline-block;margin-top:1rem;padding:.4rem .9rem;background:#0d6efd;color:#fff;"
                    + "border-radius:.3rem;text-decoration:none}</style></head><body><header>Metrolex 计量监管平台</header>"
                    + "<main data-testid=\"error-page\"><p class=\"s\">" + p.status() + "</p><h1>" + zh + "</h1><p lang=\"en\">"
                    + en + "</p><p>请检查地址后重试。Please check the address and try again.</p>"
                    + "<a href=\"/\">返回首页 · Home</a></main></body></html>";
        }

        private static String json(Problem p) {
            return "{\"status\":" + p.status() + ",\"messageZh\":\"" + escape(p.messageZh()) + "\",\"messageEn\":\""
                    + escape(p.messageEn()) + "\",\"errors\":[]}";
        }

        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
