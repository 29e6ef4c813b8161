package org.metrolex.licensing.persistence;

import java.util.List;
import java.util.Optional;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.licensing.domain.StoredProcedure;

/** Procedure versions. Configuration, not party data: readable by every logged-in user, so not scoped. */
public interface LicenceProcedures {

    List<StoredProcedure> currentVersions();

    Optional<StoredProcedure> currentVersion(String code);

    Optional<StoredProcedure> versionById(long id);

    List<StoredProcedure> history(String code);

    /** Stores {@code p} as the current version of its code; the previous current version stays for its applications. */
    long store(Procedure p, String actor);
}
