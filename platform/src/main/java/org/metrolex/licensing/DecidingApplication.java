package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.CompleteDossier;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deciding officer's action on an application (accept, request documents, suspend, grant, refuse, issue,
 * revoke, …): the provincial bureau or a city bureau for applicants in its region. The aggregate checks the
 * transition; a grant or revocation writes through to the registries and is published for other modules.
 */
@Service
public class DecidingApplication {

    private final ApplicationFiles files;
    private final LicenceWriteThrough licences;
    private final LicensingQueries queries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClockFactory clocks;

    DecidingApplication(ApplicationFiles files, LicenceWriteThrough licences, LicensingQueries queries, AuditTrail audit,
                        ApplicationEventPublisher events, CalendarManagement calendar, Clock clock) {
        this.files = files;
        this.licences = licences;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.clocks = calendar::newClock;
    }

    @Transactional
    public ApplicationView act(DataScope scope, long id, StaffAction action) {
        return act(scope, id, action, LocalDate.now(clock), null);
    }

    /**
     * As {@link #act(DataScope, long, StaffAction)}; {@code expectedVersion} (the version the page or client
     * showed, null: the one read now) makes a concurrent change answer HTTP 409 "changed by someone else, reload".
     */
    @Transactional
    public ApplicationView act(DataScope scope, long id, StaffAction action, Integer expectedVersion) {
        return act(scope, id, action, LocalDate.now(clock), expectedVersion);
    }

    @Transactional
    ApplicationView act(DataScope scope, long id, StaffAction action, LocalDate on) {
        return act(scope, id, action, on, null);
    }

    private ApplicationView act(DataScope scope, long id, StaffAction action, LocalDate on, Integer expectedVersion) {
        if (action == null || action.kind() == null) {
            throw new RuleViolation("kind", "required", "操作必填", "the action is required");
        }
        Dossier d = files.require(scope, id);
        if (!ApplicationFiles.decides(scope, d)) {
            throw Refusals.forbidden("只有省局或申请人所在地的市局可以办理许可", "only the provincial bureau or the applicant's city bureau may handle licences");
        }
        files.claim(d, expectedVersion);
        StoredProcedure sp = files.procedureOf(d);
        LicenceApplication app = files.replay(d, sp);
        boolean checkPending = app.commitmentCheckPending();
        List<RequiredDocument> missing = action.kind() == StaffAction.Kind.GRANT ? files.missingDocuments(scope, d, sp) : List.of();
        boolean overridden = Refusals.enforce(() -> CompleteDossier.overridden(missing, action.documentsOverride()));
        ApplicationEvent e = Refusals.enforce(() -> action.performOn(app, on, scope.username(), clocks));
        Licence licence = writeThrough(scope, d, sp, e, action, on, checkPending);
        if (overridden) {
            audit.record("licence-application.grant-with-missing-documents", "licence-application", d.id(),
                    Map.of("missingDocuments", missing.stream().map(RequiredDocument::code).toList()),
                    Map.of("reason", action.documentsOverride().strip(), "actor", scope.username()));
        }
        files.store(d, app, e, licence);
        publish(d, e, licence, on);
        return queries.view(scope, d.id());
    }

    /** The licence a grant creates, a confirmed commitment closes or a revocation ends; null for other steps. */
    private Licence writeThrough(DataScope scope, Dossier d, StoredProcedure sp, ApplicationEvent e, StaffAction action,
                                 LocalDate on, boolean checkPending) {
        return switch (e.kind()) {
            case GRANTED, GRANTED_BY_COMMITMENT -> licences.grant(scope, d, sp.procedure(), on,
                    e.kind() == org.metrolex.licensing.domain.EventKind.GRANTED_BY_COMMITMENT);
            case COMMITMENT_CONFIRMED -> {
                licences.commitmentConfirmed(scope, d, on, scope.username(), action.reason());
                yield null;
            }
            case REVOKED -> licences.revoke(scope, d, on, scope.username(), e.reason(), checkPending);
            default -> null;
        };
    }

    /** The decisions other modules may care about, published in the deciding transaction. */
    private void publish(Dossier d, ApplicationEvent e, Licence licence, LocalDate on) {
        switch (e.kind()) {
            case GRANTED, GRANTED_BY_COMMITMENT -> events.publishEvent(new LicenceGranted(licence.id(), d.id(), licence.number(),
                    d.licenceType(), d.applicantKind(), d.applicantId(), d.regionCode(), on, licence.validUntil(),
                    licence.byCommitment()));
            case REFUSED -> events.publishEvent(new LicenceRefused(d.id(), d.referenceNo(), d.licenceType(), d.applicantKind(),
                    d.applicantId(), d.regionCode(), on));
            case REVOKED -> events.publishEvent(new LicenceRevoked(licence.id(), d.id(), licence.number(), d.licenceType(),
                    d.applicantKind(), d.applicantId(), d.regionCode(), on));
            default -> { }
        }
    }
}
