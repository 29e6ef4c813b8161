package org.metrolex.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metrolex.MetrolexApplication;
import org.metrolex.verification.CertificateRevoked;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0024: an event published in a committed transaction reaches its listener even when the listener fails and the
 * server stops before it is handled. The platform is started twice on the same embedded database directory (as a
 * restart of the server keeps it): the first run publishes while the listener is down, the second delivers it at
 * start and removes the handled publication from the registry.
 */
class EventRedeliveryIntegrationTests {

    /** A listener that fails while {@link #down}: stands for a consumer whose store or neighbour is unavailable. */
    static class FlakyListener {

        static volatile boolean down = true;
        static final AtomicInteger attempts = new AtomicInteger();
        static final List<CertificateRevoked> handled = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(CertificateRevoked event) {
            attempts.incrementAndGet();
            if (down) {
                throw new IllegalStateException("listener down");
            }
            handled.add(event);
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(MetrolexApplication.class, FlakyListener.class)
                .run("--server.port=0", "--app.db.data-dir=" + dir.resolve("pg"), "--app.demo-data.enabled=false",
                        "--app.certificates.key-dir=" + dir.resolve("keys"));
    }

    private static long outstanding(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from event_publication where listener_id like ? and completion_date is null", Long.class,
                "%" + FlakyListener.class.getSimpleName() + "%");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aPublicationLeftIncompleteIsDeliveredAfterARestartAndThenRemoved(@TempDir Path dir) throws Exception {
        CertificateRevoked event = new CertificateRevoked(9_000_001L, "TEST-2027-000001", 1L, 2L, 3L, 4L, "130102",
                LocalDate.of(2027, 1, 8));
        try (var first = start(dir)) {
            first.getBean(TransactionTemplate.class).executeWithoutResult(tx -> first.publishEvent(event));
            await(() -> FlakyListener.attempts.get() > 0, "the listener was tried");
            assertThat(FlakyListener.handled).isEmpty();
            // stored with the publishing transaction, still incomplete after the failed attempt
            await(() -> outstanding(first) == 1, "the failed publication is left outstanding");
        }

        FlakyListener.down = false;
        try (var second = start(dir)) {
            await(() -> !FlakyListener.handled.isEmpty(), "the outstanding publication is delivered after the restart");
            assertThat(FlakyListener.handled).containsExactly(event);
            // completion mode DELETE: a handled publication leaves the table
            await(() -> second.getBean(JdbcTemplate.class).queryForObject("select count(*) from event_publication", Long.class) == 0,
                    "the completed publication is removed");
        }
    }
}
