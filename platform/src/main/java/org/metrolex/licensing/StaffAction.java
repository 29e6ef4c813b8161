package org.metrolex.licensing;

import java.util.List;

/**
 * A bureau officer's action on an application.
 *
 * @param reason     required for NOT_ACCEPT, SUSPEND, REFUSE, REVOKE; optional grounds for GRANT
 * @param items      REQUEST_DOCUMENTS: every missing item at once
 * @param lateReason required when the step ends after its deadline
 * @param documentsOverride GRANT only: why the licence is granted although required documents were not
 *                          uploaded; without it such a grant is refused (audited when given)
 */
public record StaffAction(Kind kind, String reason, List<String> items, String lateReason, String documentsOverride) {

    public enum Kind {
        ACCEPT, NOT_ACCEPT, REQUEST_DOCUMENTS, SUSPEND, RESUME, COMPLETE_REVIEW, COMPLETE_ASSESSMENT, GRANT, REFUSE, ISSUE,
        GRANT_BY_COMMITMENT, CONFIRM_COMMITMENT, REVOKE
    }

    public StaffAction {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public StaffAction(Kind kind, String reason, List<String> items, String lateReason) {
        this(kind, reason, items, lateReason, null);
    }

    public StaffAction withReason(String why) {
        return new StaffAction(kind, why, items, lateReason, documentsOverride);
    }

    /** This grant, made although required documents are missing, for the reason given. */
    public StaffAction overridingMissingDocuments(String why) {
        return new StaffAction(kind, reason, items, lateReason, why);
    }

    /** Decisions that close the application for good: the page asks for confirmation first. */
    public boolean irreversible() {
        return kind == Kind.GRANT || kind == Kind.REFUSE || kind == Kind.NOT_ACCEPT || kind == Kind.REVOKE
                || kind == Kind.GRANT_BY_COMMITMENT;
    }

    public static StaffAction of(Kind kind) {
        return new StaffAction(kind, "", List.of(), "");
    }
}
