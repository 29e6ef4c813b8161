package org.metrolex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole platform with the demo province, on a server port and with MockMvc, in a context of its own: tests that
 * load a (fictitious) holiday notice change the calendar of everything else in their context, so they never share
 * one with the other tests, only with each other (the notice tests reset the loaded notices before they start).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true", "app.calendar.context=loaded-notices"})
@AutoConfigureMockMvc
public @interface IsolatedCalendarTest {
}
