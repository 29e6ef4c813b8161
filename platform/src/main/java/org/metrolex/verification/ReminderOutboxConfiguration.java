package org.metrolex.verification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS and e-mail senders until a gateway is connected: the logging outbox ({@code app.reminders.outbox=logging},
 * the default). A deployment with a real gateway sets {@code app.reminders.outbox=none} and provides its own
 * {@link ReminderSender} beans for those channels (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
class ReminderOutboxConfiguration {

    @Bean
    @ConditionalOnProperty(name = "app.reminders.outbox", havingValue = "logging", matchIfMissing = true)
    ReminderSender smsOutbox() {
        return new LoggingReminderSender("SMS");
    }

    @Bean
    @ConditionalOnProperty(name = "app.reminders.outbox", havingValue = "logging", matchIfMissing = true)
    ReminderSender emailOutbox() {
        return new LoggingReminderSender("EMAIL");
    }
}
