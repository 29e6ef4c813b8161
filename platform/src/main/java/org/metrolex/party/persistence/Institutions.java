package org.metrolex.party.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Stored institutions and their authorisations. Scoped reads, plus the public registry view. */
public interface Institutions extends Registry<Institution, InstitutionDraft> {

    ResultPage<Institution> search(DataScope scope, String keyword, String regionCode, int page, int size);

    Optional<Institution> find(DataScope scope, long id);

    /** Active institutions with their authorisations: the public registry (public fields only are shown). */
    ResultPage<Institution> publicRegistry(String keyword, int page, int size);

    Optional<Institution> findByCreditCodeForUniqueness(String creditCode);

    long count(DataScope scope);

    long insert(InstitutionDraft draft);

    boolean update(long id, int version, InstitutionDraft draft);

    void setActive(long id, boolean active);

    long addAuthorization(long institutionId, String certificateNo, String instrumentType, String regionCode,
                          LocalDate validFrom, LocalDate validUntil);

    List<Institution> all(DataScope scope);

    /** Ends every line of an authorisation certificate on {@code lastDay} (lines ending earlier stay); returns lines changed. */
    int endAuthorizations(long institutionId, String certificateNo, LocalDate lastDay);
}
