package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.PublicLicence;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepClock;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.Timeline;
import org.metrolex.licensing.document.LicencePdf;
import org.metrolex.licensing.persistence.LicenceApplications;
import org.metrolex.licensing.persistence.LicenceDocuments;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.licensing.persistence.Licences;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.text.Labels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of licensing: procedures, applications with their clocks and documents, the overdue list,
 * statistics, licences and the public register. Every read takes a {@link DataScope}, except the public register.
 */
@Service
public class LicensingQueries {

    private final LicenceProcedures procedures;
    private final LicenceApplications applications;
    private final LicenceDocuments documents;
    private final Licences licences;
    private final ApplicationFiles files;
    private final RegionCatalogue regions;
    private final Clock clock;
    private final ClockFactory clocks;
    private final long maxUploadBytes;
    private final Labels labels;

    LicensingQueries(LicenceProcedures procedures, LicenceApplications applications, LicenceDocuments documents,
                     Licences licences, ApplicationFiles files, RegionCatalogue regions, CalendarManagement calendar, Clock clock,
                     Labels labels, @Value("${app.licensing.max-upload-bytes:10485760}") long maxUploadBytes) {
        this.procedures = procedures;
        this.applications = applications;
        this.documents = documents;
        this.licences = licences;
        this.files = files;
        this.regions = regions;
        this.clock = clock;
        this.clocks = calendar::newClock;
        this.maxUploadBytes = maxUploadBytes;
        this.labels = labels;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Today by the injected clock, for pages that mark what is overdue. */
    public LocalDate todayForPages() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<StoredProcedure> procedures() {
        return procedures.currentVersions();
    }

    @Transactional(readOnly = true)
    public List<StoredProcedure> procedureHistory(String code) {
        return procedures.history(code);
    }

    @Transactional(readOnly = true)
    public ResultPage<Dossier> search(DataScope scope, ApplicationStatus status, LicenceType type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return applications.search(scope, status, type, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public ApplicationView view(DataScope scope, long id) {
        Dossier d = files.require(scope, id);
        StoredProcedure sp = files.procedureOf(d);
        LicenceApplication app = files.replay(d, sp);
        Timeline timeline = app.timeline(clocks, todayForPages());
        List<LicenceDocument> docs = documents.findByApplication(scope, id);
        List<RequiredDocument> missing = files.missingDocuments(scope, d, sp);
        Licence licence = licences.findByApplication(scope, id).orElse(null);
        boolean applicant = ApplicationFiles.isApplicant(scope, d);
        return new ApplicationView(d, sp, app, timeline, docs, missing, licence,
                ApplicationFiles.decides(scope, d) ? StaffAction.availableOn(app) : List.of(),
                applicant && !app.status().closed(),
                applicant && app.status() == ApplicationStatus.AWAITING_DOCUMENTS);
    }

    @Transactional(readOnly = true)
    public byte[] documentContent(DataScope scope, long applicationId, long documentId) {
        return documents.findContent(scope, applicationId, documentId)
                .orElseThrow(() -> RuleViolation.notFound("申请材料/document", documentId));
    }

    @Transactional(readOnly = true)
    public Optional<LicenceDocument> document(DataScope scope, long applicationId, long documentId) {
        return documents.findByApplication(scope, applicationId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    /** Open applications that are overdue or within the warning margin, overdue first. Officers only. */
    @Transactional(readOnly = true)
    public List<OverdueApplication> overdue(DataScope scope) {
        if (!scope.isOfficer()) {
            return List.of();
        }
        List<Dossier> open = applications.findOpen(scope);
        Map<Long, List<ApplicationEvent>> histories = applications.historiesOf(open.stream().map(Dossier::id).toList());
        Map<Long, StoredProcedure> cache = new LinkedHashMap<>();
        List<OverdueApplication> out = new ArrayList<>();
        LocalDate today = todayForPages();
        for (Dossier d : open) {
            StoredProcedure sp = cache.computeIfAbsent(d.procedureId(), pid -> procedures.versionById(pid).orElseThrow());
            LicenceApplication app = LicenceApplication.replay(sp.procedure(), d.byCommitment(), histories.get(d.id()), labels);
            Timeline t = app.timeline(clocks, today);
            if (!t.overdue() && !t.warning()) {
                continue;
            }
            StepClock current = t.steps().get(t.steps().size() - 1);
            var st = t.overall() != null && (t.overall().overdue() || !current.status().overdue()) ? t.overall() : current.status();
            String step = t.overall() == st ? "OVERALL" : current.step().kind().name();
            out.add(new OverdueApplication(d, step, st.daysUsed(), st.daysLeft(), st.deadline(), t.overdue(), st.provisional()));
        }
        out.sort(Comparator.comparing((OverdueApplication o) -> !o.overdue()).thenComparing(OverdueApplication::deadline));
        return out;
    }

    /**
     * Accepted, completed, on time, average working days per step and per procedure, by procedure and by
     * city, for the period. Applications submitted up to a year before {@code from} are considered.
     */
    @Transactional(readOnly = true)
    public LicensingStatistics statistics(DataScope scope, LocalDate from, LocalDate to) {
        if (!scope.isOfficer()) {
            throw Refusals.forbidden("只有监管部门可以查看许可统计", "only bureau officers may see licensing statistics");
        }
        LocalDate today = todayForPages();
        LocalDate f = from == null ? LocalDate.of(today.getYear(), 1, 1) : from;
        LocalDate t = to == null ? today : to;
        List<Dossier> all = applications.findSubmittedSince(scope, f.minusYears(1));
        Map<Long, List<ApplicationEvent>> histories = applications.historiesOf(all.stream().map(Dossier::id).toList());
        Map<Long, StoredProcedure> cache = new LinkedHashMap<>();
        Map<String, StatisticsTally> byProcedure = new LinkedHashMap<>();
        procedures.currentVersions().forEach(sp -> byProcedure.put(sp.procedure().code(),
                new StatisticsTally(sp.procedure().code(), sp.procedure().nameZh(), sp.procedure().nameEn())));
        Map<String, StatisticsTally> byRegion = new TreeMap<>();
        for (Dossier d : all) {
            StoredProcedure sp = cache.computeIfAbsent(d.procedureId(), pid -> procedures.versionById(pid).orElseThrow());
            LicenceApplication app = LicenceApplication.replay(sp.procedure(), d.byCommitment(), histories.get(d.id()), labels);
            String city = cityOf(d.regionCode());
            StatisticsTally region = byRegion.computeIfAbsent(city, c -> new StatisticsTally(c, regions.name(c), c));
            StatisticsTally proc = byProcedure.computeIfAbsent(sp.procedure().code(),
                    c -> new StatisticsTally(c, sp.procedure().nameZh(), sp.procedure().nameEn()));
            for (StatisticsTally tally : List.of(proc, region)) {
                tally.add(app, f, t, clocks);
            }
        }
        return new LicensingStatistics(f, t, byProcedure.values().stream().map(StatisticsTally::row).toList(),
                byRegion.values().stream().map(StatisticsTally::row).toList());
    }

    private static String cityOf(String code) {
        // Cities are xxxx00; counties and districts belong to the city of their first four digits, except the
        // counties the province administers directly (辛集 130181, 定州 130682: RULES.md §8), counted alone.
        if (code == null || code.length() != 6 || code.endsWith("0000") || code.equals("130181") || code.equals("130682")) {
            return code;
        }
        return code.substring(0, 4) + "00";
    }

    /** The public register of licence decisions: public fields only, for anyone. */
    @Transactional(readOnly = true)
    public ResultPage<PublicLicence> publicLicences(String keyword, LicenceType type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return licences.publicRegister(keyword, type, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public byte[] licencePdf(DataScope scope, long applicationId) {
        ApplicationView v = view(scope, applicationId);
        if (v.licence() == null) {
            throw RuleViolation.notFound("许可证书/licence of application", applicationId);
        }
        return LicencePdf.render(v.licence(), v.procedure().procedure(), regions.fullName(v.licence().regionCode()),
                v.dossier().coveredRegionCode() == null ? "" : regions.fullName(v.dossier().coveredRegionCode()), labels);
    }

    @Transactional(readOnly = true)
    public List<Licence> commitmentChecksDue(DataScope scope, LocalDate by) {
        return licences.findCommitmentChecksDue(scope, by == null ? todayForPages() : by);
    }

    /**
     * The checks after approval by commitment (告知承诺) in the officer's regions: open ones (due, overdue,
     * upcoming), earliest due first, or with {@code includeDone} also the passed and failed ones. Officers only.
     */
    @Transactional(readOnly = true)
    public List<CommitmentCheck> commitmentChecks(DataScope scope, boolean includeDone) {
        if (!scope.isOfficer()) {
            throw Refusals.forbidden("只有监管部门可以查看告知承诺核查", "only bureau officers may see commitment checks");
        }
        return licences.findCommitmentChecks(scope, includeDone);
    }
}
