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

    ReadyBanner(@Value("${app.demo-data.enabled:false}") boolean demo) {
        this.demo = demo;
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
        sb.append("  API docs: ").append(url).append("swagger-ui   health: ").append(url).append("actuator/health\n");
        System.out.println(sb);
    }
}
