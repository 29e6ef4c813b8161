package org.metrolex.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An outbox stand-in for an SMS or e-mail gateway (ADR 0021): writes the message it would send to the log and
 * reports it sent when the owner's registry entry has an address for the channel, NO_CONTACT otherwise. The
 * outbox row then shows what a real gateway would have been asked to deliver, and to whom.
 */
public class LoggingReminderSender implements ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingReminderSender.class);

    private final String channel;

    public LoggingReminderSender(String channel) {
        this.channel = channel;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public Outcome send(DueReminder reminder, Recipient recipient) {
        String address = switch (channel) {
            case "SMS" -> recipient.phone();
            case "EMAIL" -> recipient.email();
            default -> null;
        };
        if (address == null || address.isBlank()) {
            return Outcome.noContact(channel.equals("EMAIL") ? "企业无电子邮箱 / no e-mail address on file"
                    : "企业无联系电话 / no contact phone on file");
        }
        String text = "【计量检定提醒】" + recipient.enterpriseName() + "：器具（证书 " + reminder.certificateNumber() + "）应于 "
                + reminder.dueDate() + " 前申请周期检定。";
        log.info("Reminder outbox {} to {}: {}", channel, address, text);
        return Outcome.sent(address.strip(), "logged: " + text);
    }
}
