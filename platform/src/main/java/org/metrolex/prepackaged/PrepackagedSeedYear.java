package org.metrolex.prepackaged;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The seed's year of prepackaged-goods lot inspections in the demo (issue 13, item 11): 248 producers inspected,
 * 409 lots, 394 accepted — 96.3 % — the figures the module reproduces from data in its tests, loaded the same
 * way, through {@link PrepackagedManagement}: each lot is created with its sample drawn by metrology-core from a
 * stored seed, its net contents recorded, and decided by the JJF 1070 rules (N 20 packages of Qn 100 g: n 10, T
 * 4.5 g). 15 lots have one package short by more than 2T and are rejected. The demo's existing producers come
 * first (长安区's before the others, so the county officer sees some), then fictitious ones fill the 248.
 *
 * <p>The inspection days are spread over the days of the current year before today ({@link #period}): the
 * statistics page opens on the current year and shows the seed's figures; lots entered later (today on) add to
 * them, and the figures of {@link #period} stay the seed's.
 */
@Component
class PrepackagedSeedYear {

    static final int PRODUCERS = 248;
    static final int LOTS = 409;
    static final int REJECTED = 15;
    private static final String[] PRODUCTS = {"饼干", "方便面", "糖果", "茶叶", "坚果炒货"};

    private final PrepackagedManagement prepackaged;
    private final PartyManagement parties;
    private final RegionCatalogue regions;

    PrepackagedSeedYear(PrepackagedManagement prepackaged, PartyManagement parties, RegionCatalogue regions) {
        this.prepackaged = prepackaged;
        this.parties = parties;
        this.regions = regions;
    }

    /** The days the seed's lots are inspected on: January 1st to yesterday (the previous year when today is January 1st). */
    static LocalDate[] period(LocalDate today) {
        LocalDate last = today.minusDays(1);
        return new LocalDate[] {last.withDayOfYear(1), last};
    }

    /** What was loaded. */
    record Summary(int producers, int lots, int rejected, int producersCreated) {
    }

    /**
     * @param existing the demo's prepackage producers, 长安区's first
     * @param scopeOf  the officer who inspects a producer (长安区's county officer for its own)
     */
    Summary load(DataScope province, List<Enterprise> existing, java.util.function.Function<Enterprise, DataScope> scopeOf, LocalDate today) {
        Random random = new Random(2020);
        List<Enterprise> producers = new ArrayList<>(existing.subList(0, Math.min(existing.size(), PRODUCERS)));
        List<Region> counties = regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .sorted(Comparator.comparing(Region::code)).toList();
        Set<String> codes = new HashSet<>();
        int created = 0;
        while (producers.size() < PRODUCERS) {
            Region county = counties.get(created % counties.size());
            String code;
            do {
                code = creditCode(county.code(), random);
            } while (!codes.add(code));
            String place = county.name().replaceAll("(市|区|县|自治县)$", "");
            producers.add(parties.createEnterprise(province, new EnterpriseDraft(code, place + PRODUCTS[created % PRODUCTS.length]
                    + "食品有限公司" + (created / counties.size() + 1) + "（演示）", county.name() + "工业园" + (created + 1) + "号", county.code(),
                    EnterpriseCategory.PREPACKAGE_PRODUCER.name(), null, null)));
            created++;
        }
        LocalDate[] period = period(today);
        long days = ChronoUnit.DAYS.between(period[0], period[1]) + 1;
        int rejected = 0;
        for (int i = 0; i < LOTS; i++) {
            Enterprise p = producers.get(i % PRODUCERS);
            LocalDate date = period[0].plusDays(i * days / LOTS);
            DataScope scope = scopeOf.apply(p);
            Lot lot = prepackaged.create(scope, new NewLot(p.id(), PRODUCTS[i % PRODUCTS.length] + "（演示）", null, "S" + (i + 1),
                    new BigDecimal("100"), "g", 20, date, 20200000L + i, null));
            boolean reject = i % 27 == 13 && rejected < REJECTED;
            if (reject) {
                rejected++;
            }
            List<ReadingsForm.Entry> entries = new ArrayList<>();
            for (int k = 0; k < lot.sampleNumbers().size(); k++) {
                // a good lot: every package 0.5 g over; a rejected one: its first package 10 g short (more than 2T = 9 g)
                entries.add(new ReadingsForm.Entry(lot.sampleNumbers().get(k), null, null, new BigDecimal(reject && k == 0 ? "90.0" : "100.5")));
            }
            prepackaged.recordReadings(scope, lot.id(), new ReadingsForm("NET", null, entries));
        }
        return new Summary(producers.size(), LOTS, rejected, created);
    }

    /** A fictitious credit code in the region with a valid GB 32100 check character. */
    private static String creditCode(String regionCode, Random random) {
        StringBuilder sb = new StringBuilder("91").append(regionCode).append("PT");
        for (int i = 0; i < 7; i++) {
            sb.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }
}
