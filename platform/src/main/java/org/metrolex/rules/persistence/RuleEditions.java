package org.metrolex.rules.persistence;

import java.time.Instant;
import java.util.List;
import org.metrolex.rules.domain.LoadedEdition;

/**
 * The editions administrators loaded, every version kept. Rule editions are province-wide facts that
 * every decision reads, not data of a region: reads take no data scope; who may load them is checked by
 * {@link org.metrolex.rules.RuleEditionManagement}.
 */
public interface RuleEditions {

    /** Every loaded version in load order (id), files included; a few dozen rows over the life of a province. */
    List<LoadedEdition> loadedInOrder();

    /** The id of the last load (the current revision), 0 when none. */
    long lastId();

    /** Serialises loads (one transaction at a time) so versions and revisions follow the order of commits. */
    void lockForLoad();

    /** The highest version of the rule and regulation, 0 when never loaded. */
    int lastVersion(String ruleId, String regulation);

    long insert(String ruleId, String regulation, String clause, java.time.LocalDate effectiveFrom, java.time.LocalDate effectiveUntil,
                boolean verified, boolean standIn, String source, String fileName, String fileText, int version, String reason,
                String loadedBy, Instant loadedAt);

    /** Marks the previous versions of the rule and regulation as superseded by {@code byId}. */
    void supersede(String ruleId, String regulation, long byId);
}
