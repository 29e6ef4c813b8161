package org.metrolex.instrument.persistence;

import java.util.List;
import java.util.Optional;
import org.metrolex.instrument.domain.InstrumentCategory;

/** The stored catalogue. Public reference data: read without a data scope. */
public interface InstrumentCategories {

    List<InstrumentCategory> catalogue();

    Optional<InstrumentCategory> byCode(String code);

    /** Inserts the category or overwrites the stored one with the same code; true if anything changed. */
    boolean upsert(InstrumentCategory category);
}
