package org.metrolex.licensing;

import java.util.List;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.Timeline;

/**
 * One application as its pages and API show it: facts, procedure version, state, history, clocks,
 * documents (and which required ones are still missing), the licence once granted, and what the caller may do.
 */
public record ApplicationView(Dossier dossier, StoredProcedure procedure, LicenceApplication application, Timeline timeline,
                              List<LicenceDocument> documents, List<RequiredDocument> missingDocuments, Licence licence,
                              List<StaffAction.Kind> staffActions, boolean mayUpload, boolean mayAnswer) {

    public List<ApplicationEvent> events() {
        return application.events();
    }

    /** The items of the open one-time request for missing documents, if any. */
    public List<String> requestedItems() {
        if (application.status() != org.metrolex.licensing.domain.ApplicationStatus.AWAITING_DOCUMENTS) {
            return List.of();
        }
        return application.last().items();
    }
}
