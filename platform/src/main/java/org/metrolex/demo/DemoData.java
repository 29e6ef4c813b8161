package org.metrolex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.metrolex.demo.persistence.DemoBulkWriter;
import org.metrolex.demo.persistence.DemoBulkWriter.CertificateRow;
import org.metrolex.demo.persistence.DemoBulkWriter.VerificationRow;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.time.DemoReferenceDate;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.NextDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo province once, when the database has no accounts yet. */
@Component
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The one password of every demo account; printed at start-up. Never use demo data in production. */
    static final String PASSWORD = "Metrolex-2026";
    static final String PROVINCE = "130000";

    private final IdentityManagement identity;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final InstrumentManagement instruments;
    private final DemoBulkWriter writer;
    private final DemoReferenceDate dates;
    private final DemoHistory history;
    private final SeedYearSupervision seedYear;
    private final VerificationManagement verifications;
    /** Price-computing scales as filed, for the demo verifications. */
    private final List<Instrument> filedScales = new ArrayList<>();

    DemoData(IdentityManagement identity, PartyManagement parties, RegionCatalogue regions, InstrumentManagement instruments,
             DemoBulkWriter writer, DemoReferenceDate dates, DemoHistory history, SeedYearSupervision seedYear,
             VerificationManagement verifications) {
        this.verifications = verifications;
        this.history = history;
        this.seedYear = seedYear;
        this.identity = identity;
        this.parties = parties;
        this.regions = regions;
        this.instruments = instruments;
        this.writer = writer;
        this.dates = dates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (identity.accountCount() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-data", null, List.of()));
        try {
            load();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load() {
        long started = System.nanoTime();
        DataScope province = DataScope.system("demo-data");
        Random random = new Random(20201231L);
        List<Region> cities = regions.children(PROVINCE).stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();

        // Institutions: the provincial institute and one city institute per city, the first five
        // authorised for the instruments of the seed's campaigns.
        List<Institution> institutions = new ArrayList<>();
        institutions.add(parties.createInstitution(province, new InstitutionDraft(code("12", PROVINCE, random),
                "河北省计量监督检测研究院（演示）", "石家庄市示例路1号", PROVINCE, "STATUTORY", "0311-80000001")));
        for (int i = 0; i < 6; i++) {
            Region city = cities.get(i);
            institutions.add(parties.createInstitution(province, new InstitutionDraft(code("12", city.code(), random),
                    city.name() + "计量测试所（演示）", city.name() + "示例大街" + (i + 2) + "号", city.code(),
                    i == 5 ? "AUTHORIZED" : "STATUTORY", "0311-8000000" + (i + 2))));
        }
        // Authorisation lines and qualification scopes name the catalogue categories exactly
        // (instrument/catalogue.csv name_zh): assignment and the legitimacy check compare them with the
        // category's Chinese name as they are, so a short name (水表, 血压计) would authorise nothing.
        // One group per kind of instrument; the water meters are three catalogue categories.
        List<List<String>> types = List.of(
                List.of("电子计价秤"),
                List.of("燃油加油机"),
                List.of("饮用冷水水表（DN≤25，Q3≤16 m³/h）", "饮用冷水水表（25<DN≤50，Q3≤16 m³/h）", "饮用冷水水表（DN>50 或 Q3>16 m³/h）"),
                List.of("居民用燃气表（G1.6~G16）"),
                List.of("血压计（血压表）"),
                List.of("红外耳温计"),
                List.of("数字指示秤"),
                List.of("验光仪（综合验光仪）"));
        for (int i = 0; i < institutions.size(); i++) {
            Institution inst = institutions.get(i);
            for (int t = 0; t < types.size(); t++) {
                // Every city institute lacks some kinds; the 石家庄 institute (i = 1, the demo "institution"
                // account) holds no line for fuel dispensers, sphygmomanometers and refractors, which the
                // licensing browser test relies on (it is licensed for 燃油加油机 there).
                if ((t + i) % 3 == 2 && i > 0) {
                    continue;
                }
                // One line expired on purpose (the second city institute's sphygmomanometers) so that
                // scope checks have something to refuse.
                LocalDate until = i == 2 && t == 4 ? dates.shift(2025, 6, 30) : dates.shift(2029, 12, 31);
                for (String type : types.get(t)) {
                    parties.addAuthorization(province, inst.id(), "(冀)法计(2024)" + String.format("%05d", 100 + i),
                            type, inst.regionCode(), dates.shift(2024, 7, 1), until);
                }
            }
        }

        // Measurement standards: two per institution; the first city institute's scale standard has an
        // expired assessment certificate and its fuel-dispenser standard is past its calibration due
        // date, so legitimacy checks have something to refuse.
        for (int i = 0; i < institutions.size(); i++) {
            Institution inst = institutions.get(i);
            boolean flawed = i == 1;
            instruments.registerStandard(province, new MeasurementStandardDraft(inst.id(), "砝码标准装置（F1级）",
                    "[2022]冀量标法证字第" + String.format("%04d", 100 + i) + "号", flawed ? dates.shift(2025, 12, 31) : dates.shift(2028, 6, 30),
                    "JZ2026-" + String.format("%04d", 200 + i), dates.shift(2027, 3, 31)));
            instruments.registerStandard(province, new MeasurementStandardDraft(inst.id(), "燃油加油机检定装置（标准金属量器）",
                    "[2023]冀量标法证字第" + String.format("%04d", 300 + i) + "号", dates.shift(2029, 6, 30),
                    "JZ2025-" + String.format("%04d", 400 + i), flawed ? dates.shift(2026, 5, 31) : dates.shift(2027, 5, 31)));
        }

        // Enterprises: 66 across all cities, of the kinds the seed's campaigns inspect.
        String[][] names = {
                {"MARKET", "农贸市场", "综合批发市场", "蔬菜水果市场"},
                {"GAS_STATION", "加油站", "石油加油站", "能源加油站"},
                {"EYEGLASS_SHOP", "眼镜店", "视光眼镜店", "明目眼镜店"},
                {"PREPACKAGE_PRODUCER", "食品有限公司", "粮油有限公司", "乳业有限公司"},
                {"METER_MAKER", "衡器有限公司", "仪表有限公司", "流量计有限公司"},
                {"KEY_ENERGY_USER", "钢铁有限公司", "热电有限公司", "水泥有限公司"}};
        String[] brands = {"冀安", "燕赵", "太行", "滹沱", "渤海", "长城", "恒泰", "鑫源", "华北", "诚信", "同创"};
        int n = 0;
        List<Enterprise> enterprises = new ArrayList<>();
        for (int c = 0; c < cities.size(); c++) {
            Region city = cities.get(c);
            List<Region> counties = regions.children(city.code());
            for (int k = 0; k < names.length; k++) {
                Region county = counties.get((c + k) % counties.size());
                String[] kind = names[k];
                String name = county.name().replaceAll("(市|区|县)$", "") + brands[(c + k) % brands.length]
                        + kind[1 + (n % 3)];
                enterprises.add(parties.createEnterprise(province, new EnterpriseDraft(code("91", county.code(), random), name,
                        county.name() + "示例路" + (10 + n) + "号", county.code(), kind[0],
                        SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length], "1380311" + String.format("%04d", n))));
                n++;
            }
        }

        // 长安区, where the demo county officer works, gets one enterprise of every kind.
        Region changan = regions.find("130102").orElseThrow();
        Enterprise changanEnterprise = null;
        for (int k = 0; k < names.length; k++, n++) {
            Enterprise e = parties.createEnterprise(province, new EnterpriseDraft(code("91", changan.code(), random),
                    "长安" + brands[(k + 5) % brands.length] + names[k][1 + (k % 3)], "长安区示例街" + (k + 1) + "号",
                    changan.code(), names[k][0], SURNAMES[k] + GIVEN[k + 2], "1390311" + String.format("%04d", k)));
            enterprises.add(e);
            if (changanEnterprise == null) {
                changanEnterprise = e;
            }
        }

        int filed = fileInstruments(province, enterprises);

        // People: one inspector per city bureau, three verifiers per institution.
        for (Region city : cities) {
            Person p = parties.createPerson(province, new PersonDraft(
                    SURNAMES[cities.indexOf(city) % SURNAMES.length] + GIVEN[cities.indexOf(city) % GIVEN.length] + "（监督员）", "INSPECTOR", city.code(), null, ""));
            parties.addQualification(province, p.id(), "冀执法" + city.code() + "01", "计量监督检查",
                    dates.shift(2023, 1, 1), dates.shift(2027, 12, 31));
        }
        int v = 0;
        Long scaleVerifier = null;
        for (Institution inst : institutions) {
            for (int j = 0; j < 3; j++, v++) {
                Person p = parties.createPerson(province, new PersonDraft(SURNAMES[v % SURNAMES.length]
                        + GIVEN[(v * 5 + 3) % GIVEN.length], "VERIFIER", inst.regionCode(), inst.id(), ""));
                // The third verifier of each institution holds a certificate that runs out soon.
                LocalDate until = j == 2 ? dates.shift(2027, 1, 31) : dates.shift(2029, 6, 30);
                parties.addQualification(province, p.id(), "冀检" + String.format("%06d", 1000 + v),
                        String.join("、", types.subList(j, j + 3).stream().flatMap(List::stream).toList()), dates.shift(2022, 3, 1), until);
                if (inst == institutions.get(1) && j == 0) {
                    scaleVerifier = p.id();
                }
            }
        }

        // One account per role. The county officer works in 长安区, whose enterprises the enterprise user owns one of.
        Institution sjzInstitute = institutions.get(1);
        // display names are the people's names: the top bar adds the role and region in the page's language
        identity.createAccount("admin", "王敏", PASSWORD, Role.PROVINCE_ADMIN, PROVINCE, null);
        identity.createAccount("city", "李强", PASSWORD, Role.CITY_OFFICER, "130100", null);
        identity.createAccount("county", "赵静", PASSWORD, Role.COUNTY_OFFICER, "130102", null);
        identity.createAccount("institution", "陈工", PASSWORD, Role.INSTITUTION_STAFF, null, sjzInstitute.id());
        identity.createAccount("enterprise", changanEnterprise.name() + " 负责人", PASSWORD, Role.ENTERPRISE_USER, null,
                changanEnterprise.id());
        // The demo institution's checker (核验员) and approver (批准人): senior staff qualified for its scales, who sign
        // the certificates issued in the system after the verifier (ADR 0020); the demo's own past certificates are
        // written as signed in the institution's system, like the history's.
        for (String[] who : new String[][] {{"孙建华", "冀检009001"}, {"周立新", "冀检009002"}}) {
            Person p = parties.createPerson(province, new PersonDraft(who[0], "VERIFIER", sjzInstitute.regionCode(), sjzInstitute.id(), ""));
            parties.addQualification(province, p.id(), who[1], "电子计价秤、数字指示秤", LocalDate.of(2022, 3, 1), dates.shift(2029, 6, 30));
            v++;
        }
        int certified = verifyScales(province, institutions.get(1), scaleVerifier, changanEnterprise.id());
        queueForInstitute(province, institutions.get(1), changanEnterprise.id());
        long beforeHistory = System.nanoTime();
        DemoHistory.Summary h = history.load(province, institutions, cities);
        long beforeSeedYear = System.nanoTime();
        SeedYearSupervision.Summary y = seedYear.load(province);
        writer.backdateFilings();
        long done = System.nanoTime();
        log.info("Demo province loaded: {} institutions, {} enterprises, {} instruments, {} people, 5 accounts, {} certificates",
                institutions.size(), n, filed, cities.size() + v, certified);
        log.info("Demo verification history loaded: {}; seed year {}; base data {} ms, history {} ms, seed year {} ms, total {} ms", h, y,
                (beforeHistory - started) / 1_000_000, (beforeSeedYear - beforeHistory) / 1_000_000, (done - beforeSeedYear) / 1_000_000,
                (done - started) / 1_000_000);
    }

    /**
     * A few scale verifications by the Shijiazhuang institute (the demo institution account) with a valid
     * standard and a qualified verifier: every other one verified 13 months ago, so overdue now (12-month
     * interval), the rest two months ago but one of the demo enterprise's a year less 20 days ago (due soon, ADR 0021).
     * The demo enterprise's scales in 长安区 come first, so the
     * enterprise and the county officer both see an overdue instrument.
     *
     * <p>Written as of their own days, like the history ({@link DemoHistory}): booked three days before, the
     * certificate issued on the day of verification with a number of that year — not issued today for a
     * verification a year ago, which would show a certificate that expired before the day it was issued.
     * Signed on first view, as the history's are.
     */
    private int verifyScales(DataScope province, Institution institute, Long verifier, long demoEnterpriseId) {
        LocalDate today = dates.today();
        long standard = instruments.registerStandard(province, new MeasurementStandardDraft(institute.id(), "电子秤检定用砝码（M1级）",
                "[2024]冀量标法证字第0888号", dates.shift(2029, 6, 30), "JZ2026-0888", today.plusMonths(8))).id();
        List<Instrument> scales = verifiedScales(institute);
        // One of the demo enterprise account's scales verified two months ago is instead verified a year less 20 days
        // ago, so it falls due within the reminder window and its home shows a due-date reminder (ADR 0021).
        int dueSoon = -1;
        for (int k = 1; k < scales.size(); k += 2) {
            if (scales.get(k).ownerEnterpriseId() == demoEnterpriseId) {
                dueSoon = k;
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<VerificationRow> rows = new ArrayList<>();
        for (int k = 0; k < scales.size(); k++) {
            Instrument scale = scales.get(k);
            LocalDate day = k == dueSoon ? today.minusMonths(12).plusDays(20)
                    : k % 2 == 0 ? today.minusMonths(13) : today.minusMonths(2);
            days.add(day);
            rows.add(new VerificationRow(scale.id(), institute.id(), scale.ownerEnterpriseId(), scale.regionCode(), "CERTIFIED",
                    OffsetDateTime.of(day.minusDays(3), LocalTime.of(9, 0), CHINA), day, verifier, SCALE_15_KG, true,
                    k == 3 ? new BigDecimal("0.00") : new BigDecimal("20.00"), k == 3));
        }
        List<Long> ids = writer.insertVerifications(rows);
        List<long[]> standards = new ArrayList<>();
        List<CertificateRow> certificates = new ArrayList<>();
        java.util.Map<Integer, Long> sequences = new java.util.TreeMap<>();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            order.add(k);
        }
        order.sort(java.util.Comparator.comparing((Integer k) -> days.get(k)).thenComparing(k -> k));
        for (int k : order) {
            LocalDate day = days.get(k);
            long seq = sequences.merge(day.getYear(), 1L, Long::sum);
            LocalDate due = NextDue.periodic(day, 12).dueDate().orElseThrow();
            standards.add(new long[] {ids.get(k), standard});
            certificates.add(new CertificateRow(ids.get(k), new CertificateNumber(VerificationManagement.institutionCode(institute.id()),
                    day.getYear(), seq).format(), institute.id(), "CERTIFICATE", OffsetDateTime.of(day, LocalTime.of(16, 0), CHINA),
                    due.minusDays(1), due, "VALID", null, null));
        }
        writer.insertVerificationStandards(standards);
        writer.insertCertificates(certificates);
        sequences.forEach((year, last) -> writer.raiseCertificateSequence(institute.id(), year, last));
        return certificates.size();
    }

    /**
     * The bureau books three of the scales that fell overdue above (verified 13 months ago) for verification again and
     * assigns them to the Shijiazhuang institute today, through the verification module (audited like an officer's):
     * the institution account's home opens on a queue of new assignments to record. Other enterprises' scales first,
     * so the demo enterprise account's own overdue scale stays as it is.
     */
    private void queueForInstitute(DataScope province, Institution institute, long demoEnterpriseId) {
        List<Instrument> scales = verifiedScales(institute);
        java.util.stream.IntStream.range(0, scales.size()).filter(k -> k % 2 == 0).mapToObj(scales::get)
                .sorted(java.util.Comparator.comparing((Instrument i) -> i.ownerEnterpriseId() == demoEnterpriseId))
                .limit(3)
                .forEach(i -> verifications.assign(province, verifications.book(province, i.id()).id(), institute.id()));
    }

    /** The eight scales the institute verified in the demo: those of its region, 长安区 first, in filing order. */
    private List<Instrument> verifiedScales(Institution institute) {
        return filedScales.stream().filter(i -> regions.isWithin(i.regionCode(), institute.regionCode()))
                .sorted(java.util.Comparator.comparing((Instrument i) -> !"130102".equals(i.regionCode())).thenComparing(Instrument::id))
                .limit(8).toList();
    }

    /** Class III, e = 5 g, Max 15 kg: errors within the MPE. */
    private static final String SCALE_15_KG = """
            {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":15,"unit":"kg",\
            "zero":{"load":0,"indication":0,"addedWeights":0.002},\
            "loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":7.5,"indication":7.505,"addedWeights":0.002},\
            {"load":15,"indication":15.005,"addedWeights":0.002}]}""";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** Category, use, fictitious maker and model of the instruments each kind of enterprise files. */
    private record Kit(String category, String use, String maker, String model, String prefix, int count) {
    }

    private static List<Kit> kits(EnterpriseCategory category) {
        return switch (category) {
            case GAS_STATION -> List.of(new Kit("FUEL_DISPENSER", "TRADE", "燕赵加油设备有限公司（演示）", "YZ-JYJ-2", "JY", 4));
            case MARKET -> List.of(new Kit("PRICE_COMPUTING_SCALE", "TRADE", "太行衡器有限公司（演示）", "TH-ACS-15", "JJC", 3),
                    new Kit("DIGITAL_INDICATING_SCALE", "TRADE", "太行衡器有限公司（演示）", "TH-TCS-150", "SZC", 1));
            case EYEGLASS_SHOP -> List.of(new Kit("FOCIMETER", "HEALTH", "明视光学仪器有限公司（演示）", "MS-JDJ-1", "JDJ", 1),
                    new Kit("REFRACTOR", "HEALTH", "明视光学仪器有限公司（演示）", "MS-YGY-8", "YGY", 1),
                    new Kit("TRIAL_LENS_SET", "HEALTH", "明视光学仪器有限公司（演示）", "MS-JPZ-266", "JPZ", 1));
            case PREPACKAGE_PRODUCER -> List.of(new Kit("DIGITAL_INDICATING_SCALE", "TRADE", "渤海称重设备有限公司（演示）", "BH-TCS-300", "SZC", 3));
            case METER_MAKER -> List.of(new Kit("WATER_METER_DN25", "TRADE", "滹沱仪表有限公司（演示）", "HT-LXS-20", "SB", 2),
                    new Kit("GAS_METER_HOUSEHOLD", "TRADE", "滹沱仪表有限公司（演示）", "HT-G2.5", "RQB", 1));
            case KEY_ENERGY_USER -> List.of(new Kit("WATER_METER_LARGE", "TRADE", "长城流量仪表有限公司（演示）", "CC-LXL-100", "DSB", 2),
                    new Kit("SPHYGMOMANOMETER", "HEALTH", "恒泰医疗器械有限公司（演示）", "HT-XYJ-1", "XYJ", 1));
            case OTHER -> List.of();
        };
    }

    /** Files the instruments of every demo enterprise, with made-up but deterministic serial numbers. */
    private int fileInstruments(DataScope province, List<Enterprise> enterprises) {
        int filed = 0;
        for (Enterprise e : enterprises) {
            for (Kit kit : kits(e.category())) {
                for (int i = 1; i <= kit.count(); i++) {
                    String serial = kit.prefix() + "-" + e.regionCode() + "-" + String.format("%05d", e.id()) + "-" + i;
                    Instrument filedOne = instruments.file(province, new InstrumentDraft(kit.category(), kit.maker(), kit.model(), serial, "",
                            "", "", e.id(), e.regionCode(), e.address(), kit.use()));
                    if ("PRICE_COMPUTING_SCALE".equals(kit.category())) {
                        filedScales.add(filedOne);
                    }
                    filed++;
                }
            }
        }
        return filed;
    }

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"};

    /** A fictitious credit code for the region with a valid GB 32100 check character. */
    static String code(String prefix, String regionCode, Random random) {
        StringBuilder sb = new StringBuilder(prefix).append(regionCode).append("MA");
        for (int i = 0; i < 7; i++) {
            sb.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }
}
