package org.metrolex.licensing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.identity.DataScope;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.PublicLicence;
import org.metrolex.platform.paging.ResultPage;

/** Issued licences: officers by region, holders their own; the public register shows public fields only. */
public interface Licences {

    long insert(Licence licence);

    Optional<Licence> findByApplication(DataScope scope, long applicationId);

    List<Licence> findCommitmentChecksDue(DataScope scope, LocalDate by);

    void revoke(long id, String reason);

    void commitmentChecked(long id);

    /** The next serial number for a prefix and year (locks the counter row). */
    int nextSerial(String prefix, int year);

    ResultPage<PublicLicence> publicRegister(String keyword, LicenceType type, int page, int size);
}
