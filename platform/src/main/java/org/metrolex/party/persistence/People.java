package org.metrolex.party.persistence;

import java.time.LocalDate;
import java.util.Optional;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Stored inspectors and verifiers with their qualifications. Every read takes the caller's scope. */
public interface People extends Registry<Person, PersonDraft> {

    ResultPage<Person> search(DataScope scope, String keyword, String role, Long institutionId, int page, int size);

    Optional<Person> find(DataScope scope, long id);

    long count(DataScope scope);

    long countQualificationsExpiringBetween(DataScope scope, LocalDate from, LocalDate to);

    /**
     * The directory of active inspectors of the whole province (执法检查人员名录), which 双随机一公开 publishes:
     * the pool a random draw of inspectors is made from. Unscoped by design.
     */
    java.util.List<Person> inspectorDirectory();

    long insert(PersonDraft draft);

    boolean update(long id, int version, PersonDraft draft);

    void setActive(long id, boolean active);

    long addQualification(long personId, String certificateNo, String scope, LocalDate validFrom, LocalDate validUntil);
}
