package org.metrolex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * One business module with the modules it depends on directly (Spring Modulith's DIRECT_DEPENDENCIES), on a
 * throw-away embedded PostgreSQL with every Flyway migration and no demo province: the test builds the few
 * parties, instruments and accounts it needs through the module APIs ({@link ModuleFixtures}). A neighbour's
 * neighbour is not started; where a direct neighbour needs one, the test replaces that API with a
 * {@code @MockitoBean}. The platform module (one clock, database, web infrastructure) and audit come in as
 * dependencies of every business module. Module test classes of one module share one context.
 * <p>
 * The module boundaries are not verified here but in {@code ModularityTests}, once for all modules: the automatic
 * check of a module test would count metrology-core (same base package, a plain library) as a module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@TestPropertySource(properties = {"app.db.data-dir=", "app.demo-data.enabled=false", "app.certificates.key-dir=target/test-keys"})
public @interface ModuleIntegrationTest {
}
