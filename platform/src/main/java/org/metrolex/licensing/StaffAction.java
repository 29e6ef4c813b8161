package org.metrolex.licensing;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.LicenceApplication;

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

    /** The actions a deciding officer may take on the application in its current state. */
    static List<Kind> availableOn(LicenceApplication app) {
        return switch (app.status()) {
            case SUBMITTED -> app.byCommitment()
                    ? List.of(Kind.GRANT_BY_COMMITMENT, Kind.REQUEST_DOCUMENTS, Kind.NOT_ACCEPT)
                    : List.of(Kind.ACCEPT, Kind.REQUEST_DOCUMENTS, Kind.NOT_ACCEPT);
            case UNDER_REVIEW -> List.of(Kind.COMPLETE_REVIEW, Kind.REQUEST_DOCUMENTS, Kind.SUSPEND);
            case IN_ASSESSMENT -> List.of(Kind.COMPLETE_ASSESSMENT, Kind.SUSPEND);
            case SUSPENDED -> List.of(Kind.RESUME);
            case AWAITING_DECISION -> List.of(Kind.GRANT, Kind.REFUSE, Kind.SUSPEND);
            case GRANTED -> List.of(Kind.ISSUE);
            case ISSUED -> app.commitmentCheckPending() ? List.of(Kind.CONFIRM_COMMITMENT, Kind.REVOKE) : List.of(Kind.REVOKE);
            default -> List.of();
        };
    }

    /** Performs this action on the application: the aggregate checks its state and records the event. */
    ApplicationEvent performOn(LicenceApplication app, LocalDate on, String actor, ClockFactory clocks) {
        return switch (kind) {
            case ACCEPT -> app.accept(on, actor, lateReason, clocks);
            case NOT_ACCEPT -> app.notAccept(on, actor, reason, lateReason, clocks);
            case REQUEST_DOCUMENTS -> app.requestDocuments(on, actor, items);
            case SUSPEND -> app.suspend(on, actor, reason);
            case RESUME -> app.resume(on, actor);
            case COMPLETE_REVIEW -> app.completeReview(on, actor, lateReason, clocks);
            case COMPLETE_ASSESSMENT -> app.completeAssessment(on, actor, lateReason, clocks);
            case GRANT -> app.grant(on, actor, reason, lateReason, clocks);
            case REFUSE -> app.refuse(on, actor, reason, lateReason, clocks);
            case ISSUE -> app.issue(on, actor, lateReason, clocks);
            case GRANT_BY_COMMITMENT -> app.grantByCommitment(on, actor);
            case CONFIRM_COMMITMENT -> app.confirmCommitment(on, actor);
            case REVOKE -> app.revoke(on, actor, reason);
        };
    }
}
