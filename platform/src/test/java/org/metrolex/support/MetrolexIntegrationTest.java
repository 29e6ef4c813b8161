package org.metrolex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole platform on a throw-away embedded PostgreSQL (empty data directory = a temporary one)
 * with the demo province loaded. All test classes with this annotation share one Spring context and
 * so one database: tests create their own records with unique codes and never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true", "app.certificates.key-dir=target/test-keys"})
@AutoConfigureMockMvc
public @interface MetrolexIntegrationTest {
}
