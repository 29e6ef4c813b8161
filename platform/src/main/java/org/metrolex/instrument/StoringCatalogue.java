package org.metrolex.instrument;

import java.util.List;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.persistence.InstrumentCategories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mandatory-verification catalogue stored by code from the shipped file at start-up; each changed row is audited. */
@Service
class StoringCatalogue {

    private final InstrumentCategories categories;
    private final AuditTrail audit;

    StoringCatalogue(InstrumentCategories categories, AuditTrail audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    public int storeCatalogue(List<InstrumentCategory> rows) {
        int changed = 0;
        for (InstrumentCategory c : rows) {
            Optional<InstrumentCategory> before = categories.byCode(c.code());
            if (categories.upsert(c)) {
                audit.record("instrument-category.store", "instrument-category", c.code(), before.orElse(null), c);
                changed++;
            }
        }
        return changed;
    }
}
