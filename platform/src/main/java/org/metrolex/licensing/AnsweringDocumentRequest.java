package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.OneTimeRequest;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.persistence.LicenceDocuments;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant answers the one-time request for missing documents (《行政许可法》第三十二条): the clock resumes. */
@Service
public class AnsweringDocumentRequest {

    private final ApplicationFiles files;
    private final LicenceDocuments documents;
    private final LicensingQueries queries;
    private final Clock clock;

    AnsweringDocumentRequest(ApplicationFiles files, LicenceDocuments documents, LicensingQueries queries, Clock clock) {
        this.files = files;
        this.documents = documents;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public ApplicationView answer(DataScope scope, long id) {
        return answer(scope, id, (Integer) null);
    }

    /**
     * As {@link #answer(DataScope, long)}; {@code expectedVersion} (the version the page or client showed, null:
     * the one read now) makes a concurrent change answer HTTP 409 "changed by someone else, reload".
     */
    @Transactional
    public ApplicationView answer(DataScope scope, long id, Integer expectedVersion) {
        return answer(scope, id, LocalDate.now(clock), false, expectedVersion);
    }

    @Transactional
    ApplicationView answer(DataScope scope, long id, LocalDate on) {
        return answer(scope, id, on, false, null);
    }

    /** {@code demo}: the demo loader answers on the applicant's behalf with a back-dated answer. */
    @Transactional
    ApplicationView answer(DataScope scope, long id, LocalDate on, boolean demo) {
        return answer(scope, id, on, demo, null);
    }

    private ApplicationView answer(DataScope scope, long id, LocalDate on, boolean demo, Integer expectedVersion) {
        Dossier d = files.require(scope, id);
        if (!demo && !ApplicationFiles.isApplicant(scope, d)) {
            throw Refusals.forbidden("只有申请人可以提交补正材料", "only the applicant may answer the request");
        }
        files.claim(d, expectedVersion);
        StoredProcedure sp = files.procedureOf(d);
        LicenceApplication app = files.replay(d, sp);
        ApplicationEvent e = Refusals.enforce(() -> {
            if (app.status() == ApplicationStatus.AWAITING_DOCUMENTS && !demo) {
                OneTimeRequest.requireAnswered(sp.procedure(), app.last(), documents.findByApplication(scope, id));
            }
            return app.supplyDocuments(on, scope.username());
        });
        files.store(d, app, e, null);
        return queries.view(scope, id);
    }
}
