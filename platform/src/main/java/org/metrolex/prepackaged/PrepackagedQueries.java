package org.metrolex.prepackaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.metrolex.prepackaged.domain.LotStatistics;
import org.metrolex.prepackaged.persistence.CMarks;
import org.metrolex.prepackaged.persistence.LotQuery;
import org.metrolex.prepackaged.persistence.Lots;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's reads of C-mark declarations and its statistics; every scoped read takes the caller's {@link DataScope}. */
@Service
public class PrepackagedQueries {

    private final Lots lots;
    private final CMarks cmarks;
    private final RegionCatalogue regions;
    private final Clock clock;

    PrepackagedQueries(Lots lots, CMarks cmarks, RegionCatalogue regions, Clock clock) {
        this.lots = lots;
        this.cmarks = cmarks;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<CMarkDeclaration> cmarks(DataScope scope, String status, String keyword, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return cmarks.search(scope, status, keyword, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public CMarkDeclaration requireCMark(DataScope scope, long id) {
        return cmarks.find(scope, id).orElseThrow(() -> RuleViolation.notFound("C标志声明/C-mark declaration", id));
    }

    /** The inspection results of the declaring producer that the caller may read (the link from a declaration). */
    @Transactional(readOnly = true)
    public List<Lot> resultsOf(DataScope scope, long enterpriseId) {
        return lots.search(scope, new LotQuery(enterpriseId, null, null, null, null, null), 1, ResultPage.MAX_SIZE).items();
    }

    /** The public list: accepted declarations with public fields and the producer's inspection results (counts). */
    @Transactional(readOnly = true)
    public ResultPage<PublicCMark> publicCMarks(String keyword, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        ResultPage<CMarkDeclaration> accepted = cmarks.publicAccepted(keyword, ps[0], ps[1]);
        Map<Long, long[]> results = lots.publicResultsOf(accepted.items().stream().map(CMarkDeclaration::enterpriseId).toList());
        return accepted.map(c -> {
            long[] r = results.getOrDefault(c.enterpriseId(), new long[] {0, 0});
            return new PublicCMark(c.enterpriseName(), c.creditCode(), regions.fullName(c.regionCode()), c.productScope(),
                    c.declaredOn(), c.reviewedOn(), r[0], r[1]);
        });
    }

    /**
     * Producers inspected, lots and pass rate of the decided lots in the caller's scope with an
     * inspection date in [from, to] (default: the current year), by region and by month.
     */
    @Transactional(readOnly = true)
    public PrepackagedStatistics statistics(DataScope scope, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate f = from != null ? from : today.withDayOfYear(1);
        LocalDate t = to != null ? to : today.withMonth(12).withDayOfMonth(31);
        if (t.isBefore(f)) {
            throw new RuleViolation("to", "after-from", "截止日期不能早于起始日期", "the end date cannot be before the start date");
        }
        String root = rootRegion(scope);
        List<LotStatistics.Fact> facts = lots.findDecided(scope, f, t).stream()
                .map(l -> new LotStatistics.Fact(l.producerId(), groupOf(l.regionCode(), root), l.inspectionDate(), l.accepted()))
                .toList();
        LotStatistics.Report report = LotStatistics.of(facts);
        List<String> names = report.byGroup().stream().map(r -> regions.name(r.key())).toList();
        return new PrepackagedStatistics(f, t, report.total(), report.byGroup(), names, report.byMonth(),
                cmarks.count(scope, CMarkStatus.ACCEPTED));
    }

    /** The caller's own region: the province for an administrator, the city or county for officers; else the producer's. */
    private String rootRegion(DataScope scope) {
        if (scope.unrestricted()) {
            return regions.tree().roots().stream().map(Region::code).sorted().findFirst().orElse(null);
        }
        if (scope.isOfficer()) {
            return scope.regionCodes().stream().filter(code -> regions.find(code).map(Region::parentCode)
                    .map(p -> !scope.regionCodes().contains(p)).orElse(true)).findFirst().orElse(null);
        }
        return null;
    }

    /** The region directly below {@code root} that contains {@code code} (or {@code code} itself). */
    private String groupOf(String code, String root) {
        String current = code;
        while (current != null) {
            Region r = regions.find(current).orElse(null);
            if (r == null || r.parentCode() == null || r.parentCode().equals(root) || current.equals(root)) {
                return current;
            }
            current = r.parentCode();
        }
        return code;
    }
}
