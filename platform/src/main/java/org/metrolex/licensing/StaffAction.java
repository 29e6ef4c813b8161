package org.metrolex.licensing;

import java.util.List;

/**
 * A bureau officer's action on an application.
 *
 * @param reason     required for NOT_ACCEPT, SUSPEND, REFUSE, REVOKE; optional grounds for GRANT
 * @param items      REQUEST_DOCUMENTS: every missing item at once
 * @param lateReason required when the step ends after its deadline
 */
public record StaffAction(Kind kind, String reason, List<String> items, String lateReason) {

    public enum Kind {
        ACCEPT, NOT_ACCEPT, REQUEST_DOCUMENTS, SUSPEND, RESUME, COMPLETE_REVIEW, COMPLETE_ASSESSMENT, GRANT, REFUSE, ISSUE,
        GRANT_BY_COMMITMENT, CONFIRM_COMMITMENT, REVOKE
    }

    public StaffAction {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public StaffAction withReason(String why) {
        return new StaffAction(kind, why, items, lateReason);
    }

    public static StaffAction of(Kind kind) {
        return new StaffAction(kind, "", List.of(), "");
    }
}
