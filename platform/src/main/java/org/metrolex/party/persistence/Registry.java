package org.metrolex.party.persistence;

import java.util.Optional;
import org.metrolex.platform.scope.DataScope;

/** What the three party registries store alike: find in scope, insert, versioned update, (de)activate. */
public interface Registry<R, D> {

    Optional<R> find(DataScope scope, long id);

    long insert(D draft);

    /** False when the row is not at {@code version} any more (someone else changed it). */
    boolean update(long id, int version, D draft);

    void setActive(long id, boolean active);
}
