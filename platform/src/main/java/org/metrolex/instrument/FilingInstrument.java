package org.metrolex.instrument;

import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.persistence.Instruments;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing (备案) an instrument, correcting its record, and suspending, scrapping or reactivating it. */
@Service
public class FilingInstrument {

    private final Instruments instruments;
    private final InstrumentWriteRules rules;
    private final InstrumentQueries queries;
    private final AuditTrail audit;

    FilingInstrument(Instruments instruments, InstrumentWriteRules rules, InstrumentQueries queries, AuditTrail audit) {
        this.instruments = instruments;
        this.rules = rules;
        this.queries = queries;
        this.audit = audit;
    }

    /**
     * Files (备案) one instrument. An enterprise user files for itself: the owner is its enterprise and
     * the region its enterprise's region, whatever the draft says. An officer files for any enterprise
     * in scope, in that enterprise's region or one below it.
     */
    @Transactional
    public Instrument file(DataScope scope, InstrumentDraft draft) {
        InstrumentWriteRules.requireWriter(scope);
        InstrumentDraft d = rules.forCaller(scope, draft);
        rules.requireValid(scope, d);
        InstrumentWriteRules.requireCovers(scope, d.regionCode());
        rules.requireUnique(d, null);
        long id = instruments.insert(d, rules.newQrToken());
        Instrument created = instruments.find(scope, id).orElseThrow();
        audit.record("instrument.file", "instrument", id, null, created);
        return created;
    }

    @Transactional
    public Instrument edit(DataScope scope, long id, int version, InstrumentDraft draft) {
        InstrumentWriteRules.requireWriter(scope);
        Instrument before = queries.requireInstrument(scope, id);
        if (before.status() == InstrumentStatus.SCRAPPED) {
            throw new RuleViolation(409, List.of(new FieldError("status", "not-scrapped",
                    "已报废的计量器具不能修改", "a scrapped instrument cannot be edited")));
        }
        InstrumentDraft d = rules.forCaller(scope, draft);
        rules.requireValid(scope, d);
        InstrumentWriteRules.requireCovers(scope, d.regionCode());
        rules.requireUnique(d, id);
        if (!instruments.update(id, version, d)) {
            throw new RuleViolation(409, List.of(new FieldError("version", "current", "记录已被他人修改，请刷新后重试",
                    "the record was changed by someone else: reload and try again")));
        }
        Instrument after = instruments.find(scope, id).orElseThrow();
        audit.record("instrument.edit", "instrument", id, before, after);
        return after;
    }

    /** Suspends, scraps or reactivates an instrument; a change the current status does not allow is refused. */
    @Transactional
    public Instrument changeStatus(DataScope scope, long id, InstrumentStatus.Change change) {
        InstrumentWriteRules.requireWriter(scope);
        Instrument before = queries.requireInstrument(scope, id);
        InstrumentStatus next = before.status().after(change);
        if (next == null) {
            throw new RuleViolation(409, List.of(new FieldError("status", "transition",
                    "当前状态不允许此操作：" + before.status() + " → " + change,
                    "the current status does not allow this change: " + before.status() + " → " + change)));
        }
        instruments.setStatus(id, next);
        Instrument after = instruments.find(scope, id).orElseThrow();
        audit.record("instrument." + change.name().toLowerCase(), "instrument", id, before, after);
        return after;
    }
}
