package org.metrolex.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.rules.domain.EditionStatus;
import org.metrolex.rules.domain.LoadedEdition;
import org.metrolex.rules.domain.RuleFileCheck;
import org.metrolex.rules.domain.RuleFileProblem;
import org.metrolex.rules.domain.StandInEditions;
import org.metrolex.rules.persistence.RuleEditions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The province administrator's commands and reads on rule editions: load a rule file (checked, versioned,
 * audited; in force from its effective date as soon as it commits) and the list of every edition with its
 * status and the decisions made with a stand-in.
 */
@Service
public class RuleEditionManagement {

    private final RuleBooks books;
    private final RuleEditions store;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<StandInDecisionCounts> counts;

    RuleEditionManagement(RuleBooks books, RuleEditions store, AuditTrail audit, Clock clock, List<StandInDecisionCounts> counts) {
        this.books = books;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.counts = counts;
    }

    /** Past: no longer in force today; in force today; upcoming: takes effect after today. */
    public enum Timing {
        PAST, IN_FORCE, UPCOMING
    }

    /**
     * One edition of the current book.
     *
     * @param version          the loaded version, 0 for a shipped edition
     * @param standInDecisions decisions made with this edition as a stand-in since it took effect; null when it is not a stand-in
     */
    public record EditionView(String ruleId, String regulation, String clause, LocalDate effectiveFrom, LocalDate effectiveUntil,
                              EditionStatus status, Timing timing, String source, int version, Long loadId, String loadedBy,
                              Instant loadedAt, String reason, Long standInDecisions) implements java.io.Serializable {

        public boolean shipped() {
            return version == 0;
        }
    }

    /** A rule with the edition in force today (null when none) and all its editions, oldest first. */
    public record RuleView(String ruleId, EditionView inForce, List<EditionView> editions) {
    }

    /** One loaded version, superseded or not. */
    public record LoadView(long id, String ruleId, String regulation, int version, LocalDate effectiveFrom, LocalDate effectiveUntil,
                           EditionStatus status, String fileName, String reason, String loadedBy, Instant loadedAt, Long supersededBy) {
    }

    public record Overview(LocalDate today, long revision, List<RuleView> rules, List<LoadView> loads) {
    }

    /** A load that was stored: the edition as it now stands and what the administrator should know about it. */
    public record Loaded(EditionView edition, List<RuleFileProblem> warnings) implements java.io.Serializable {
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public Overview overview(DataScope scope) {
        requireAdmin(scope);
        LocalDate today = LocalDate.now(clock);
        RuleBookRevision book = books.current();
        List<RuleView> rules = new ArrayList<>();
        for (String ruleId : book.book().ruleIds()) {
            List<EditionView> editions = new ArrayList<>();
            EditionView inForce = null;
            for (RuleTable t : book.book().editions(ruleId)) {
                EditionView v = view(scope, book, t, today);
                editions.add(v);
                if (v.timing() == Timing.IN_FORCE) {
                    inForce = v;
                }
            }
            rules.add(new RuleView(ruleId, inForce, editions));
        }
        List<LoadView> loads = new ArrayList<>();
        List<LoadedEdition> rows = books.loads();
        for (int i = rows.size() - 1; i >= 0; i--) {
            LoadedEdition l = rows.get(i);
            loads.add(new LoadView(l.id(), l.ruleId(), l.regulation(), l.version(), l.effectiveFrom(), l.effectiveUntil(), l.status(),
                    l.fileName(), l.reason(), l.loadedBy(), l.loadedAt(), l.supersededBy()));
        }
        return new Overview(today, book.number(), rules, loads);
    }

    /** The file of one load exactly as it was loaded. */
    @Transactional(readOnly = true)
    public LoadedEdition file(DataScope scope, long loadId) {
        requireAdmin(scope);
        return books.loads().stream().filter(l -> l.id() == loadId).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("规则版本/rule edition", loadId));
    }

    private EditionView view(DataScope scope, RuleBookRevision book, RuleTable t, LocalDate today) {
        RuleEdition e = t.edition();
        EditionStatus status = StandInEditions.isStandIn(t) ? EditionStatus.STAND_IN
                : e.verified() ? EditionStatus.VERIFIED : EditionStatus.UNVERIFIED;
        Timing timing = e.effectiveFrom().isAfter(today) ? Timing.UPCOMING : e.inForceOn(today) ? Timing.IN_FORCE : Timing.PAST;
        Long standIns = null;
        if (status == EditionStatus.STAND_IN) {
            long n = 0;
            for (StandInDecisionCounts c : counts) {
                n += c.decidedWithStandIn(scope, e.ruleId(), e.regulation(), e.effectiveFrom(), e.effectiveUntil());
            }
            standIns = n;
        }
        LoadedEdition l = book.loaded(e);
        return new EditionView(e.ruleId(), e.regulation(), e.clause(), e.effectiveFrom(), e.effectiveUntil(), status, timing,
                e.source(), l == null ? 0 : l.version(), l == null ? null : l.id(), l == null ? null : l.loadedBy(),
                l == null ? null : l.loadedAt(), l == null ? null : l.reason(), standIns);
    }

    // ---------------------------------------------------------------- load

    /**
     * Loads a rule file. Every problem is refused at once (400, each naming its line and field, in Chinese and
     * English) and nothing is stored or audited then. Otherwise the file is stored as the next version of its
     * rule and regulation, the previous version is marked superseded, the load is audited with the edition it
     * replaces, and after the commit the book is rebuilt: decisions dated from the effective date use it.
     */
    @Transactional
    public Loaded load(DataScope scope, String fileName, byte[] content, String reason) {
        requireAdmin(scope);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > RuleFileCheck.REASON_MAX) {
            throw new RuleViolation("reason", "length", "加载说明最多 " + RuleFileCheck.REASON_MAX + " 个字符",
                    "the reason has at most " + RuleFileCheck.REASON_MAX + " characters");
        }
        store.lockForLoad();
        RuleBookRevision base = books.fromDatabase();
        String name = fileName == null ? null : fileName.strip().replaceAll("^.*[/\\\\]", "");
        RuleFileCheck.Result checked = RuleFileCheck.check(name, content, base.editions(), LocalDate.now(clock));
        if (!checked.ok()) {
            throw new RuleViolation(400, checked.errors().stream().map(RuleEditionManagement::asError).toList());
        }
        RuleTable table = checked.table();
        RuleEdition e = table.edition();
        if (checked.replaces() != null && base.loaded(e) != null && base.loaded(e).fileText().equals(checked.text())) {
            throw new RuleViolation(409, List.of(new FieldError("file", "unchanged",
                    "与 " + e.regulation() + " 当前版本 v" + base.loaded(e).version() + " 的文件完全相同，未加载",
                    "identical to the file of " + e.regulation() + " v" + base.loaded(e).version() + " in force: not loaded")));
        }
        int version = store.lastVersion(e.ruleId(), e.regulation()) + 1;
        Instant now = clock.instant();
        long id = store.insert(e.ruleId(), e.regulation(), e.clause(), e.effectiveFrom(), e.effectiveUntil(), e.verified(),
                StandInEditions.isStandIn(table), e.source(), name, checked.text(), version, why, scope.username(), now);
        store.supersede(e.ruleId(), e.regulation(), id);
        audit.record("rule-edition.load", "rule-edition", id, checked.replaces() == null ? null : summary(checked.replaces(), base),
                loadSummary(table, version, name, checked.text(), why));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                books.refresh();
            }
        });
        EditionStatus status = StandInEditions.isStandIn(table) ? EditionStatus.STAND_IN
                : e.verified() ? EditionStatus.VERIFIED : EditionStatus.UNVERIFIED;
        LocalDate today = LocalDate.now(clock);
        Timing timing = e.effectiveFrom().isAfter(today) ? Timing.UPCOMING
                : e.effectiveUntil() == null || !today.isAfter(e.effectiveUntil()) ? Timing.IN_FORCE : Timing.PAST;
        return new Loaded(new EditionView(e.ruleId(), e.regulation(), e.clause(), e.effectiveFrom(), e.effectiveUntil(), status,
                timing, e.source(), version, id, scope.username(), now, why, status == EditionStatus.STAND_IN ? 0L : null),
                checked.warnings());
    }

    /** The edition's identity and dates, as every audit entry of a load names them. */
    private static Map<String, Object> editionFields(RuleEdition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", e.ruleId());
        m.put("regulation", e.regulation());
        m.put("clause", e.clause());
        m.put("effectiveFrom", e.effectiveFrom());
        m.put("effectiveUntil", e.effectiveUntil());
        m.put("verified", e.verified());
        return m;
    }

    /** What the audit keeps of the edition replaced (before). */
    private static Map<String, Object> summary(RuleTable t, RuleBookRevision base) {
        RuleEdition e = t.edition();
        Map<String, Object> m = editionFields(e);
        m.put("source", e.source());
        LoadedEdition l = base.loaded(e);
        m.put("version", l == null ? 0 : l.version());
        m.put("loadId", l == null ? null : l.id());
        return m;
    }

    /** What the audit keeps of the load (after): the edition, its version, the file's name and SHA-256, the reason. */
    private static Map<String, Object> loadSummary(RuleTable t, int version, String fileName, String text, String reason) {
        RuleEdition e = t.edition();
        Map<String, Object> m = editionFields(e);
        m.put("standIn", StandInEditions.isStandIn(t));
        m.put("source", e.source());
        m.put("version", version);
        m.put("fileName", fileName);
        m.put("sha256", sha256(text));
        m.put("rows", t.rows().size());
        m.put("reason", reason);
        return m;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row error as the common error body: the field names the line ({@code lines[12].mpe_e}), the messages too. */
    static FieldError asError(RuleFileProblem p) {
        String field = p.line() > 0 ? "lines[" + p.line() + "]." + p.field() : p.field();
        String zh = p.line() > 0 ? "第 " + p.line() + " 行 " + p.field() + "：" + p.messageZh() : p.messageZh();
        String en = p.line() > 0 ? "line " + p.line() + " " + p.field() + ": " + p.messageEn() : p.messageEn();
        return new FieldError(field, p.rule(), zh, en);
    }

    private static void requireAdmin(DataScope scope) {
        if (scope == null || scope.role() != Role.PROVINCE_ADMIN) {
            throw new RuleViolation(403, List.of(new FieldError("role", "permitted",
                    "只有省局管理员可以查看和加载规则版本", "only the province administrator may see and load rule editions")));
        }
    }
}
