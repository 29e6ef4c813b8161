package org.metrolex.party.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/** Stored enterprises. Every read takes the caller's {@link DataScope}. */
public interface Enterprises extends Registry<Enterprise, EnterpriseDraft> {

    ResultPage<Enterprise> search(DataScope scope, EnterpriseQuery query, int page, int size);

    void forEach(DataScope scope, EnterpriseQuery query, Consumer<Enterprise> consumer);

    Optional<Enterprise> find(DataScope scope, long id);

    /** Looks a code up across all regions, for uniqueness checks only; never shown to a caller. */
    Optional<Enterprise> findByCreditCodeForUniqueness(String creditCode);

    long count(DataScope scope);

    long insert(EnterpriseDraft draft);

    /** Updates if the stored version is still {@code version}; false if someone changed it meanwhile. */
    boolean update(long id, int version, EnterpriseDraft draft);

    void setActive(long id, boolean active);

    List<Enterprise> findByIds(DataScope scope, List<Long> ids);

    /** The name of an enterprise for a public page (e.g. the owner on an instrument's QR check); nothing else. */
    Optional<String> publicName(long id);
}
