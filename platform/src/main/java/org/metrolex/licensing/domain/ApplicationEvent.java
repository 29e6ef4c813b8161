package org.metrolex.licensing.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an application's history.
 *
 * @param on         the day it happened (clocks count in whole working days)
 * @param reason     why (required for not accepting, suspending, refusing, revoking)
 * @param items      the missing items of a one-time request (一次性告知), else empty
 * @param lateReason why a step ended after its deadline (required then)
 */
public record ApplicationEvent(EventKind kind, LocalDate on, String actor, String reason, List<String> items,
                               String lateReason) {

    public ApplicationEvent {
        reason = reason == null ? "" : reason.strip();
        items = items == null ? List.of() : List.copyOf(items);
        lateReason = lateReason == null ? "" : lateReason.strip();
        actor = actor == null ? "" : actor;
    }

    public static ApplicationEvent of(EventKind kind, LocalDate on, String actor) {
        return new ApplicationEvent(kind, on, actor, "", List.of(), "");
    }
}
