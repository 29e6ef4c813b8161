package org.metrolex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.demo.persistence.DemoBulkWriter;
import org.metrolex.demo.persistence.DemoBulkWriter.CertificateRow;
import org.metrolex.demo.persistence.DemoBulkWriter.EnterpriseRow;
import org.metrolex.demo.persistence.DemoBulkWriter.InstrumentRow;
import org.metrolex.demo.persistence.DemoBulkWriter.VerificationRow;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.DemoReferenceDate;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.DefectCode;
import org.metrolex.verification.domain.NextDue;
import org.springframework.stereotype.Component;

/**
 * Verification histories of the demo province (issue 4, demo data): a market, a gas station and, in every
 * other county, a prepackage producer in each county of Hebei (长安区 excepted: its data belong to the demo
 * accounts and the tests built on them), about 3,300 instruments, and for each instrument verifications
 * since about three and a half years ago at the catalogue interval (price-computing and digital indicating
 * scales 12 months, fuel dispensers 6 months), each closed by a certificate, or by a notice of non-conformity
 * followed by a re-verification after repair; some certificates revoked; about 8 % of instruments left
 * unverified after their due date, so overdue. Every certificate of the history satisfies the legitimacy
 * rules on its own verification date: the institution holds an authorisation line for the catalogue name in
 * the region, the verifier a qualification for it, the standards a valid assessment certificate and a
 * calibration due date after the day, and the readings decide the conclusion printed.
 *
 * <p>Then {@link #PLANTED_PER_KIND} certificates of each blocking defect kind, on instruments of their own,
 * for the certificate audit to find ({@link #plantedKinds()}).
 *
 * <p>Deterministic: one seeded {@link Random}; dates are relative to the demo reference date (the clock's today) so that due dates
 * and overdue instruments stay current. Written by {@link DemoBulkWriter} in multi-row inserts (ADR 0012).
 */
@Component
class DemoHistory {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoHistory.class);

    static final long SEED = 20201231L + 4;
    static final int PLANTED_PER_KIND = 5;
    static final String PRICE_SCALE = "PRICE_COMPUTING_SCALE";
    static final String DIGITAL_SCALE = "DIGITAL_INDICATING_SCALE";
    static final String FUEL = "FUEL_DISPENSER";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** Class III, e = 5 g, Max 30 kg: errors within the MPE (the docs/cli.md conformity example). */
    static final String GOOD_SCALE = """
            {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":30,"unit":"kg",\
            "zero":{"load":0,"indication":0,"addedWeights":0.002},\
            "loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":15,"indication":15.005,"addedWeights":0.004},\
            {"load":30,"indication":30.005,"addedWeights":0.001}]}""";
    /** The same scale 30 g heavy at Max: outside the MPE. */
    static final String BAD_SCALE = GOOD_SCALE.replace("\"indication\":30.005", "\"indication\":30.035");
    /** Errors of +0.05 % and +0.10 % at two flow points, three runs each: within ±0.30 %. */
    static final String GOOD_FUEL = """
            {"family":"FUEL_DISPENSER","kind":"SUBSEQUENT","runs":[\
            {"flowPoint":"Qmax","indicated":20.01,"standard":20.00,"atMinimumMeasuredQuantity":false},\
            {"flowPoint":"Qmax","indicated":20.01,"standard":20.00,"atMinimumMeasuredQuantity":false},\
            {"flowPoint":"Qmax","indicated":20.01,"standard":20.00,"atMinimumMeasuredQuantity":false},\
            {"flowPoint":"Qmin","indicated":20.02,"standard":20.00,"atMinimumMeasuredQuantity":false},\
            {"flowPoint":"Qmin","indicated":20.02,"standard":20.00,"atMinimumMeasuredQuantity":false},\
            {"flowPoint":"Qmin","indicated":20.02,"standard":20.00,"atMinimumMeasuredQuantity":false}]}""";
    /** Delivering 1 % more than the standard at Qmax: outside the MPE. */
    static final String BAD_FUEL = GOOD_FUEL.replace("\"indicated\":20.01", "\"indicated\":20.20");

    private final PartyManagement parties;
    private final InstrumentManagement instruments;
    private final RegionCatalogue regions;
    private final VerificationManagement verifications;
    private final DemoBulkWriter writer;
    private final AuditTrail audit;
    private final DemoReferenceDate dates;

    DemoHistory(PartyManagement parties, InstrumentManagement instruments, RegionCatalogue regions, VerificationManagement verifications,
                DemoBulkWriter writer, AuditTrail audit, DemoReferenceDate dates) {
        this.parties = parties;
        this.instruments = instruments;
        this.regions = regions;
        this.verifications = verifications;
        this.writer = writer;
        this.audit = audit;
        this.dates = dates;
    }

    /** What was loaded, for the start-up log and the tests. */
    record Summary(int enterprises, int instruments, int verifications, int certificates, int notices, int revoked,
                   int lapsed, int planted, int overdueNotices) {
    }

    /** The blocking kinds planted, {@link #PLANTED_PER_KIND} certificates each. */
    static List<DefectCode> plantedKinds() {
        return List.of(DefectCode.AUTHORIZATION_MISSING, DefectCode.AUTHORIZATION_EXPIRED, DefectCode.VERIFIER_NOT_QUALIFIED,
                DefectCode.VERIFIER_QUALIFICATION_EXPIRED, DefectCode.STANDARD_ASSESSMENT_INVALID, DefectCode.STANDARD_CALIBRATION_OVERDUE,
                DefectCode.NO_STANDARD_USED, DefectCode.CONCLUSION_NOT_SUPPORTED, DefectCode.MANDATORY_FIELD_MISSING,
                DefectCode.CERTIFICATE_NUMBER_INVALID);
    }

    /** One institution's means for the history: verifiers and standards per family, and the flawed ones for planting. */
    private record Means(Institution institution, long scaleVerifier, long fuelVerifier, long lapsedVerifier, long scaleStandard,
                         long fuelStandard, long unassessedStandard, long overdueStandard) {
    }

    /** An instrument being generated: its row and, once inserted, its id. */
    private record Subject(InstrumentRow row, int cityIndex) {
    }

    /**
     * @param institutions the demo institutions: [0] the provincial institute, [1..6] the city institutes of
     *                     the first six cities; [1] (石家庄, the demo institution account) takes no part
     */
    Summary load(DataScope province, List<Institution> institutions, List<Region> cities) {
        Random random = new Random(SEED);
        LocalDate today = dates.today();
        long t0 = System.nanoTime();

        // --- means: authorisation lines by catalogue name, verifiers, standards (a few dozen rows, through the APIs)
        Map<Long, Means> means = new LinkedHashMap<>();
        List<Institution> verifying = new ArrayList<>();
        verifying.add(institutions.get(0));
        verifying.addAll(institutions.subList(2, institutions.size()));
        int k = 0;
        for (Institution inst : verifying) {
            // one line per catalogue name, valid over the whole history (the registry pages flag expired lines, and the
            // demo keeps exactly one expired line on purpose: see DemoData)
            for (String type : List.of("电子计价秤", "数字指示秤", "燃油加油机")) {
                parties.addAuthorization(province, inst.id(), "(冀)法计(2019)H" + String.format("%04d", inst.id()), type, inst.regionCode(),
                        dates.shift(2019, 7, 1), dates.shift(2029, 12, 31));
            }
            long scaleVerifier = verifier(province, inst, k++, "电子计价秤、数字指示秤", dates.shift(2029, 6, 30));
            long fuelVerifier = verifier(province, inst, k++, "燃油加油机", dates.shift(2029, 6, 30));
            long lapsedVerifier = verifier(province, inst, k++, "电子计价秤、数字指示秤", dates.shift(2023, 12, 31));
            String n = String.format("%04d", inst.id());
            long scaleStandard = standard(province, inst, "电子秤检定用砝码（M1级）", "[2018]冀量标法证字第H" + n + "1号", dates.shift(2030, 12, 31),
                    today.plusMonths(8));
            long fuelStandard = standard(province, inst, "燃油加油机检定装置（标准金属量器）", "[2018]冀量标法证字第H" + n + "2号",
                    dates.shift(2030, 12, 31), today.plusMonths(8));
            long unassessed = standard(province, inst, "砝码（考核证书已过期）", "[2017]冀量标法证字第H" + n + "3号", dates.shift(2023, 12, 31),
                    today.plusMonths(8));
            long overdue = standard(province, inst, "砝码（已超溯源有效期）", "[2018]冀量标法证字第H" + n + "4号", dates.shift(2030, 12, 31),
                    dates.shift(2024, 12, 31));
            means.put(inst.id(), new Means(inst, scaleVerifier, fuelVerifier, lapsedVerifier, scaleStandard, fuelStandard, unassessed, overdue));
        }

        long tMeans = System.nanoTime();
        // --- enterprises: a market and a gas station per county, a prepackage producer in every other county
        List<EnterpriseRow> enterpriseRows = new ArrayList<>();
        List<Integer> enterpriseCity = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int n = 0;
        // every county-level region, the two county-level cities under direct provincial administration (辛集, 定州) included
        List<Region> counties = regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .sorted(Comparator.comparing(Region::code)).toList();
        for (Region county : counties) {
            int c = cityIndex(county, cities);
            if (county.code().equals("130102")) {
                continue;
            }
            String place = county.name().replaceAll("(市|区|县|自治县)$", "");
            String[][] kinds = n % 2 == 0
                    ? new String[][] {{"MARKET", "农贸市场"}, {"GAS_STATION", "加油站"}, {"PREPACKAGE_PRODUCER", "食品有限公司"}}
                    : new String[][] {{"MARKET", "农贸市场"}, {"GAS_STATION", "加油站"}};
            for (String[] kind : kinds) {
                String code;
                do {
                    code = DemoData.code("91", county.code(), random);
                } while (!codes.add(code));
                enterpriseRows.add(new EnterpriseRow(code, place + BRANDS[n % BRANDS.length] + kind[1] + "（演示）",
                        county.name() + "示例路" + (100 + n) + "号", county.code(), kind[0],
                        DemoData.SURNAMES[n % DemoData.SURNAMES.length] + "经理",
                        "1370311" + String.format("%04d", n % 10000)));
                enterpriseCity.add(c);
                n++;
            }
        }
        List<Long> enterpriseIds = writer.insertEnterprises(enterpriseRows);

        // --- instruments
        List<Subject> subjects = new ArrayList<>();
        for (int e = 0; e < enterpriseRows.size(); e++) {
            EnterpriseRow owner = enterpriseRows.get(e);
            long ownerId = enterpriseIds.get(e);
            switch (owner.category()) {
                case "MARKET" -> {
                    for (int i = 1; i <= 12; i++) {
                        subjects.add(subject(PRICE_SCALE, "太行衡器有限公司（演示）", "TH-ACS-30", "JJC", owner, ownerId, i, "III", "30 kg",
                                enterpriseCity.get(e), random, today));
                    }
                    subjects.add(subject(DIGITAL_SCALE, "太行衡器有限公司（演示）", "TH-TCS-150", "SZC", owner, ownerId, 1, "III", "30 kg",
                            enterpriseCity.get(e), random, today));
                }
                case "GAS_STATION" -> {
                    for (int i = 1; i <= 5; i++) {
                        subjects.add(subject(FUEL, "燕赵加油设备有限公司（演示）", "YZ-JYJ-2", "JY", owner, ownerId, i, "0.3", "5–60 L/min",
                                enterpriseCity.get(e), random, today));
                    }
                }
                default -> {
                    for (int i = 1; i <= 3; i++) {
                        subjects.add(subject(DIGITAL_SCALE, "渤海称重设备有限公司（演示）", "BH-TCS-30", "SZC", owner, ownerId, i, "III", "30 kg",
                                enterpriseCity.get(e), random, today));
                    }
                }
            }
        }
        // instruments of the planted certificates: price-computing scales of markets, one certificate each
        List<Integer> markets = new ArrayList<>();
        for (int e = 0; e < enterpriseRows.size(); e++) {
            if (enterpriseRows.get(e).category().equals("MARKET")) {
                markets.add(e);
            }
        }
        List<Subject> plantedSubjects = new ArrayList<>();
        for (int p = 0; p < plantedKinds().size() * PLANTED_PER_KIND; p++) {
            int e = markets.get((p * 7 + 3) % markets.size());
            plantedSubjects.add(subject(PRICE_SCALE, "太行衡器有限公司（演示）", "TH-ACS-30", "CCJ", enterpriseRows.get(e), enterpriseIds.get(e),
                    p + 1, "III", "30 kg", enterpriseCity.get(e), random, today));
        }
        List<Subject> all = new ArrayList<>(subjects);
        all.addAll(plantedSubjects);
        List<Long> instrumentIds = writer.insertInstruments(all.stream().map(Subject::row).toList());

        long tInstruments = System.nanoTime();
        // --- verification histories
        List<Draft> drafts = new ArrayList<>();
        int lapsed = 0;
        for (int s = 0; s < subjects.size(); s++) {
            Subject subject = subjects.get(s);
            long instrumentId = instrumentIds.get(s);
            Means m = means.get(institutionFor(subject.cityIndex(), institutions).id());
            boolean fuel = subject.row().categoryCode().equals(FUEL);
            int interval = fuel ? 6 : 12;
            boolean lapses = random.nextInt(100) < 8;
            lapsed += lapses ? 1 : 0;
            LocalDate day = today.minusMonths(42).plusDays(random.nextInt(interval * 30));
            LocalDate stopAfter = lapses ? today.minusDays(interval * 30L + 10 + random.nextInt(90)) : today.minusDays(1);
            while (!day.isAfter(stopAfter)) {
                boolean fails = random.nextInt(100) < 3;
                drafts.add(new Draft(instrumentId, subject, m.institution().id(), day, fuel ? m.fuelVerifier() : m.scaleVerifier(),
                        List.of(fuel ? m.fuelStandard() : m.scaleStandard()), fails ? (fuel ? BAD_FUEL : BAD_SCALE) : (fuel ? GOOD_FUEL : GOOD_SCALE),
                        !fails, !fails, null, random.nextInt(200) == 0));
                if (fails) {
                    // repaired and verified again within three weeks
                    day = day.plusDays(7 + random.nextInt(14));
                    if (day.isAfter(today.minusDays(1))) {
                        break;
                    }
                    continue;
                }
                LocalDate due = NextDue.periodic(day, interval).dueDate().orElseThrow();
                day = due.minusDays(random.nextInt(21));
            }
        }

        // --- planted defects: one certificate each on its own instrument
        List<DefectCode> kinds = plantedKinds();
        for (int p = 0; p < plantedSubjects.size(); p++) {
            Subject subject = plantedSubjects.get(p);
            long instrumentId = instrumentIds.get(subjects.size() + p);
            DefectCode kind = kinds.get(p / PLANTED_PER_KIND);
            Institution home = institutionFor(subject.cityIndex(), institutions);
            Means m = means.get(home.id());
            LocalDate day = today.minusMonths(3 + p % 9).minusDays(p);
            List<Long> standards = List.of(m.scaleStandard());
            Long verifier = m.scaleVerifier();
            String readings = GOOD_SCALE;
            String number = null;
            switch (kind) {
                case AUTHORIZATION_MISSING -> {
                    // an institute of another city verifies here: its authorisation covers its own city only
                    Means other = means.values().stream().filter(x -> !x.institution().regionCode().equals("130000")
                            && !regions.isWithin(subject.row().regionCode(), x.institution().regionCode())).findFirst().orElseThrow();
                    m = other;
                    verifier = other.scaleVerifier();
                    standards = List.of(other.scaleStandard());
                }
                case AUTHORIZATION_EXPIRED -> day = dates.shift(2019, 3, 1).plusDays(p * 3L);
                case VERIFIER_NOT_QUALIFIED -> verifier = m.fuelVerifier();
                case VERIFIER_QUALIFICATION_EXPIRED -> verifier = m.lapsedVerifier();
                case STANDARD_ASSESSMENT_INVALID -> standards = List.of(m.unassessedStandard());
                case STANDARD_CALIBRATION_OVERDUE -> standards = List.of(m.overdueStandard());
                case NO_STANDARD_USED -> standards = List.of();
                case CONCLUSION_NOT_SUPPORTED -> readings = BAD_SCALE;
                case MANDATORY_FIELD_MISSING -> verifier = null;
                case CERTIFICATE_NUMBER_INVALID -> number = "冀检" + day.getYear() + "-" + (p + 1);
                default -> throw new IllegalStateException(kind.name());
            }
            // CONCLUSION_NOT_SUPPORTED: the readings fail but a certificate ("conforming") was printed
            drafts.add(new Draft(instrumentId, subject, m.institution().id(), day, verifier, standards, readings,
                    true, kind != DefectCode.CONCLUSION_NOT_SUPPORTED, number, false));
        }

        // --- numbers in order of issue, per institution and year; then insert
        drafts.sort(Comparator.comparing(Draft::day).thenComparing(Draft::instrumentId));
        Map<String, Long> sequences = new HashMap<>();
        List<VerificationRow> verificationRows = new ArrayList<>();
        for (Draft d : drafts) {
            verificationRows.add(new VerificationRow(d.instrumentId(), d.institutionId(), d.subject().row().ownerEnterpriseId(),
                    d.subject().row().regionCode(), d.certificate() ? "CERTIFIED" : "NON_CONFORMING",
                    OffsetDateTime.of(d.day().minusDays(3), LocalTime.of(9, 0), CHINA), d.day(), d.verifier(), d.readings(),
                    d.conforming(), new BigDecimal(d.subject().row().categoryCode().equals(FUEL) ? "60.00" : "20.00"), false));
        }
        long tDrafts = System.nanoTime();
        List<Long> verificationIds = writer.insertVerifications(verificationRows);
        long tVerifications = System.nanoTime();
        List<long[]> standardPairs = new ArrayList<>();
        List<CertificateRow> certificates = new ArrayList<>();
        int notices = 0;
        int revoked = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long vid = verificationIds.get(i);
            d.standards().forEach(sid -> standardPairs.add(new long[] {vid, sid}));
            String key = d.institutionId() + "/" + d.day().getYear();
            long seq = sequences.merge(key, 1L, Long::sum);
            String number = d.number() != null ? d.number()
                    : new CertificateNumber(VerificationManagement.institutionCode(d.institutionId()), d.day().getYear(), seq).format();
            boolean isCertificate = d.certificate();
            int interval = d.subject().row().categoryCode().equals(FUEL) ? 6 : 12;
            LocalDate due = isCertificate ? NextDue.periodic(d.day(), interval).dueDate().orElseThrow() : null;
            OffsetDateTime issued = OffsetDateTime.of(d.day(), LocalTime.of(16, 0), CHINA);
            certificates.add(new CertificateRow(vid, number, d.institutionId(), isCertificate ? "CERTIFICATE" : "NON_CONFORMITY_NOTICE", issued,
                    due == null ? null : due.minusDays(1), due, d.revoke() ? "REVOKED" : "VALID",
                    d.revoke() ? "演示：器具送修后重新检定，原证书作废" : null, d.revoke() ? issued.plusDays(10) : null));
            notices += isCertificate ? 0 : 1;
            revoked += d.revoke() ? 1 : 0;
        }
        writer.insertVerificationStandards(standardPairs);
        writer.insertCertificates(certificates);
        sequences.forEach((key, last) -> {
            String[] p = key.split("/");
            writer.raiseCertificateSequence(Long.parseLong(p[0]), Integer.parseInt(p[1]), last);
        });

        long tCertificates = System.nanoTime();
        // --- the daily overdue job's notices, as it would have sent them; owners outside 长安区 read about a third
        int overdueNotices = verifications.recordOverdueNotices();
        List<Long> readers = new ArrayList<>();
        for (int s = 0; s < instrumentIds.size(); s += 3) {
            readers.add(instrumentIds.get(s));
        }
        writer.markNoticesRead(readers, "demo-data");

        Summary summary = new Summary(enterpriseRows.size(), all.size(), drafts.size(), drafts.size() - notices, notices, revoked,
                lapsed, plantedSubjects.size(), overdueNotices);
        audit.record("demo.history", "demo", "history", null, summary);
        log.info("Demo history phases (ms): registries {}, enterprises+instruments {}, drafts {}, verifications {}, certificates {}, notices {}",
                ms(t0, tMeans), ms(tMeans, tInstruments), ms(tInstruments, tDrafts), ms(tDrafts, tVerifications),
                ms(tVerifications, tCertificates), ms(tCertificates, System.nanoTime()));
        return summary;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** A verification to write: who, when, with what, the readings and the document. */
    private record Draft(long instrumentId, Subject subject, long institutionId, LocalDate day, Long verifier, List<Long> standards,
                         String readings, boolean certificate, boolean conforming, String number, boolean revoke) {
    }

    /** Index of the city the county lies in; -1 for one under direct provincial administration. */
    private int cityIndex(Region county, List<Region> cities) {
        for (int c = 0; c < cities.size(); c++) {
            if (regions.isWithin(county.code(), cities.get(c).code())) {
                return c;
            }
        }
        return -1;
    }

    /** The city institute of cities 1–5 (institutions 2–6); the provincial institute elsewhere, 石家庄 included. */
    private static Institution institutionFor(int cityIndex, List<Institution> institutions) {
        return cityIndex >= 1 && cityIndex + 1 < institutions.size() ? institutions.get(cityIndex + 1) : institutions.get(0);
    }

    private Subject subject(String category, String maker, String model, String prefix, EnterpriseRow owner, long ownerId, int i,
                            String accuracyClass, String range, int cityIndex, Random random, LocalDate today) {
        byte[] token = new byte[16];
        random.nextBytes(token);
        String serial = prefix + "-" + owner.regionCode() + "-" + String.format("%06d", ownerId) + "-" + i;
        return new Subject(new InstrumentRow(category, maker, model, serial, accuracyClass, range, ownerId, owner.regionCode(),
                owner.address(), "TRADE", Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                OffsetDateTime.of(today.minusMonths(44), LocalTime.NOON, CHINA)), cityIndex);
    }

    private long verifier(DataScope province, Institution inst, int k, String scope, LocalDate until) {
        var p = parties.createPerson(province, new PersonDraft(DemoData.SURNAMES[k % DemoData.SURNAMES.length]
                + GIVEN[(k * 3 + 1) % GIVEN.length] + GIVEN[(k * 5 + 2) % GIVEN.length], "VERIFIER", inst.regionCode(), inst.id(), ""));
        parties.addQualification(province, p.id(), "冀检H" + String.format("%05d", 2 * k), scope, dates.shift(2018, 1, 1),
                until.isBefore(dates.shift(2024, 1, 1)) ? until : dates.shift(2023, 6, 30));
        if (!until.isBefore(dates.shift(2024, 1, 1))) {
            parties.addQualification(province, p.id(), "冀检H" + String.format("%05d", 2 * k + 1), scope, dates.shift(2023, 7, 1), until);
        }
        return p.id();
    }

    private long standard(DataScope province, Institution inst, String name, String assessmentNo, LocalDate assessmentUntil, LocalDate due) {
        return instruments.registerStandard(province, new MeasurementStandardDraft(inst.id(), name, assessmentNo, assessmentUntil,
                "JZH-" + inst.id() + "-" + Math.abs(name.hashCode() % 10000), due)).id();
    }

    private static final String[] BRANDS = {"惠民", "便民", "华联", "兴隆", "丰收", "富民", "利民", "金穗", "中联", "永盛", "和顺", "福源"};
    private static final String[] GIVEN = {"建", "国", "海", "红", "春", "志", "秀", "玉", "永", "立", "新", "文", "宏", "瑞", "佳"};
}
