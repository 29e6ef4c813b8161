package org.metrolex.prepackaged;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.metrology.prepackage.InvalidPrepackageInput;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.NominalQuantity;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.metrology.prepackage.SamplingPlan;
import org.metrolex.metrology.rules.NoRuleInForceException;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.prepackaged.document.LotReport;
import org.metrolex.prepackaged.document.LotReportPdf;
import org.metrolex.prepackaged.domain.BalanceCsv;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.metrolex.prepackaged.domain.DecisionSummary;
import org.metrolex.prepackaged.domain.EntryProblem;
import org.metrolex.prepackaged.domain.LotStatistics;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.ReadingEntry;
import org.metrolex.prepackaged.domain.TareMode;
import org.metrolex.prepackaged.persistence.CMarks;
import org.metrolex.prepackaged.persistence.LotQuery;
import org.metrolex.prepackaged.persistence.Lots;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.StandIns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API, for its web layer and for other modules (supervision creates lot inspections for
 * its spot-check tasks with {@link NewLot#spotCheckTaskId()} or links one later with
 * {@link #linkToSpotCheck}). Reads are scoped by {@link DataScope}; every change is audited in the same
 * transaction. The sample, T, the plan and the lot decision come from metrology-core only
 * ({@code org.metrolex.metrology.prepackage}), with the rule editions in force on the inspection date.
 */
@Service
public class PrepackagedManagement {

    private final Lots lots;
    private final RegisteringLot registering;
    private final CMarks cmarks;
    private final PartyManagement parties;
    private final IdentityManagement identity;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final RuleBooks rules;
    private final org.metrolex.supervision.SupervisionManagement supervision;

    PrepackagedManagement(Lots lots, RegisteringLot registering, CMarks cmarks, PartyManagement parties, IdentityManagement identity, RegionCatalogue regions,
                          AuditTrail audit, Clock clock, RuleBooks rules, org.metrolex.supervision.SupervisionManagement supervision) {
        this.supervision = supervision;
        this.rules = rules;
        this.lots = lots;
        this.registering = registering;
        this.cmarks = cmarks;
        this.parties = parties;
        this.identity = identity;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- lot inspections: reads

    @Transactional(readOnly = true)
    public ResultPage<Lot> search(DataScope scope, LotQuery query, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return lots.search(scope, query == null ? LotQuery.all() : query, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public Lot require(DataScope scope, long id) {
        return lots.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检验批/lot inspection", id));
    }

    /** The lots of a supervision spot-check task that the caller may read. */
    @Transactional(readOnly = true)
    public List<Lot> lotsOfSpotCheck(DataScope scope, long spotCheckTaskId) {
        return lots.search(scope, new LotQuery(null, null, null, null, spotCheckTaskId, null), 1, ResultPage.MAX_SIZE).items();
    }

    /** The plan (n, λ, allowed counts) and T for a lot, as metrology-core gives them on its inspection date. */
    public record Plan(SamplingPlan plan, BigDecimal tolerableShortfall, String unit, List<RuleEdition> editions) {
        public boolean anyUnverified() {
            return editions.stream().anyMatch(e -> !e.verified());
        }
    }

    @Transactional(readOnly = true)
    public Plan plan(DataScope scope, long id) {
        Lot lot = require(scope, id);
        LotInspection inspection = rules(lot);
        SamplingPlan plan = inspection.plans().forLot(lot.lotSize());
        var t = inspection.shortfalls().of(nominal(lot));
        List<RuleEdition> editions = t.edition().equals(plan.edition()) ? List.of(t.edition()) : List.of(t.edition(), plan.edition());
        return new Plan(plan, t.value(), t.unit(), editions);
    }

    /** The full decision recomputed by metrology-core from the stored readings; null before readings are entered. */
    @Transactional(readOnly = true)
    public LotDecision decision(DataScope scope, long id) {
        return decide(require(scope, id));
    }

    private LotDecision decide(Lot lot) {
        if (!lot.decided() || lot.readings().isEmpty()) {
            return null;
        }
        return rules(lot).decide(nominal(lot), lot.lotSize(),
                lot.readings().stream().map(PackageReading::net).toList());
    }

    // ---------------------------------------------------------------- lot inspections: commands

    /**
     * Registers a lot inspection of a producer in the officer's scope and draws the package numbers to take
     * ({@link RegisteringLot}); supervision's spot-check tasks link their lots through {@link NewLot#spotCheckTaskId()}.
     */
    public Lot create(DataScope scope, NewLot cmd) {
        return registering.register(scope, cmd);
    }

    /**
     * Records typed readings of every drawn package and computes the lot decision (metrology-core,
     * editions in force on the inspection date). Every refused entry is named; nothing is written then.
     * Readings may be entered again (a correction); the audit trail keeps the earlier ones.
     */
    @Transactional
    public Lot recordReadings(DataScope scope, long id, ReadingsForm form) {
        Lot lot = require(scope, id);
        requireOfficer(scope, "只有监管部门工作人员可以录入检验数据", "only bureau officers may enter readings");
        TareMode mode = form == null ? null : TareMode.parse(form.tareMode());
        List<ReadingEntry.Raw> raws = new ArrayList<>();
        List<ReadingsForm.Entry> entries = form == null || form.readings() == null ? List.of() : form.readings();
        for (int i = 0; i < entries.size(); i++) {
            ReadingsForm.Entry e = entries.get(i);
            if (e == null || e.packageNumber() == null && e.gross() == null && e.tare() == null && e.net() == null) {
                continue;
            }
            raws.add(new ReadingEntry.Raw(0, "readings[" + i + "]", e.packageNumber(), e.gross(), e.tare(), e.net()));
        }
        List<FieldError> outOfRange = new ArrayList<>();
        if (form != null && form.averageTare() != null) {
            FieldLimits.decimal("averageTare", form.averageTare()).ifPresent(outOfRange::add);
        }
        for (int i = 0; i < entries.size(); i++) {
            ReadingsForm.Entry e = entries.get(i);
            if (e != null) {
                String at = "readings[" + i + "].";
                FieldLimits.decimal(at + "gross", e.gross()).ifPresent(outOfRange::add);
                FieldLimits.decimal(at + "tare", e.tare()).ifPresent(outOfRange::add);
                FieldLimits.decimal(at + "net", e.net()).ifPresent(outOfRange::add);
            }
        }
        if (!outOfRange.isEmpty()) {
            throw new RuleViolation(400, outOfRange);
        }
        ReadingEntry.Result result = ReadingEntry.build(sample(lot), mode, form == null ? null : form.averageTare(), raws);
        if (!result.ok()) {
            throw new RuleViolation(400, result.problems().stream().map(PrepackagedManagement::asError).toList());
        }
        return store(scope, lot, mode, form.averageTare(), result.readings(), "prepackaged.lot.readings");
    }

    /**
     * Imports the readings a balance exported as CSV ({@link BalanceCsv}) for the drawn packages. All or
     * nothing: with any refused row nothing is written and every refused row is reported. The same
     * readings imported again change nothing (UNCHANGED, no audit entry).
     */
    @Transactional
    public ReadingsImport importReadings(DataScope scope, long id, String tareMode, BigDecimal averageTare, byte[] csv) {
        Lot lot = require(scope, id);
        requireOfficer(scope, "只有监管部门工作人员可以导入检验数据", "only bureau officers may import readings");
        TareMode mode = TareMode.parse(tareMode);
        if (csv == null || csv.length == 0) {
            return new ReadingsImport(ReadingsImport.Outcome.REJECTED, 0, List.of(new EntryProblem(0, "file", "required",
                    "请选择天平导出的 CSV 文件", "choose the CSV file exported by the balance")), lot);
        }
        BalanceCsv.Parsed parsed = BalanceCsv.parse(csv, unit -> sameUnit(unit, lot.nominalUnit()));
        if (!parsed.problems().isEmpty()) {
            List<EntryProblem> all = new ArrayList<>(parsed.problems());
            // Still check the good rows, so one import reports every refused row at once.
            ReadingEntry.Result rest = ReadingEntry.build(sample(lot), mode, averageTare, parsed.rows());
            rest.problems().stream().filter(p -> !"complete".equals(p.rule())).forEach(all::add);
            return new ReadingsImport(ReadingsImport.Outcome.REJECTED, parsed.rows().size() + parsed.problems().size(), all, lot);
        }
        ReadingEntry.Result result = ReadingEntry.build(sample(lot), mode, averageTare, parsed.rows());
        if (!result.ok()) {
            return new ReadingsImport(ReadingsImport.Outcome.REJECTED, parsed.rows().size(), result.problems(), lot);
        }
        if (sameReadings(lot, mode, averageTare, result.readings())) {
            return new ReadingsImport(ReadingsImport.Outcome.UNCHANGED, parsed.rows().size(), List.of(), lot);
        }
        Lot after = store(scope, lot, mode, averageTare, result.readings(), "prepackaged.lot.import");
        return new ReadingsImport(ReadingsImport.Outcome.RECORDED, parsed.rows().size(), List.of(), after);
    }

    private Lot store(DataScope scope, Lot lot, TareMode mode, BigDecimal averageTare, List<PackageReading> readings, String action) {
        LotDecision d;
        RuleBookRevision book = rules.at(lot.ruleBookRevision());
        try {
            d = rules(book, lot.inspectionDate()).decide(nominal(lot), lot.lotSize(), readings.stream().map(PackageReading::net).toList());
        } catch (InvalidPrepackageInput e) {
            throw new RuleViolation("readings", "lot-decision", "无法判定：" + e.getMessage(), "cannot decide: " + e.getMessage());
        }
        boolean unverified = d.editions().stream().anyMatch(e -> !e.verified());
        lots.recordReadings(lot.id(), mode, averageTare, readings, new DecisionSummary(d.accepted(), d.t1Count(), d.t2Count(),
                d.tolerableShortfall().value(), d.mean(), d.standardDeviation(), d.meanLimit(), book.citations(d.editions()), unverified,
                StandIns.keys(d)));
        Lot after = lots.find(scope, lot.id()).orElseThrow();
        audit.record(action, "lot-inspection", lot.id(), lot, after);
        return after;
    }

    /** Whether the caller sees this supervision task: a lot must not point at a task that does not exist. */
    boolean spotCheckTaskExists(DataScope scope, long taskId) {
        return supervision.task(scope, taskId).isPresent();
    }

    /** Links a lot to a supervision spot-check task (or unlinks it with null). */
    @Transactional
    public Lot linkToSpotCheck(DataScope scope, long id, Long spotCheckTaskId) {
        Lot lot = require(scope, id);
        requireOfficer(scope, "只有监管部门工作人员可以关联抽查任务", "only bureau officers may link a spot-check task");
        if (Objects.equals(lot.spotCheckTaskId(), spotCheckTaskId)) {
            return lot;
        }
        if (spotCheckTaskId != null && !spotCheckTaskExists(scope, spotCheckTaskId)) {
            throw new RuleViolation("spotCheckTaskId", "exists", "抽查任务不存在或不在您的管辖范围内：" + spotCheckTaskId,
                    "no spot-check task " + spotCheckTaskId + " in your scope");
        }
        lots.linkSpotCheck(id, spotCheckTaskId);
        Lot after = lots.find(scope, id).orElseThrow();
        audit.record("prepackaged.lot.link-spot-check", "lot-inspection", id, lot, after);
        return after;
    }

    /** The inspection report as an A4 PDF in Chinese, from the stored lot and the decision recomputed from its readings. */
    @Transactional(readOnly = true)
    public byte[] report(DataScope scope, long id) {
        Lot lot = require(scope, id);
        LotDecision d = decide(lot);
        if (d == null) {
            throw new RuleViolation(409, List.of(new FieldError("status", "decided", "尚未录入检验数据，无法出具报告",
                    "no readings entered yet: there is no report")));
        }
        return LotReportPdf.render(LotReport.of(lot, regions.fullName(lot.regionCode()), d));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The rules a lot was sampled with: the sample size was drawn from the plan of the rule book in force at
     * registration, so readings are decided with that book too, whatever was loaded since.
     */
    private LotInspection rules(Lot lot) {
        return rules(rules.at(lot.ruleBookRevision()), lot.inspectionDate());
    }

    static LotInspection rules(RuleBookRevision book, LocalDate date) {
        try {
            return LotInspection.inForce(book.book(), date);
        } catch (NoRuleInForceException e) {
            throw new RuleViolation("inspectionDate", "rule-in-force", "检验日期无适用的规则版本：" + e.getMessage(),
                    "no rule edition is in force on the inspection date: " + e.getMessage());
        }
    }

    private static NominalQuantity nominal(Lot lot) {
        return NominalQuantity.of(lot.nominalValue().stripTrailingZeros(), lot.nominalUnit());
    }

    private static int[] sample(Lot lot) {
        return lot.sampleNumbers().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a unit written in a CSV is the unit Qn was marked in (g = 克, mL = ml = 毫升 …). */
    static boolean sameUnit(String unit, String nominalUnit) {
        try {
            return NominalQuantity.of(BigDecimal.ONE, unit).statedUnit().equals(NominalQuantity.of(BigDecimal.ONE, nominalUnit).statedUnit());
        } catch (InvalidPrepackageInput e) {
            return false;
        }
    }

    private static boolean sameReadings(Lot lot, TareMode mode, BigDecimal averageTare, List<PackageReading> readings) {
        if (!lot.decided() || lot.tareMode() != mode || lot.readings().size() != readings.size()) {
            return false;
        }
        if (mode == TareMode.AVERAGE_TARE && !same(lot.averageTare(), averageTare)) {
            return false;
        }
        for (int i = 0; i < readings.size(); i++) {
            PackageReading a = lot.readings().get(i);
            PackageReading b = readings.get(i);
            if (a.packageNumber() != b.packageNumber() || !same(a.gross(), b.gross()) || !same(a.tare(), b.tare())
                    || !same(a.net(), b.net())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static FieldError asError(EntryProblem p) {
        return new FieldError(p.field(), p.rule(), p.messageZh(), p.messageEn());
    }

    private static String trim(String s) {
        return PrepackagedRefusals.trim(s);
    }

    private static void requireOfficer(DataScope scope, String zh, String en) {
        PrepackagedRefusals.requireOfficer(scope, zh, en);
    }
}
