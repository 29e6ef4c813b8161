package org.metrolex.party;

import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Registered;
import org.metrolex.party.domain.RegistryDraft;
import org.metrolex.party.persistence.Registry;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, correcting and (de)activating a record of one party registry, written once for enterprises,
 * institutions and people: the input is checked, the caller must be allowed to write both the old and the new
 * region, a concurrent change is refused, and every change is audited in its transaction.
 */
public abstract class RegisteringParty<R extends Registered, D extends RegistryDraft> {

    private final Registry<R, D> registry;
    private final String kind;
    private final String label;
    private final WriteRule writeRule;
    private final RegionCatalogue regions;
    private final AuditTrail audit;

    RegisteringParty(Registry<R, D> registry, String kind, String label, WriteRule writeRule, RegionCatalogue regions,
                     AuditTrail audit) {
        this.registry = registry;
        this.kind = kind;
        this.label = label;
        this.writeRule = writeRule;
        this.regions = regions;
        this.audit = audit;
    }

    /** Rules of this registry beyond the draft's own: a unique code, a visible institution. {@code id}: null when new. */
    abstract void checkAgainstRegistry(DataScope scope, D draft, Long id);

    @Transactional
    public R register(DataScope scope, D draft) {
        WriteRule.requireValid(draft.problems(regions::exists));
        writeRule.require(scope, draft.regionCode());
        checkAgainstRegistry(scope, draft, null);
        long id = registry.insert(draft);
        R created = registry.find(scope, id).orElseThrow();
        audit.record(kind + ".create", kind, id, null, created);
        return created;
    }

    @Transactional
    public R update(DataScope scope, long id, int version, D draft) {
        R before = require(scope, id);
        writeRule.require(scope, before.regionCode());
        WriteRule.requireValid(draft.problems(regions::exists));
        writeRule.require(scope, draft.regionCode());
        checkAgainstRegistry(scope, draft, id);
        if (!registry.update(id, version, draft)) {
            throw WriteRule.staleVersion();
        }
        R after = registry.find(scope, id).orElseThrow();
        audit.record(kind + ".update", kind, id, before, after);
        return after;
    }

    @Transactional
    public R setActive(DataScope scope, long id, boolean active) {
        R before = require(scope, id);
        writeRule.require(scope, before.regionCode());
        registry.setActive(id, active);
        R after = registry.find(scope, id).orElseThrow();
        audit.record(active ? kind + ".activate" : kind + ".deactivate", kind, id, before, after);
        return after;
    }

    /** The record in the caller's scope, or 404. */
    public R require(DataScope scope, long id) {
        return registry.find(scope, id).orElseThrow(() -> RuleViolation.notFound(label, id));
    }
}
