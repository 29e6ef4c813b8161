package org.metrolex.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metrolex.MetrolexApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two ways the platform meets PostgreSQL (README, "Database"): its embedded server keeping data
 * in a directory across restarts, and an external server given by {@code spring.datasource.*}.
 */
class DatabaseModesIntegrationTests {

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(MetrolexApplication.class).run(withFreePort(args));
    }

    private static String[] withFreePort(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--server.port=0";
        return all;
    }

    @Test
    void theEmbeddedServerKeepsItsDataAcrossARestartAndLoadsTheDemoOnlyOnce(@TempDir Path dir) {
        String dataDir = "--app.db.data-dir=" + dir.resolve("pg");
        long enterprises;
        try (var first = start(dataDir, "--app.demo-data.enabled=true")) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            enterprises = jdbc.queryForObject("select count(*) from enterprise", Long.class);
            assertThat(enterprises).isGreaterThanOrEqualTo(60);
            jdbc.update("update enterprise set name = name || '（重启测试）' where id = 1");
        }
        assertThat(Files.exists(dir.resolve("pg").resolve("PG_VERSION"))).isTrue();
        try (var second = start(dataDir, "--app.demo-data.enabled=true")) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from enterprise", Long.class)).isEqualTo(enterprises);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(5);
            assertThat(jdbc.queryForObject("select name from enterprise where id = 1", String.class)).endsWith("（重启测试）");
        }
    }

    @Test
    void withEmbeddedOffItUsesTheExternalServerAndCanRunWithoutDemoData() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             var app = start("--app.db.embedded=false", "--app.demo-data.enabled=false",
                     "--app.public-base-url=https://jiliang.example.gov.cn",
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {
            assertThat(app.containsBean("embeddedPostgres")).isFalse();
            try (var c = external.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                var rs = s.executeQuery("select (select count(*) from region), (select count(*) from enterprise), "
                        + "(select count(*) from flyway_schema_history where success)");
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(179);   // reference data is always loaded
                assertThat(rs.getLong(2)).isZero();          // demo data off
                assertThat(rs.getLong(3)).isPositive();
            }
        }
    }
}
