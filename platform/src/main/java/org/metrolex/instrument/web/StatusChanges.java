package org.metrolex.instrument.web;

import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.platform.problem.RuleViolation;

/** Reads the status change a client asked for, refusing anything but the three verbs by name. */
final class StatusChanges {

    static InstrumentStatus.Change parse(String change) {
        if (change == null || change.isBlank()) {
            throw new RuleViolation("change", "required", "须指明操作：SUSPEND、SCRAP 或 REACTIVATE",
                    "change is required: SUSPEND, SCRAP or REACTIVATE");
        }
        for (InstrumentStatus.Change c : InstrumentStatus.Change.values()) {
            if (c.name().equalsIgnoreCase(change.strip())) {
                return c;
            }
        }
        throw new RuleViolation("change", "known", "操作须为 SUSPEND、SCRAP 或 REACTIVATE：" + change,
                "change must be SUSPEND, SCRAP or REACTIVATE: " + change);
    }

    private StatusChanges() {
    }
}
