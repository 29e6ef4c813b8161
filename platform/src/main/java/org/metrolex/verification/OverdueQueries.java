package org.metrolex.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue queries at province scale: the keyset continuation of the overdue list, and the counts for
 * bureaus, how many instruments are overdue per city (or per county) of the caller's region. The database counts per instrument region in one GROUP BY over the overdue index (at most one
 * row per county, 167 in Hebei); the roll-up to cities follows the region tree here. See ADR 0010.
 */
@Service
public class OverdueQueries {

    private final Verifications verifications;
    private final RegionCatalogue regions;
    private final Clock clock;

    OverdueQueries(Verifications verifications, RegionCatalogue regions, Clock clock) {
        this.verifications = verifications;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The next {@code size} (default 20, at most the list's page size) overdue instruments after the given one in the list's order
     * (due date, then instrument id): the keyset continuation of {@code VerificationQueries.overdue}'s
     * first page, as fast on the thousandth page as on the first. Officers by region, an enterprise its own.
     */
    @Transactional(readOnly = true)
    public List<OverdueInstrument> after(DataScope scope, LocalDate afterDue, Long afterInstrument, Integer size) {
        if (afterDue == null || afterInstrument == null) {
            throw new RuleViolation("afterDue", "required", "须给出上一页最后一条的应检日期和器具编号（afterDue、afterInstrument）",
                    "afterDue and afterInstrument (the last row of the previous page) are required");
        }
        return verifications.overdueAfter(scope, LocalDate.now(clock), afterDue, afterInstrument, ResultPage.clamp(1, size)[1]);
    }

    /**
     * Counts per region of {@code level} ({@code prefecture}, the default, or {@code county}) within the
     * scope. Officers only: others have no region scope and get no rows.
     */
    @Transactional(readOnly = true)
    public OverdueCounts countsByRegion(DataScope scope, String level) {
        RegionLevel target = level(level);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> counts = new TreeMap<>();
        // every region of the level that the caller covers, also those with nothing overdue
        for (String code : scope.unrestricted() ? regions.all().stream().map(Region::code).toList() : scope.regionCodes()) {
            regions.find(code).filter(r -> isRowOf(r, target)).ifPresent(r -> counts.put(r.code(), 0L));
        }
        long total = 0;
        if (!scope.isOfficer()) {
            return new OverdueCounts(today, target.name().toLowerCase(Locale.ROOT), 0, List.of());
        }
        for (Map.Entry<String, Long> e : verifications.countOverdueByRegion(scope, today).entrySet()) {
            String code = ancestorAt(e.getKey(), target).orElse(e.getKey());
            counts.merge(code, e.getValue(), Long::sum);
            total += e.getValue();
        }
        List<OverdueCounts.RegionCount> rows = counts.entrySet().stream()
                .map(e -> new OverdueCounts.RegionCount(e.getKey(), regions.name(e.getKey()), e.getValue())).toList();
        return new OverdueCounts(today, target.name().toLowerCase(Locale.ROOT), total, rows);
    }

    /**
     * Whether a region gets its own row at {@code level}. At the prefecture level the county-level cities
     * directly under the province (辛集, 定州 — RULES.md §8) count as prefectures, so the rows add up to the
     * province's total.
     */
    private boolean isRowOf(Region r, RegionLevel level) {
        if (r.level() == level) {
            return true;
        }
        return level == RegionLevel.PREFECTURE && r.level() == RegionLevel.COUNTY && r.parentCode() != null
                && regions.find(r.parentCode()).map(p -> p.level() == RegionLevel.PROVINCE).orElse(false);
    }

    /** The region itself or its ancestor that has a row at {@code level}; empty if the region sits above that level. */
    private Optional<String> ancestorAt(String code, RegionLevel level) {
        Optional<Region> r = regions.find(code);
        while (r.isPresent() && !isRowOf(r.get(), level)) {
            if (r.get().level().ordinal() < level.ordinal() || r.get().parentCode() == null) {
                return Optional.empty();
            }
            r = regions.find(r.get().parentCode());
        }
        return r.map(Region::code);
    }

    static RegionLevel level(String text) {
        if (text == null || text.isBlank()) {
            return RegionLevel.PREFECTURE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "prefecture", "city" -> RegionLevel.PREFECTURE;
            case "county" -> RegionLevel.COUNTY;
            default -> throw new RuleViolation("level", "known", "统计层级须为 prefecture（地市）或 county（区县）",
                    "the level must be prefecture (city) or county");
        };
    }
}
