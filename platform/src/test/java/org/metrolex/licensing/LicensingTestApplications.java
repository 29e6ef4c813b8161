package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.platform.scope.DataScope;

/** Licence applications on a given day (the module's date-taking commands are package-private), for other packages' tests. */
public final class LicensingTestApplications {

    private LicensingTestApplications() {
    }

    /** An institution authorisation applied for and accepted on {@code on}: its review step and overall clock run. */
    public static long acceptedAuthorisation(ApplyingForLicence applying, DecidingApplication deciding, DataScope institution, DataScope city,
                                             String instrumentType, LocalDate on) {
        long id = applying.apply(institution, new DossierDraft("INSTITUTION_AUTHORIZATION", "", instrumentType, "130100", "",
                null, false), on).dossier().id();
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.ACCEPT), on);
        return id;
    }

    /** An institution authorisation granted by commitment on {@code on}: its later check is due in working days. */
    public static long authorisationByCommitment(ApplyingForLicence applying, DecidingApplication deciding, DataScope institution, DataScope city,
                                                 String instrumentType, LocalDate on) {
        long id = applying.apply(institution, new DossierDraft("INSTITUTION_AUTHORIZATION", "", instrumentType, "130100", "",
                null, true), on).dossier().id();
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.GRANT_BY_COMMITMENT), on);
        return id;
    }
}
