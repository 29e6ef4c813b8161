package org.metrolex.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.db.*}: whether to run an embedded PostgreSQL, and where it keeps its data.
 *
 * @param embedded  start an embedded PostgreSQL (default); {@code false} uses {@code spring.datasource.*}
 * @param dataDir   data directory of the embedded server; empty means a throw-away directory (tests)
 * @param port      port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("app.db")
public record DatabaseProperties(Boolean embedded, String dataDir, Integer port) {

    public DatabaseProperties {
        embedded = embedded == null || embedded;
        dataDir = dataDir == null ? "" : dataDir;
        port = port == null ? 0 : port;
    }
}
