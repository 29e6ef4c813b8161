package org.metrolex.supervision;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBooks;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.CampaignType;
import org.metrolex.supervision.domain.Candidate;
import org.metrolex.supervision.domain.Conflict;
import org.metrolex.supervision.domain.DispenserJudgement;
import org.metrolex.supervision.domain.DrawDocument;
import org.metrolex.supervision.domain.DrawRefused;
import org.metrolex.supervision.domain.DrawResult;
import org.metrolex.supervision.domain.FindingDraft;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;
import org.metrolex.supervision.domain.FormProblem;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.supervision.domain.Inspector;
import org.metrolex.supervision.domain.PreviousPairing;
import org.metrolex.supervision.domain.RandomDraw;
import org.metrolex.supervision.domain.RectificationPeriod;
import org.metrolex.supervision.domain.SampleSizes;
import org.metrolex.supervision.domain.Seed;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.supervision.persistence.Findings;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.Defect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision API: plan a campaign, commit its population and seed, draw, record inspections,
 * follow findings up to rectification or a case, publish the results. Every read takes the caller's
 * {@link DataScope}; every change is audited in its transaction.
 */
@Service
public class SupervisionManagement {

    private final Campaigns campaigns;
    private final Findings findings;
    private final PartyManagement parties;
    private final VerificationManagement verifications;
    private final IdentityManagement identity;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();
    private final CertificateSampling certificates;
    private final CalendarManagement calendar;
    /** The rule book in force: dispensers are judged by JJG 443 as loaded now (the finding's text keeps the edition). */
    private final RuleBooks rules;

    SupervisionManagement(Campaigns campaigns, Findings findings, PartyManagement parties, VerificationManagement verifications,
                          IdentityManagement identity, RegionCatalogue regions, AuditTrail audit, ApplicationEventPublisher events,
                          Clock clock, JsonMapper json, CalendarManagement calendar, RuleBooks rules) {
        this.rules = rules;
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.findings = findings;
        this.parties = parties;
        this.verifications = verifications;
        this.identity = identity;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.certificates = new CertificateSampling(verifications, regions);
    }

    /**
     * What an officer enters to plan a campaign. Exactly one of sampleSize and sampleRatio. A certificate
     * spot check may name the institutions whose certificates form the population (none: all in scope).
     */
    public record CampaignDraft(String name, String type, String targetRegionCode, Integer sampleSize, BigDecimal sampleRatio,
                                String stratifyBy, Integer inspectorsPerTask, List<Long> inspectorPool, List<Long> targetInstitutions) {

        public CampaignDraft(String name, String type, String targetRegionCode, Integer sampleSize, BigDecimal sampleRatio,
                             String stratifyBy, Integer inspectorsPerTask, List<Long> inspectorPool) {
            this(name, type, targetRegionCode, sampleSize, sampleRatio, stratifyBy, inspectorsPerTask, inspectorPool, null);
        }
    }

    // ------------------------------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public ResultPage<Campaign> search(DataScope scope, String type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return campaigns.search(scope, type, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public Campaign require(DataScope scope, long id) {
        return campaigns.find(scope, id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
    }

    @Transactional(readOnly = true)
    public Optional<String> populationText(DataScope scope, long id) {
        return campaigns.findPopulationText(scope, id);
    }

    @Transactional(readOnly = true)
    public List<Task> tasks(DataScope scope, long campaignId) {
        return campaigns.findTasks(scope, campaignId);
    }

    /** The task when the caller sees it; for other modules that refer to a task by id (a lot inspection). */
    @Transactional(readOnly = true)
    public Optional<Task> task(DataScope scope, long taskId) {
        return campaigns.findTask(scope, taskId);
    }

    @Transactional(readOnly = true)
    public Task requireTask(DataScope scope, long taskId) {
        return campaigns.findTask(scope, taskId).orElseThrow(() -> RuleViolation.notFound("检查任务/task", taskId));
    }

    @Transactional(readOnly = true)
    public List<Task> myTasks(DataScope scope) {
        return campaigns.findMyTasks(scope);
    }

    @Transactional(readOnly = true)
    public Optional<Inspection> inspection(DataScope scope, long taskId) {
        return campaigns.findInspection(scope, taskId);
    }

    /** The inspections of the given tasks visible in the scope, by task id, in one read. */
    @Transactional(readOnly = true)
    public Map<Long, Inspection> inspections(DataScope scope, Collection<Long> taskIds) {
        return campaigns.findInspections(scope, taskIds).stream().collect(Collectors.toMap(Inspection::taskId, i -> i));
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(DataScope scope, long campaignId) {
        return findings.findByCampaign(scope, campaignId);
    }

    @Transactional(readOnly = true)
    public Finding requireFinding(DataScope scope, long id) {
        return findings.find(scope, id).orElseThrow(() -> RuleViolation.notFound("问题/finding", id));
    }

    @Transactional(readOnly = true)
    public List<CampaignStatistics> statistics(DataScope scope, Long campaignId) {
        return campaigns.findStatistics(scope, campaignId);
    }

    /** The same figures summed per campaign over its regions: the seed's way of reporting a campaign. */
    @Transactional(readOnly = true)
    public List<CampaignStatistics> statisticsTotals(DataScope scope) {
        return CampaignStatistics.totals(campaigns.findStatistics(scope, null));
    }

        /** The province's inspector directory: who may be put in a pool. */
    @Transactional(readOnly = true)
    public List<Person> inspectorDirectory() {
        return parties.inspectorDirectory();
    }

    /** Institutions a certificate spot check of this bureau may be limited to. */
    @Transactional(readOnly = true)
    public List<Institution> institutionChoices(DataScope scope) {
        return parties.institutionsInScope(scope);
    }

        /** The inspector person a login acts for, if linked. */
    @Transactional(readOnly = true)
    public Optional<Long> inspectorPersonOf(DataScope scope) {
        return scope.isOfficer() ? campaigns.inspectorPersonOf(scope.username()) : Optional.empty();
    }

    // ------------------------------------------------------------------------------------------ public reads

    @Transactional(readOnly = true)
    public ResultPage<Campaign> publicCampaigns(Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return campaigns.publicCampaigns(ps[0], ps[1]);
    }

    /**
     * What the public sees of a campaign. {@code drawPublished} is false between the draw and the end of the
     * inspections: then only {@code tasksDrawn} (and the campaign's draw time) are known, {@code tasks} is empty
     * and the campaign carries no seed, so that no target learns of its inspection beforehand.
     */
    public record PublicResult(Campaign campaign, boolean drawPublished, int tasksDrawn, List<Task> tasks,
                               Map<Long, Inspection> inspections, List<Finding> findings) {
    }

    /**
     * A committed campaign as the public sees it: the size and time of the draw once made; its targets,
     * inspectors and seed once the inspections are done (docs/random-draw.md §1); inspections and findings
     * once the results are published.
     */
    @Transactional(readOnly = true)
    public PublicResult publicResult(long id) {
        Campaign c = campaigns.publicCampaign(id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
        Map<Long, Inspection> byTask = new LinkedHashMap<>();
        campaigns.publicInspections(id).forEach(i -> byTask.put(i.taskId(), i));
        boolean published = campaigns.publicDrawPublished(id);
        return new PublicResult(c, published, campaigns.publicTaskCount(id), published ? campaigns.publicTasks(id) : List.of(),
                byTask, findings.publicFindings(id));
    }

    @Transactional(readOnly = true)
    public String publicPopulationText(long id) {
        return campaigns.publicPopulationText(id).orElseThrow(() -> RuleViolation.notFound("抽查计划/campaign", id));
    }

    // ------------------------------------------------------------------------------------------ plan and draw

    @Transactional
    public Campaign create(DataScope scope, CampaignDraft d) {
        requireOfficer(scope);
        List<FieldError> errors = new ArrayList<>();
        CampaignType type = CampaignType.parse(d.type());
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "required", "请填写计划名称", "the campaign name is required"));
        }
        if (type == null) {
            errors.add(new FieldError("type", "known", "请选择抽查类型", "choose a campaign type"));
        }
        if (d.targetRegionCode() == null || !regions.exists(d.targetRegionCode())) {
            errors.add(new FieldError("targetRegionCode", "known", "请选择抽查区域", "choose the region to draw from"));
        } else if (!scope.coversRegion(d.targetRegionCode())) {
            errors.add(new FieldError("targetRegionCode", "scope", "该区划不在您的管辖范围内", "this region lies outside your jurisdiction"));
        }
        if ((d.sampleSize() == null) == (d.sampleRatio() == null)) {
            errors.add(new FieldError("sampleSize", "oneOf", "抽取数量与抽取比例须填写且只填写一项",
                    "give either a sample size or a sample ratio, not both"));
        } else if (d.sampleSize() != null && d.sampleSize() < 1) {
            errors.add(new FieldError("sampleSize", "min", "抽取数量至少为1", "the sample size is at least 1"));
        } else if (d.sampleRatio() != null && (d.sampleRatio().signum() <= 0 || d.sampleRatio().compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new FieldError("sampleRatio", "range", "抽取比例须大于0且不超过1", "the sample ratio is above 0 and at most 1"));
        }
        String stratify = d.stratifyBy() == null || d.stratifyBy().isBlank() ? "NONE" : d.stratifyBy().strip().toUpperCase();
        if (!Set.of("NONE", "REGION").contains(stratify)) {
            errors.add(new FieldError("stratifyBy", "known", "分层方式只能是不分层或按县区", "stratify by NONE or REGION"));
        }
        int perTask = d.inspectorsPerTask() == null ? 2 : d.inspectorsPerTask();
        if (perTask < 1 || perTask > 5) {
            errors.add(new FieldError("inspectorsPerTask", "range", "每个任务的检查人员为1至5名", "1 to 5 inspectors per task"));
        }
        List<Long> pool = d.inspectorPool() == null ? List.of() : d.inspectorPool().stream().distinct().sorted().toList();
        Set<Long> directory = new HashSet<>(parties.inspectorDirectory().stream().map(Person::id).toList());
        if (pool.size() < perTask) {
            errors.add(new FieldError("inspectorPool", "min", "检查人员库至少需要 " + perTask + " 名检查人员",
                    "the inspector pool needs at least " + perTask + " inspectors"));
        } else if (!directory.containsAll(pool)) {
            errors.add(new FieldError("inspectorPool", "inspector", "检查人员库中有人不在执法检查人员名录中",
                    "everyone in the pool must be an active inspector of the directory"));
        }
        List<Long> institutions = d.targetInstitutions() == null ? List.of() : d.targetInstitutions().stream().distinct().sorted().toList();
        if (!institutions.isEmpty()) {
            Set<Long> readable = new HashSet<>(parties.institutionsInScope(scope).stream().map(Institution::id).toList());
            if (type != CampaignType.CERTIFICATES) {
                errors.add(new FieldError("targetInstitutions", "certificatesOnly", "只有证书质量抽查可以指定被抽查机构",
                        "only a certificate spot check can be limited to chosen institutions"));
            } else if (!readable.containsAll(institutions)) {
                errors.add(new FieldError("targetInstitutions", "scope", "指定的机构不存在或不在您的管辖范围内",
                        "a chosen institution does not exist or lies outside your jurisdiction"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        int year = LocalDate.now(clock).getYear();
        String reference = "SC-" + year + "-" + String.format("%04d", campaigns.nextSequence(year));
        long id = campaigns.insert(new Campaigns.NewCampaign(reference, d.name().strip(), type.name(), d.targetRegionCode(),
                d.targetRegionCode(), type.enterpriseCategory(), d.sampleSize(), d.sampleRatio(), stratify, perTask, pool,
                scope.username(), institutions));
        Campaign created = require(scope, id);
        audit.record("supervision.campaign.create", "supervision_campaign", id, null, created);
        return created;
    }

    /**
     * Freezes and publishes the population document and commits to a fresh seed (docs/random-draw.md §1).
     * Refused when some target of the population could not get enough eligible inspectors, since the draw
     * would then fail whatever the seed.
     */
    @Transactional
    public Campaign commit(DataScope scope, long id) {
        Campaign c = requireManaged(scope, id);
        requireStatus(c, CampaignStatus.DRAFT);
        DrawDocument doc = buildDocument(scope, c);
        for (Candidate t : doc.population()) {
            Set<String> before = new HashSet<>();
            doc.previous().stream().filter(p -> p.targetId().equals(t.id())).forEach(p -> before.add(p.inspectorId()));
            long eligible = doc.inspectors().stream().filter(i -> Conflict.of(i, t, before) == null).count();
            if (eligible < c.inspectorsPerTask()) {
                throw new RuleViolation("inspectorPool", "tooFewEligible", "对象“" + t.name() + "”可选检查人员只有 " + eligible
                        + " 名（回避本单位、本县区和上次检查人员），需要 " + c.inspectorsPerTask() + " 名，请扩大检查人员库",
                        "target '" + t.name() + "' has " + eligible + " eligible inspectors (own unit, own county and last time's "
                                + "inspectors excluded), " + c.inspectorsPerTask() + " are needed: widen the pool");
            }
        }
        Seed seed = Seed.generate(random);
        if (!campaigns.commit(id, c.version(), doc.canonical(), doc.sha256(), seed.commitment(), seed.hex())) {
            throw staleVersion();
        }
        Campaign after = require(scope, id);
        audit.record("supervision.campaign.commit", "supervision_campaign", id, c, after);
        return after;
    }

    @Transactional
    public Campaign draw(DataScope scope, long id) {
        Campaign c = requireManaged(scope, id);
        requireStatus(c, CampaignStatus.COMMITTED);
        DrawDocument doc = DrawDocument.parse(campaigns.findPopulationText(scope, id).orElseThrow());
        DrawResult result;
        try {
            result = RandomDraw.draw(doc, new Seed(campaigns.seedForDraw(id)));
        } catch (DrawRefused refused) {
            throw new RuleViolation(refused.field(), refused.rule(), refused.getMessage(), refused.getMessage());
        }
        if (!result.documentSha256().equals(c.populationSha256()) || !result.seedCommitment().equals(c.seedCommitment())) {
            throw new IllegalStateException("stored document or seed no longer match their published hashes: campaign " + id);
        }
        campaigns.insertTasks(id, result.assignments());
        if (!campaigns.markDrawn(id, c.version())) {
            throw staleVersion();
        }
        Campaign after = require(scope, id);
        audit.record("supervision.campaign.draw", "supervision_campaign", id, c,
                Map.of("campaign", after, "tasks", result.canonical()));
        return after;
    }

    /** Publishes inspections and findings on the public site (双随机一公开: results are made public). */
    @Transactional
    public Campaign publish(DataScope scope, long id) {
        Campaign c = requireManaged(scope, id);
        requireStatus(c, CampaignStatus.DRAWN);
        if (!campaigns.markPublished(id, c.version())) {
            throw staleVersion();
        }
        Campaign after = require(scope, id);
        audit.record("supervision.campaign.publish", "supervision_campaign", id, c, after);
        return after;
    }

    /** Links an officer's login to the inspector person he or she is (there is no inspector role yet). */
    @Transactional
    public void linkInspector(DataScope scope, long personId, String username) {
        requireOfficer(scope);
        Person p = parties.inspectorDirectory().stream().filter(x -> x.id() == personId).findFirst()
                .orElseThrow(() -> new RuleViolation("personId", "inspector", "该人员不是在册检查人员", "this person is not an active inspector"));
        if (!scope.coversRegion(p.regionCode())) {
            throw new RuleViolation(403, List.of(new FieldError("personId", "scope", "该检查人员不在您的管辖范围内",
                    "this inspector works outside your jurisdiction")));
        }
        var principal = identity.principal(username == null ? "" : username.strip())
                .orElseThrow(() -> new RuleViolation("username", "known", "没有该登录账号", "no such login"));
        if (!principal.role().isOfficer() || principal.regionCode() == null || !regions.isWithin(p.regionCode(), principal.regionCode())
                && !regions.isWithin(principal.regionCode(), p.regionCode())) {
            throw new RuleViolation("username", "officerOfRegion", "只能关联检查人员所在地区监管部门的账号",
                    "only an officer account of the inspector's own region can act for the inspector");
        }
        campaigns.linkInspector(personId, principal.username());
        audit.record("supervision.inspector.link", "person", personId, null, Map.of("username", principal.username()));
    }

    private DrawDocument buildDocument(DataScope scope, Campaign c) {
        List<Candidate> population = new ArrayList<>();
        boolean byRegion = "REGION".equals(c.stratifyBy());
        if (c.type().targetsInstitutions()) {
            for (Institution i : parties.institutionsInScope(scope)) {
                if (i.active() && regions.isWithin(i.regionCode(), c.targetRegionCode())) {
                    population.add(new Candidate("I" + i.id(), i.regionCode(), "I" + i.id(), byRegion ? i.regionCode() : "ALL", i.name()));
                }
            }
        } else if (c.type().targetsCertificates()) {
            certificates.population(scope, c.targetRegionCode(), Set.copyOf(c.targetInstitutions()), byRegion).forEach(population::add);
        } else {
            String category = c.type() == CampaignType.LEGAL_UNITS ? "OTHER" : c.type().enterpriseCategory();
            parties.forEachActiveEnterprise(scope, category, (Enterprise e) -> {
                if (regions.isWithin(e.regionCode(), c.targetRegionCode())) {
                    population.add(new Candidate("E" + e.id(), e.regionCode(), "", byRegion ? e.regionCode() : "ALL", e.name()));
                }
            });
        }
        if (population.isEmpty()) {
            throw new RuleViolation("targetRegionCode", "emptyPopulation", "该区域没有符合条件的检查对象",
                    "there are no targets of this kind in the region");
        }
        Map<String, Integer> strata = new TreeMap<>();
        population.forEach(t -> strata.merge(t.stratum(), 1, Integer::sum));
        int total = SampleSizes.total(population.size(), c.sampleSize(), c.sampleRatio());
        Map<String, Integer> sizes = SampleSizes.allocate(strata, total);
        Map<Long, Person> directory = new LinkedHashMap<>();
        parties.inspectorDirectory().forEach(p -> directory.put(p.id(), p));
        List<Inspector> pool = new ArrayList<>();
        for (Long pid : c.inspectorPool()) {
            Person p = directory.get(pid);
            if (p == null) {
                throw new RuleViolation("inspectorPool", "inspector", "检查人员库中有人已不在执法检查人员名录中",
                        "someone in the pool is no longer an active inspector");
            }
            pool.add(new Inspector("P" + p.id(), p.regionCode(), p.institutionId() == null ? "" : "I" + p.institutionId(), p.name()));
        }
        List<PreviousPairing> previous = new ArrayList<>();
        campaigns.previousPairings(population.stream().map(Candidate::id).toList(), c.id())
                .forEach((target, people) -> people.forEach(p -> previous.add(new PreviousPairing(target, "P" + p))));
        try {
            return new DrawDocument(c.reference(), c.inspectorsPerTask(), sizes, population, pool, previous);
        } catch (DrawRefused refused) {
            throw new RuleViolation(refused.field(), refused.rule(), refused.getMessage(), refused.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------ inspections

    /**
     * Records the inspection of a task by one of its drawn inspectors (or an officer of the organising
     * region). Findings follow from the form, from the dispensers judged by metrology-core, and for
     * eyeglass shops from the overdue list of the verification module; each is published as {@link FindingRecorded}.
     */
    @Transactional
    public Inspection recordInspection(DataScope scope, long taskId, InspectionForm form) {
        Task task = requireTask(scope, taskId);
        Campaign c = require(scope, task.campaignId());
        Optional<Long> me = inspectorPersonOf(scope);
        boolean drawnInspector = me.isPresent() && task.inspectors().stream().anyMatch(i -> i.personId() == me.get());
        if (!drawnInspector && !scope.coversRegion(c.regionCode())) {
            throw new RuleViolation(403, List.of(new FieldError("taskId", "inspector", "只有抽中的检查人员或组织抽查的部门可以录入检查结果",
                    "only a drawn inspector or the organising bureau may record this inspection")));
        }
        requireStatus(c, CampaignStatus.DRAWN);
        if (!"OPEN".equals(task.status())) {
            throw new RuleViolation("taskId", "open", "该任务已录入检查结果", "this task already has its inspection");
        }
        List<FormProblem> problems = form.problems(c.type(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new RuleViolation(400, problems.stream().map(p -> new FieldError(p.field(), p.rule(), p.zh(), p.en())).toList());
        }
        List<FindingDraft> drafts = new ArrayList<>(form.findings(c.type()));
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("form", form);
        int failed = Math.addExact(form.instrumentsUnverified(), form.fraudFound());
        if (c.type() == CampaignType.GAS_STATIONS) {
            List<DispenserJudgement.Judged> judged;
            try {
                judged = new DispenserJudgement(rules.current().book()).judge(form.dispensers(), form.inspectedOn());
            } catch (RuntimeException refused) {
                // metrology-core refuses values it has not obtained, and bad input, naming field and rule.
                throw new RuleViolation("dispensers", "rules", "加油机误差无法判定：" + refused.getMessage(),
                        "the dispensers cannot be judged: " + refused.getMessage());
            }
            List<FindingDraft> out = DispenserJudgement.findings(judged);
            drafts.addAll(out);
            failed += out.size();
            stored.put("dispensers", judged.stream().map(j -> Map.of("dispenser", j.check().dispenser(),
                    "conforming", j.decision().conforming(), "anyUnverifiedRule", j.decision().anyUnverified(),
                    "points", j.decision().points())).toList());
        }
        if (c.type() == CampaignType.EYEGLASS_SHOPS && task.enterpriseId() != null) {
            List<OverdueInstrument> overdue = overdueOf(task);
            stored.put("overdueInstruments", overdue);
            if (!overdue.isEmpty()) {
                drafts.add(new FindingDraft(FindingKind.OVERDUE_INSTRUMENT, overdue.size() + " 台强检计量器具超期未检（检定记录：证书 "
                        + String.join("、", overdue.stream().map(OverdueInstrument::certificateNumber).toList()) + "）"));
                failed += overdue.size();
            }
        }
        String summary = drafts.isEmpty() ? "未发现问题" : String.join("；", drafts.stream().map(FindingDraft::description).toList());
        long inspectionId = campaigns.insertInspection(taskId, c.id(), form.inspectedOn(), form.instrumentsCounted(c.type()), failed,
                drafts.isEmpty(), json.writeValueAsString(stored), summary, scope.username());
        for (FindingDraft f : drafts) {
            long fid = findings.insert(inspectionId, c.id(), task.targetKey(), task.targetName(), task.targetRegionCode(),
                    f.kind().name(), f.description());
            events.publishEvent(new FindingRecorded(fid, c.id(), task.targetKey(), task.targetRegionCode(), f.kind(), f.description()));
        }
        Inspection created = campaigns.findInspection(scope, taskId).orElseThrow();
        audit.record("supervision.inspection.record", "supervision_inspection", inspectionId, null, created);
        return created;
    }

    /**
     * Overdue instruments of the target enterprise, from the verification module. A drawn inspector of
     * another county reads them with a scope limited to the target's own county: he or she inspects on
     * behalf of the organising bureau, for this target only.
     */
    private List<OverdueInstrument> overdueOf(Task task) {
        DataScope targetCounty = DataScope.system("supervision-task-" + task.id(),
                regions.selfAndDescendants(task.targetRegionCode()));
        return verifications.overdueOfEnterprise(targetCounty, task.enterpriseId());
    }

    /**
     * Runs the verification module's certificate rules over every drawn certificate of a certificate spot
     * check (its legitimacy check on the certificate's own verification date, plus the number format of
     * {@code CertificateAudit}); each blocking defect becomes a finding, each certificate an inspection.
     */
    @Transactional
    public CertificateReport auditCertificates(DataScope scope, long campaignId) {
        Campaign c = requireManaged(scope, campaignId);
        if (!c.type().targetsCertificates()) {
            throw new RuleViolation("campaignType", "certificates", "只有证书质量抽查才能运行证书审核",
                    "only a certificate spot check runs the certificate audit");
        }
        requireStatus(c, CampaignStatus.DRAWN);
        LocalDate today = LocalDate.now(clock);
        List<Task> open = campaigns.findTasks(scope, campaignId).stream().filter(t -> "OPEN".equals(t.status())).toList();
        // one audit over all drawn certificates (the verification module's CertificateAudit: legitimacy rules on each
        // certificate's own verification date, plus the number format); only blocking defects become findings
        AuditReport report = verifications.auditCertificates(scope,
                open.stream().map(t -> Long.parseLong(t.targetKey().substring(1))).toList());
        Map<String, List<Defect>> defectsByNumber = new HashMap<>();
        report.defectiveCertificates().forEach(d -> defectsByNumber.put(d.number(),
                d.defects().stream().filter(Defect::blocking).toList()));
        for (Task task : open) {
            Certificate cert = verifications.requireCertificate(scope, Long.parseLong(task.targetKey().substring(1)));
            List<Defect> defects = defectsByNumber.getOrDefault(cert.number(), List.of());
            String summary = defects.isEmpty() ? "未发现问题"
                    : String.join("；", defects.stream().map(d -> d.code().name() + "：" + d.messageZh()).toList());
            long inspectionId = campaigns.insertInspection(task.id(), campaignId, today, 1, defects.isEmpty() ? 0 : 1, defects.isEmpty(),
                    json.writeValueAsString(Map.of("certificate", cert.number(), "institutionId", cert.institutionId(),
                            "defects", defects)), summary, scope.username());
            for (Defect d : defects) {
                String description = d.code().name() + "：" + d.messageZh();
                long fid = findings.insert(inspectionId, campaignId, task.targetKey(), task.targetName(), task.targetRegionCode(),
                        FindingKind.CERTIFICATE_DEFECT.name(), description);
                events.publishEvent(new FindingRecorded(fid, campaignId, task.targetKey(), task.targetRegionCode(),
                        FindingKind.CERTIFICATE_DEFECT, description));
            }
            audit.record("supervision.certificate.audit", "supervision_inspection", inspectionId, null,
                    Map.of("certificate", cert.number(), "defects", defects.stream().map(d -> d.code().name()).toList()));
        }
        return certificateReport(scope, campaignId);
    }

    /** The certificate spot check's report by defect code and institution (from the stored inspections). */
    @Transactional(readOnly = true)
    public CertificateReport certificateReport(DataScope scope, long campaignId) {
        require(scope, campaignId);
        Map<String, Long> byCode = new TreeMap<>();
        Map<String, CertificateReport.InstitutionLine> byInstitution = new TreeMap<>();
        Map<String, List<Finding>> findingsByTarget = new LinkedHashMap<>();
        findings.findByCampaign(scope, campaignId).forEach(f -> findingsByTarget.computeIfAbsent(f.targetKey(), k -> new ArrayList<>()).add(f));
        Map<Long, String> names = new LinkedHashMap<>();
        parties.institutionsInScope(scope).forEach(i -> names.put(i.id(), i.name()));
        // certificates drawn in the region may come from institutions registered elsewhere (e.g. the provincial
        // institute): their names are public (the public registry of institutions)
        boolean publicNamesRead = false;
        long examined = 0;
        long defective = 0;
        for (Task task : campaigns.findTasks(scope, campaignId)) {
            if (campaigns.findInspection(scope, task.id()).isEmpty()) {
                continue;
            }
            Certificate cert = verifications.requireCertificate(scope, Long.parseLong(task.targetKey().substring(1)));
            List<Finding> fs = findingsByTarget.getOrDefault(task.targetKey(), List.of());
            examined++;
            defective += fs.isEmpty() ? 0 : 1;
            fs.forEach(f -> byCode.merge(f.description().split("：", 2)[0], 1L, Long::sum));
            String key = "I" + cert.institutionId();
            var before = byInstitution.get(key);
            if (!names.containsKey(cert.institutionId()) && !publicNamesRead) {
                publicNamesRead = true;
                for (int page = 1; ; page++) {
                    ResultPage<org.metrolex.party.domain.Institution> p = parties.publicInstitutions(null, page, ResultPage.MAX_SIZE);
                    p.items().forEach(i -> names.putIfAbsent(i.id(), i.name()));
                    if (!p.hasNext()) {
                        break;
                    }
                }
            }
            String name = names.getOrDefault(cert.institutionId(), key);
            byInstitution.put(key, new CertificateReport.InstitutionLine(cert.institutionId(), name,
                    (before == null ? 0 : before.examined()) + 1, (before == null ? 0 : before.defective()) + (fs.isEmpty() ? 0 : 1)));
        }
        return new CertificateReport(examined, defective, byCode, byInstitution);
    }

    // ------------------------------------------------------------------------------------------ follow-up

    /**
     * What an officer orders: a period in working days (the primary form) or, as before, a deadline typed as
     * a date. Exactly one of the two.
     */
    public record RectificationOrder(Integer workingDays, LocalDate deadline) {

        public static RectificationOrder workingDays(int days) {
            return new RectificationOrder(days, null);
        }
    }

    /** An open rectification past its deadline, with how late it is in working days on {@code today}. */
    public record OverdueRectification(Finding finding, String campaignReference, String campaignName, LocalDate today,
                                       int workingDaysOverdue, boolean provisional) {
    }

    /** Orders a rectification with a deadline typed as a date (kept for callers that give one). */
    @Transactional
    public Finding orderRectification(DataScope scope, long findingId, LocalDate deadline) {
        return orderRectification(scope, findingId, new RectificationOrder(null, deadline));
    }

    /**
     * Orders the rectification (责令整改) of an open finding. A period in working days runs from the order date
     * (today by the injected clock; the order date itself never counts, ADR 0006) to the n-th working day after
     * it under the State Council holiday notices; when it reaches a year without a published notice the deadline
     * is stored and shown as provisional (暂定). Bounds 1..60 working days: our configured default [M]
     * ({@link RectificationPeriod}), not a regulated value.
     */
    @Transactional
    public Finding orderRectification(DataScope scope, long findingId, RectificationOrder order) {
        return orderRectification(scope, findingId, order, LocalDate.now(clock));
    }

    /** As {@link #orderRectification(DataScope, long, RectificationOrder)} with the order date given (tests, imports). */
    @Transactional
    Finding orderRectification(DataScope scope, long findingId, RectificationOrder order, LocalDate orderedOn) {
        Finding f = requireManagedFinding(scope, findingId);
        if (!f.status().mayOrderRectification()) {
            throw illegalTransition(f, "责令整改", "order rectification");
        }
        Integer days = order == null ? null : order.workingDays();
        LocalDate typed = order == null ? null : order.deadline();
        if (days != null && typed != null) {
            throw new RuleViolation("workingDays", "oneOf", "整改期限请填写工作日数或日期，只填一项",
                    "give the rectification period either in working days or as a date, not both");
        }
        if (days == null && typed == null) {
            throw new RuleViolation("workingDays", "required", "请填写整改期限（" + RectificationPeriod.MIN_WORKING_DAYS + "至"
                    + RectificationPeriod.MAX_WORKING_DAYS + "个工作日）", "give the rectification period ("
                    + RectificationPeriod.MIN_WORKING_DAYS + " to " + RectificationPeriod.MAX_WORKING_DAYS + " working days)");
        }
        LocalDate deadline;
        boolean provisional;
        if (days != null) {
            if (!RectificationPeriod.allowed(days)) {
                throw new RuleViolation("workingDays", "range", "整改期限须为" + RectificationPeriod.MIN_WORKING_DAYS + "至"
                        + RectificationPeriod.MAX_WORKING_DAYS + "个工作日（本系统配置的默认上限）", "the rectification period is "
                        + RectificationPeriod.MIN_WORKING_DAYS + " to " + RectificationPeriod.MAX_WORKING_DAYS
                        + " working days (our configured default limit)");
            }
            Deadline computed = rectificationDeadline(orderedOn, days);
            deadline = computed.date();
            provisional = computed.provisional();
        } else {
            if (!typed.isAfter(orderedOn)) {
                throw new RuleViolation("deadline", "future", "整改期限须晚于今天", "the rectification deadline must be after today");
            }
            WorkingDayCount period = calendar.workingDaysBetween(orderedOn, typed);
            if (!RectificationPeriod.allowed(period.days())) {
                throw new RuleViolation("deadline", "range", "整改期限须在" + RectificationPeriod.MIN_WORKING_DAYS + "至"
                        + RectificationPeriod.MAX_WORKING_DAYS + "个工作日之内，所填日期为第 " + period.days() + " 个工作日",
                        "the rectification deadline lies " + RectificationPeriod.MIN_WORKING_DAYS + " to "
                                + RectificationPeriod.MAX_WORKING_DAYS + " working days ahead; this date is working day " + period.days());
            }
            deadline = typed;
            provisional = period.provisional();
        }
        return change(scope, f, "supervision.finding.rectification",
                findings.orderRectification(findingId, f.version(), orderedOn, days, deadline, provisional));
    }

    /**
     * The deadline of a rectification period of {@code workingDays} ordered on {@code orderedOn}: the n-th working
     * day after the order date (the order date never counts, 《民法典》第二百零一条 as in ADR 0006), under the State
     * Council holiday notices shipped with the calendar module; provisional when it reaches past the last notice.
     */
    public Deadline rectificationDeadline(LocalDate orderedOn, int workingDays) {
        return calendar.addWorkingDays(orderedOn, workingDays);
    }

    /**
     * Records the follow-up that found the rectification done. Still allowed after the deadline: the finding then
     * keeps {@code rectifiedLate = true}, shown on the page and in the audit trail.
     */
    @Transactional
    public Finding recordRectified(DataScope scope, long findingId, String followUp) {
        Finding f = requireManagedFinding(scope, findingId);
        if (!f.status().mayRecordRectified()) {
            throw illegalTransition(f, "确认整改完成", "record the rectification");
        }
        if (followUp == null || followUp.isBlank()) {
            throw new RuleViolation("followUp", "required", "请填写复查情况", "describe the follow-up check");
        }
        LocalDate today = LocalDate.now(clock);
        boolean late = f.rectificationOverdueOn(today);
        Finding after = change(scope, f, "supervision.finding.rectified",
                findings.recordRectified(findingId, f.version(), today, followUp.strip(), late));
        events.publishEvent(new RectificationCompleted(findingId, f.campaignId(), f.targetKey(), f.targetRegionCode(), today, late));
        return after;
    }

    /**
     * The daily job: records the first overdue day of every open rectification past its deadline (by the injected
     * clock) and audits each once; re-running flags nothing new. Lists decide overdue on read, so a finding is shown
     * overdue from the day after its deadline even before the job ran.
     */
    @Transactional
    public int flagOverdueRectifications() {
        LocalDate today = LocalDate.now(clock);
        List<RectificationOverdue> flagged = findings.flagOverdueRectifications(today);
        for (RectificationOverdue o : flagged) {
            audit.record("supervision.finding.rectification-overdue", "supervision_finding", o.findingId(), null,
                    Map.of("checkedOn", today.toString()));
            events.publishEvent(o);
        }
        return flagged.size();
    }

    /** Open rectifications past their deadline in the caller's regions (officers only), oldest deadline first. */
    @Transactional(readOnly = true)
    public ResultPage<OverdueRectification> overdueRectifications(DataScope scope, Integer page, Integer size) {
        requireOfficer(scope);
        int[] ps = ResultPage.clamp(page, size);
        LocalDate today = LocalDate.now(clock);
        long total = findings.countOverdueRectifications(scope, today);
        List<OverdueRectification> items = findings.findOverdueRectifications(scope, today, ps[0], ps[1]).stream().map(r -> {
            // working days in (deadline, today]: 1 on the first working day after the deadline
            WorkingDayCount late = calendar.workingDaysBetween(r.finding().rectificationDeadline(), today);
            return new OverdueRectification(r.finding(), r.campaignReference(), r.campaignName(), today, late.days(),
                    late.provisional() || r.finding().rectificationDeadlineProvisional());
        }).toList();
        return new ResultPage<>(items, total, ps[0], ps[1]);
    }

    /** Today by the injected clock, for pages that mark what is overdue. */
    public LocalDate todayForPages() {
        return LocalDate.now(clock);
    }

    /** Opens a case (立案) on a finding; the case number is per region and year. */
    @Transactional
    public Finding openCase(DataScope scope, long findingId) {
        Finding f = requireManagedFinding(scope, findingId);
        if (!f.status().mayOpenCase()) {
            throw illegalTransition(f, "立案", "open a case");
        }
        LocalDate today = LocalDate.now(clock);
        String number = "JL-" + f.targetRegionCode() + "-" + today.getYear() + "-"
                + String.format("%04d", findings.nextCaseSequence(f.targetRegionCode(), today.getYear()));
        Finding after = change(scope, f, "supervision.finding.case", findings.openCase(findingId, f.version(), number, today));
        events.publishEvent(new CaseOpened(findingId, number, f.targetKey()));
        return after;
    }

    /** Records the penalty decision (处罚决定), published with the results (SAMR Order No. 45). */
    @Transactional
    public Finding decide(DataScope scope, long findingId, String decision) {
        Finding f = requireManagedFinding(scope, findingId);
        if (!f.status().mayDecide()) {
            throw illegalTransition(f, "作出处罚决定", "decide the case");
        }
        if (decision == null || decision.isBlank()) {
            throw new RuleViolation("decision", "required", "请填写处罚决定", "the penalty decision is required");
        }
        LocalDate today = LocalDate.now(clock);
        Finding after = change(scope, f, "supervision.finding.decision", findings.decide(findingId, f.version(), decision.strip(), today));
        events.publishEvent(new PenaltyDecided(findingId, f.campaignId(), f.caseNumber(), f.targetKey(), f.targetRegionCode(), today));
        return after;
    }

    private Finding change(DataScope scope, Finding before, String action, boolean updated) {
        if (!updated) {
            throw staleVersion();
        }
        Finding after = requireFinding(scope, before.id());
        audit.record(action, "supervision_finding", before.id(), before, after);
        return after;
    }

    // ------------------------------------------------------------------------------------------ rules

    private Campaign requireManaged(DataScope scope, long id) {
        Campaign c = require(scope, id);
        if (!scope.coversRegion(c.regionCode())) {
            throw new RuleViolation(403, List.of(new FieldError("campaignId", "scope", "只有组织抽查的部门可以执行此操作",
                    "only the organising bureau may do this")));
        }
        return c;
    }

    private Finding requireManagedFinding(DataScope scope, long id) {
        Finding f = requireFinding(scope, id);
        requireManaged(scope, f.campaignId());
        return f;
    }

    private static void requireOfficer(DataScope scope) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门工作人员可以执行此操作",
                    "only bureau officers may do this")));
        }
    }

    private static void requireStatus(Campaign c, CampaignStatus expected) {
        if (c.status() != expected) {
            throw new RuleViolation("status", "state", "计划当前状态为 " + c.status() + "，此操作需要状态 " + expected,
                    "the campaign is " + c.status() + "; this needs " + expected);
        }
    }

    private static RuleViolation illegalTransition(Finding f, String zh, String en) {
        return new RuleViolation("status", "state", "问题当前状态为 " + f.status() + "，不能" + zh,
                "the finding is " + f.status() + ": cannot " + en);
    }

    private static RuleViolation staleVersion() {
        return new RuleViolation(409, List.of(new FieldError("version", "stale", "记录已被他人修改，请刷新后重试",
                "the record was changed by someone else; reload and try again")));
    }

    /** Used by pages to show which transitions a finding allows. */
    public static boolean open(FindingStatus s) {
        return s == FindingStatus.OPEN;
    }
}
