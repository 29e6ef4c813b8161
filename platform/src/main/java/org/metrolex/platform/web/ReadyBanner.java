package org.metrolex.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the platform where it is and how to log in. */
@Component
class ReadyBanner {

    private final boolean demo;
    private final PublicBaseUrl publicBaseUrl;

    ReadyBanner(@Value("${app.demo-data.enabled:false}") boolean demo, PublicBaseUrl publicBaseUrl) {
        this.demo = demo;
        this.publicBaseUrl = publicBaseUrl;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String url = "http://localhost:" + web.getWebServer().getPort() + "/";
        StringBuilder sb = new StringBuilder("\n\n  Metrolex is ready: ").append(url).append('\n');
        if (demo) {
            sb.append("  Demo logins (password Metrolex-2026): admin (province), city (石家庄市), county (长安区),\n")
              .append("  institution (石家庄市计量测试所), enterprise (an enterprise in 长安区)\n");
        }
        sb.append("  Public base URL (certificate QR codes and check links): ").append(publicBaseUrl.url())
          .append(publicBaseUrl.loopback() ? "\n    only this machine can open it: set --app.public-base-url=https://… (README, \"Public base URL\")\n" : "\n");
        sb.append("  API docs: ").append(url).append("swagger-ui   health: ").append(url).append("actuator/health\n");
        System.out.println(sb);
    }
}
