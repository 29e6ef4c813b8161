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
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.DemoReferenceDate;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.supervision.CampaignDraft;
import org.metrolex.supervision.RectificationOrder;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.DispenserCheck;
import org.metrolex.supervision.domain.InspectionForm;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.DefectCode;
import org.metrolex.verification.domain.NextDue;
import org.springframework.stereotype.Component;

/**
 * The seed's year of spot checks (seed/000, "一是開展專項監督檢查"), run through the supervision module as
 * the bureaus would run it, so that its statistics reproduce the summary's figures from data:
 * <ul>
 *   <li>集贸市场: {@value #MARKETS} markets, {@value #MARKET_INSTRUMENTS} instruments, {@value #MARKET_FRAUD} cheating cases;</li>
 *   <li>眼镜店: {@value #EYEGLASS_SHOPS} shops, {@value #EYEGLASS_OVERDUE} using instruments past their due date — found by
 *       the supervision module from the verification records, not typed in;</li>
 *   <li>法定计量单位: {@value #LEGAL_UNITS} newspapers and printers, nothing found;</li>
 *   <li>加油站: {@value #GAS_STATIONS} stations, {@value #DISPENSERS} dispensers judged by metrology-core, {@value #GAS_CASES} cases;</li>
 *   <li>法定计量检定机构: {@value #INSTITUTIONS} institutions, {@value #INSTITUTIONS_WITH_PROBLEMS} with problems, all rectified;</li>
 *   <li>证书质量抽查: {@value #CERTIFICATES} certificates of {@value #CERTIFICATE_INSTITUTIONS} institutions, {@value #CERTIFICATES_DEFECTIVE}
 *       defective — found by the verification module's certificate rules, every one ordered to be rectified.</li>
 * </ul>
 * (The prepackaged goods figures, 248 producers / 409 lots / 96.3 %, are the prepackaged module's statistics.)
 *
 * <p>How the figures become exact with a real random draw: every campaign is committed and drawn with a
 * fresh seed by {@link SupervisionManagement} from a population larger than the sample (the certificate check
 * takes all certificates of the 32 chosen institutions, as the seed did); what the inspectors find is then
 * entered for the drawn targets, and for eyeglass shops the instruments' verification histories are written
 * after the draw so that exactly {@value #EYEGLASS_OVERDUE} drawn shops hold an instrument past its due date.
 * Which targets are drawn changes with every start; the figures do not.
 *
 * <p>Optometry instruments (验光仪, 焦度计) have no verification interval and no readings family in the rules
 * library (RULES.md S11: interval not obtained): their demo certificates carry the due date printed by the
 * fictitious station (one year) and no readings, so the certificate audit reports them as conclusions without
 * a computed decision — which is what it should say of such certificates.
 */
@Component
class SeedYearSupervision {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SeedYearSupervision.class);

    static final int MARKETS = 286;
    static final int MARKET_INSTRUMENTS = 7846;
    static final int MARKET_FRAUD = 34;
    static final int EYEGLASS_SHOPS = 3027;
    static final int EYEGLASS_OVERDUE = 248;
    static final int LEGAL_UNITS = 28;
    static final int GAS_STATIONS = 1242;
    static final int DISPENSERS = 3685;
    static final int GAS_CASES = 6;
    static final int INSTITUTIONS = 49;
    static final int INSTITUTIONS_WITH_PROBLEMS = 42;
    static final int CERTIFICATE_INSTITUTIONS = 32;
    static final int CERTIFICATES = 672;
    static final int CERTIFICATES_DEFECTIVE = 617;

    /** Campaign names, by which the tests and the statistics page find them. */
    static final String MARKET_CAMPAIGN = "集贸市场数字指示秤计量专项随机抽查（演示年度）";
    static final String EYEGLASS_CAMPAIGN = "眼镜制配场所计量专项抽查“回头看”（演示年度）";
    static final String LEGAL_UNITS_CAMPAIGN = "报社和印刷单位法定计量单位使用情况专项监督抽查（演示年度）";
    static final String GAS_CAMPAIGN = "加油站强检计量器具专项随机监督抽查（演示年度）";
    static final String INSTITUTIONS_CAMPAIGN = "法定计量检定机构监督检查（演示年度）";
    static final String CERTIFICATES_CAMPAIGN = "检定/校准证书质量抽查（演示年度）";

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final long SEED = 20201231L + 6;

    private final SupervisionManagement supervision;
    private final PartyManagement parties;
    private final InstrumentManagement instruments;
    private final VerificationManagement verifications;
    private final RegionCatalogue regions;
    private final DemoBulkWriter writer;
    private final AuditTrail audit;
    private final DemoReferenceDate dates;

    SeedYearSupervision(SupervisionManagement supervision, PartyManagement parties, InstrumentManagement instruments,
                        VerificationManagement verifications, RegionCatalogue regions, DemoBulkWriter writer, AuditTrail audit, DemoReferenceDate dates) {
        this.supervision = supervision;
        this.parties = parties;
        this.instruments = instruments;
        this.verifications = verifications;
        this.regions = regions;
        this.writer = writer;
        this.audit = audit;
        this.dates = dates;
    }

    record Summary(int enterprises, int institutions, int certificates, int eyeglassInstruments, int inspections, int findings) {
    }

    Summary load(DataScope province) {
        long t0 = System.nanoTime();
        Random random = new Random(SEED);
        LocalDate today = dates.today();
        // every county-level region except 长安区, whose data belong to the demo accounts and the tests built on them
        List<Region> counties = regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY && !r.code().equals("130102"))
                .sorted(Comparator.comparing(Region::code)).toList();

        // --- populations larger than the samples: markets, gas stations, eyeglass shops, newspapers and printers
        Map<String, Integer> existing = new HashMap<>();
        for (String category : List.of("MARKET", "GAS_STATION", "EYEGLASS_SHOP", "OTHER")) {
            int[] n = {0};
            parties.forEachActiveEnterprise(province, category, e -> n[0]++);
            existing.put(category, n[0]);
        }
        List<EnterpriseRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        addEnterprises(rows, codes, counties, random, "MARKET", 330 - existing.get("MARKET"), new String[] {"农贸市场", "集贸市场", "便民市场"});
        addEnterprises(rows, codes, counties, random, "GAS_STATION", 1420 - existing.get("GAS_STATION"),
                new String[] {"加油站", "石化加油站", "能源加油站"});
        int shopsFrom = rows.size();
        addEnterprises(rows, codes, counties, random, "EYEGLASS_SHOP", 3480 - existing.get("EYEGLASS_SHOP"),
                new String[] {"眼镜店", "视光中心", "眼镜行"});
        int shopsTo = rows.size();
        addEnterprises(rows, codes, counties, random, "OTHER", 40 - existing.get("OTHER"), new String[] {"日报社", "印刷有限公司", "晚报社"});
        List<Long> ids = writer.insertEnterprises(rows);
        Map<Long, EnterpriseRow> shops = new LinkedHashMap<>();
        for (int i = shopsFrom; i < shopsTo; i++) {
            shops.put(ids.get(i), rows.get(i));
        }

        // --- institutions: county verification institutes, so that 49 can be drawn; 32 of them issued the certificates checked
        List<Institution> institutions = new ArrayList<>();
        for (int k = 0; k < 46; k++) {
            Region county = counties.get((k * 7 + 2) % counties.size());
            institutions.add(parties.createInstitution(province, new InstitutionDraft(DemoData.code("12", county.code(), random),
                    place(county) + "计量检定所（演示）", county.name() + "计量路" + (k + 1) + "号", county.code(), "STATUTORY",
                    "0311-8600" + String.format("%04d", k))));
        }
        Institution station = parties.createInstitution(province, new InstitutionDraft(DemoData.code("12", "130000", random),
                "河北省眼镜计量检定站（演示）", "石家庄市光明路8号", "130000", "STATUTORY", "0311-86009999"));
        List<Long> certificateIssuers = institutions.subList(0, CERTIFICATE_INSTITUTIONS).stream().map(Institution::id).toList();
        long tPopulations = System.nanoTime();
        int certificates = writeCheckedCertificates(province, institutions.subList(0, CERTIFICATE_INSTITUTIONS), counties, codes, random, today);

        // --- the campaigns, organised by the province bureau, its inspectors from every city
        List<Long> pool = parties.inspectorDirectory().stream().map(Person::id).toList();
        int[] inspections = {0};
        int[] findings = {0};

        long tCertificates = System.nanoTime();
        Campaign markets = drawn(province, new CampaignDraft(MARKET_CAMPAIGN, "MARKET_SCALES", "130000", MARKETS, null, "NONE", 2, pool));
        List<Task> marketTasks = supervision.tasks(province, markets.id());
        for (int i = 0; i < marketTasks.size(); i++) {
            // 7,846 instruments over 286 markets: 27 each, one more for the first 124; cheating at every 8th market
            int checked = MARKET_INSTRUMENTS / MARKETS + (i < MARKET_INSTRUMENTS % MARKETS ? 1 : 0);
            int fraud = i % 8 == 3 && i / 8 < MARKET_FRAUD ? 1 : 0;
            supervision.recordInspection(province, marketTasks.get(i).id(), new InspectionForm(today, checked, 0, fraud, null, 0, 0,
                    null, null, null, fraud > 0 ? "电子计价秤加装遥控作弊装置" : ""));
            inspections[0]++;
        }
        for (Finding f : supervision.findings(province, markets.id())) {
            supervision.openCase(province, f.id());
            supervision.decide(province, f.id(), "责令改正，没收计量作弊装置，并处罚款（演示）");
            findings[0]++;
        }

        long tMarkets = System.nanoTime();
        Campaign gas = drawn(province, new CampaignDraft(GAS_CAMPAIGN, "GAS_STATIONS", "130000", GAS_STATIONS, null, "NONE", 2, pool));
        List<Task> gasTasks = supervision.tasks(province, gas.id());
        for (int i = 0; i < gasTasks.size(); i++) {
            // 3,685 dispensers over 1,242 stations: two each, a third at the first 1,201; one dispenser 0.5 % out at six stations
            int count = DISPENSERS / GAS_STATIONS + (i < DISPENSERS % GAS_STATIONS ? 1 : 0);
            boolean failing = i % 200 == 17 && i / 200 < GAS_CASES;
            List<DispenserCheck> runs = new ArrayList<>();
            for (int d = 1; d <= count; d++) {
                runs.add(new DispenserCheck(d + "号", new BigDecimal(failing && d == 1 ? "20.10" : "20.02"), new BigDecimal("20.00")));
            }
            supervision.recordInspection(province, gasTasks.get(i).id(), new InspectionForm(today, count, 0, 0, runs, 0, 0, null, null, null, ""));
            inspections[0]++;
        }
        for (Finding f : supervision.findings(province, gas.id())) {
            supervision.openCase(province, f.id());
            supervision.decide(province, f.id(), "责令停止使用超差加油机并限期检定，处以罚款（演示）");
            findings[0]++;
        }

        long tGas = System.nanoTime();
        Campaign eyeglass = drawn(province, new CampaignDraft(EYEGLASS_CAMPAIGN, "EYEGLASS_SHOPS", "130000", EYEGLASS_SHOPS, null, "NONE", 2, pool));
        List<Task> shopTasks = supervision.tasks(province, eyeglass.id());
        long tEyeglassDrawn = System.nanoTime();
        int eyeglassInstruments = writeShopInstruments(province, station, shops, shopTasks, random, today);
        for (Task t : shopTasks) {
            // the new shops' refractor and focimeter; the base demo's shops filed three optometry instruments each
            int instrumentsHere = shops.containsKey(t.enterpriseId()) ? 2 : 3;
            supervision.recordInspection(province, t.id(), new InspectionForm(today, instrumentsHere, 0, 0, null, 0, 0, null, null, null, ""));
            inspections[0]++;
        }
        List<Finding> overdue = supervision.findings(province, eyeglass.id());
        for (int i = 0; i < overdue.size(); i++) {
            supervision.orderRectification(province, overdue.get(i).id(), new RectificationOrder(15, null));
            if (i % 5 != 0) {
                supervision.recordRectified(province, overdue.get(i).id(), "复查：超期器具已送检，取得有效检定证书（演示）");
            }
            findings[0]++;
        }

        long tEyeglass = System.nanoTime();
        Campaign units = drawn(province, new CampaignDraft(LEGAL_UNITS_CAMPAIGN, "LEGAL_UNITS", "130000", LEGAL_UNITS, null, "NONE", 2, pool));
        for (Task t : supervision.tasks(province, units.id())) {
            supervision.recordInspection(province, t.id(), new InspectionForm(today, 0, 0, 0, null, 6 + (int) (t.id() % 9), 0, null, null, null,
                    "抽查报刊版面和印刷品"));
            inspections[0]++;
        }

        Campaign checked = drawn(province, new CampaignDraft(INSTITUTIONS_CAMPAIGN, "INSTITUTIONS", "130000", INSTITUTIONS, null, "NONE", 2, pool));
        List<Task> institutionTasks = supervision.tasks(province, checked.id());
        for (int i = 0; i < institutionTasks.size(); i++) {
            boolean problem = i < INSTITUTIONS_WITH_PROBLEMS;
            supervision.recordInspection(province, institutionTasks.get(i).id(), new InspectionForm(today, 0, 0, 0, null, 0, 0,
                    !problem || i % 3 != 0, !problem || i % 3 != 1, !problem || i % 3 != 2, ""));
            inspections[0]++;
        }
        for (Finding f : supervision.findings(province, checked.id())) {
            supervision.orderRectification(province, f.id(), new RectificationOrder(20, null));
            supervision.recordRectified(province, f.id(), "复查：问题已整改到位（演示）");
            findings[0]++;
        }

        long tInstitutions = System.nanoTime();
        Campaign certs = drawn(province, new CampaignDraft(CERTIFICATES_CAMPAIGN, "CERTIFICATES", "130000", null, BigDecimal.ONE, "NONE", 2,
                pool, certificateIssuers));
        long tCertsDrawn = System.nanoTime();
        supervision.auditCertificates(province, certs.id());
        inspections[0] += CERTIFICATES;
        for (Finding f : supervision.findings(province, certs.id())) {
            supervision.orderRectification(province, f.id(), new RectificationOrder(20, null));
            supervision.recordRectified(province, f.id(), "机构已重新出具证书并完善质量体系（演示）");
            findings[0]++;
        }

        long tCertsChecked = System.nanoTime();
        for (Campaign c : List.of(markets, gas, eyeglass, units, checked, certs)) {
            supervision.publish(province, c.id());
        }
        // the overdue notices the daily job would have sent for the eyeglass shops' instruments
        verifications.recordOverdueNotices();

        Summary summary = new Summary(rows.size(), institutions.size() + 1, certificates, eyeglassInstruments, inspections[0], findings[0]);
        audit.record("demo.seed-year", "demo", "seed-year", null, summary);
        log.info("Demo seed year of spot checks: {} in {} ms; phases (ms): populations {}, certificates {}, markets {}, gas stations {}, "
                + "eyeglass draw {}, eyeglass {}, legal units and institutions {}, certificate draw {}, certificate audit {}, publish {}",
                summary, ms(t0, System.nanoTime()), ms(t0, tPopulations), ms(tPopulations, tCertificates), ms(tCertificates, tMarkets),
                ms(tMarkets, tGas), ms(tGas, tEyeglassDrawn), ms(tEyeglassDrawn, tEyeglass), ms(tEyeglass, tInstitutions),
                ms(tInstitutions, tCertsDrawn), ms(tCertsDrawn, tCertsChecked), ms(tCertsChecked, System.nanoTime()));
        return summary;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Creates, commits (population and seed commitment published) and draws a campaign. */
    private Campaign drawn(DataScope province, CampaignDraft draft) {
        Campaign c = supervision.create(province, draft);
        supervision.commit(province, c.id());
        return supervision.draw(province, c.id());
    }

    private void addEnterprises(List<EnterpriseRow> rows, Set<String> codes, List<Region> counties, Random random, String category,
                                       int count, String[] kinds) {
        for (int i = 0; i < count; i++) {
            Region county = counties.get((i * 13 + category.length()) % counties.size());
            String code;
            do {
                code = DemoData.code("91", county.code(), random);
            } while (!codes.add(code));
            // the i-th of a county gets its own brand and kind (at most 30 a county): names stay distinct
            int nth = i / counties.size();
            rows.add(new EnterpriseRow(code, place(county) + BRANDS[nth % BRANDS.length] + kinds[(nth / BRANDS.length) % kinds.length] + "（演示）",
                    county.name() + "示例街" + (200 + i) + "号", county.code(), category,
                    DemoData.SURNAMES[i % DemoData.SURNAMES.length] + "负责人", "1360311" + String.format("%04d", i % 10000)));
        }
    }

    /**
     * The certificates the certificate spot check takes: 21 price-computing-scale certificates from each of 32 county
     * institutes ({@value #CERTIFICATES} in all), {@value #CERTIFICATES_DEFECTIVE} of them with one blocking defect of the
     * legitimacy rules each (kinds in turn), the rest legitimate: authorised line, qualified verifier, assessed and
     * calibrated standard, readings within the MPE.
     */
    private int writeCheckedCertificates(DataScope province, List<Institution> issuers, List<Region> counties, Set<String> codes,
                                         Random random, LocalDate today) {
        record Means(Institution institution, long verifier, long fuelVerifier, long lapsedVerifier, long standard, long unassessed,
                     long overdue) {
        }
        List<Means> means = new ArrayList<>();
        int k = 0;
        for (Institution inst : issuers) {
            parties.addAuthorization(province, inst.id(), "(冀)法计(2021)X" + String.format("%04d", inst.id()), "电子计价秤", inst.regionCode(),
                    dates.shift(2021, 1, 1), dates.shift(2029, 12, 31));
            String n = String.format("%04d", inst.id());
            means.add(new Means(inst,
                    verifier(province, inst, k++, "电子计价秤、数字指示秤", dates.shift(2029, 6, 30)),
                    verifier(province, inst, k++, "燃油加油机", dates.shift(2029, 6, 30)),
                    verifier(province, inst, k++, "电子计价秤、数字指示秤", dates.shift(2024, 12, 31)),
                    standard(province, inst, "电子秤检定用砝码（M1级）", "[2021]冀量标法证字第X" + n + "1号", dates.shift(2030, 12, 31), today.plusMonths(8)),
                    standard(province, inst, "砝码（考核证书已过期）", "[2017]冀量标法证字第X" + n + "3号", dates.shift(2024, 12, 31), today.plusMonths(8)),
                    standard(province, inst, "砝码（已超溯源有效期）", "[2021]冀量标法证字第X" + n + "4号", dates.shift(2030, 12, 31),
                            today.minusMonths(14))));
        }
        // one market per issuing institute's county owns the scales verified
        List<EnterpriseRow> owners = new ArrayList<>();
        for (Means m : means) {
            String code;
            do {
                code = DemoData.code("91", m.institution().regionCode(), random);
            } while (!codes.add(code));
            String place = place(regions.find(m.institution().regionCode()).orElseThrow());
            owners.add(new EnterpriseRow(code, place + "计量示范农贸市场（演示）", place + "示范路1号", m.institution().regionCode(), "MARKET",
                    "周经理", "1350311" + String.format("%04d", owners.size())));
        }
        List<Long> ownerIds = writer.insertEnterprises(owners);
        // an instrument of another county, for the institute verifying outside its authorisation
        String elsewhere = counties.get(0).code();
        List<InstrumentRow> instrumentRows = new ArrayList<>();
        record Draft(Means m, DefectCode defect, LocalDate day, int instrument) {
        }
        List<Draft> drafts = new ArrayList<>();
        List<DefectCode> kinds = DemoHistory.plantedKinds();
        int legitimate = CERTIFICATES - CERTIFICATES_DEFECTIVE;
        for (int i = 0; i < means.size(); i++) {
            Means m = means.get(i);
            int legitHere = legitimate / means.size() + (i < legitimate % means.size() ? 1 : 0);
            for (int j = 0; j < CERTIFICATES / CERTIFICATE_INSTITUTIONS; j++) {
                int serial = drafts.size();
                DefectCode defect = j < legitHere ? null : kinds.get(serial % kinds.size());
                LocalDate day = defect == DefectCode.AUTHORIZATION_EXPIRED ? dates.shift(2020, 6, 1).plusDays(serial % 180)
                        : today.minusDays(20 + (serial * 37L) % 300);
                String region = defect == DefectCode.AUTHORIZATION_MISSING && !elsewhere.equals(m.institution().regionCode())
                        ? elsewhere : m.institution().regionCode();
                byte[] token = new byte[16];
                random.nextBytes(token);
                instrumentRows.add(new InstrumentRow(DemoHistory.PRICE_SCALE, "太行衡器有限公司（演示）", "TH-ACS-30",
                        "ZSCC-" + m.institution().id() + "-" + (j + 1), "III", "30 kg", ownerIds.get(i), region, "示范市场",
                        "TRADE", Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                        OffsetDateTime.of(day.minusMonths(2), LocalTime.NOON, CHINA)));
                drafts.add(new Draft(m, defect, day, instrumentRows.size() - 1));
            }
        }
        List<Long> instrumentIds = writer.insertInstruments(instrumentRows);
        drafts.sort(Comparator.comparing(Draft::day).thenComparing(Draft::instrument));
        List<VerificationRow> verificationRows = new ArrayList<>();
        for (Draft d : drafts) {
            InstrumentRow row = instrumentRows.get(d.instrument());
            Long verifier = switch (d.defect() == null ? DefectCode.CERTIFICATE_NUMBER_INVALID : d.defect()) {
                case VERIFIER_NOT_QUALIFIED -> d.m().fuelVerifier();
                case VERIFIER_QUALIFICATION_EXPIRED -> d.m().lapsedVerifier();
                case MANDATORY_FIELD_MISSING -> null;
                default -> d.m().verifier();
            };
            boolean badReadings = d.defect() == DefectCode.CONCLUSION_NOT_SUPPORTED;
            verificationRows.add(new VerificationRow(instrumentIds.get(d.instrument()), d.m().institution().id(), ownerIds.get(means.indexOf(d.m())),
                    row.regionCode(), "CERTIFIED", OffsetDateTime.of(d.day().minusDays(3), LocalTime.of(9, 0), CHINA), d.day(), verifier,
                    badReadings ? DemoHistory.BAD_SCALE : DemoHistory.GOOD_SCALE, !badReadings, new BigDecimal("20.00"), false));
        }
        List<Long> verificationIds = writer.insertVerifications(verificationRows);
        List<long[]> standards = new ArrayList<>();
        List<CertificateRow> certificates = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long vid = verificationIds.get(i);
            DefectCode defect = d.defect();
            if (defect != DefectCode.NO_STANDARD_USED) {
                standards.add(new long[] {vid, defect == DefectCode.STANDARD_ASSESSMENT_INVALID ? d.m().unassessed()
                        : defect == DefectCode.STANDARD_CALIBRATION_OVERDUE ? d.m().overdue() : d.m().standard()});
            }
            long seq = sequences.merge(d.m().institution().id() + "/" + d.day().getYear(), 1L, Long::sum);
            String number = defect == DefectCode.CERTIFICATE_NUMBER_INVALID ? "冀检" + d.day().getYear() + "-" + (i + 1)
                    : new CertificateNumber(VerificationManagement.institutionCode(d.m().institution().id()), d.day().getYear(), seq).format();
            LocalDate due = NextDue.periodic(d.day(), 12).dueDate().orElseThrow();
            certificates.add(new CertificateRow(vid, number, d.m().institution().id(), "CERTIFICATE",
                    OffsetDateTime.of(d.day(), LocalTime.of(16, 0), CHINA), due.minusDays(1), due, "VALID", null, null));
        }
        writer.insertVerificationStandards(standards);
        writer.insertCertificates(certificates);
        sequences.forEach((key, last) -> {
            String[] p = key.split("/");
            writer.raiseCertificateSequence(Long.parseLong(p[0]), Integer.parseInt(p[1]), last);
        });
        return certificates.size();
    }

    /**
     * A refractor and a focimeter in every new eyeglass shop, each verified once by the provincial eyeglass station
     * (due date one year after, as printed on its certificate). Exactly {@value #EYEGLASS_OVERDUE} of the drawn shops —
     * and about one in twelve of the others — let one instrument's certificate run out.
     */
    private int writeShopInstruments(DataScope province, Institution station, Map<Long, EnterpriseRow> shops, List<Task> drawn,
                                     Random random, LocalDate today) {
        for (String type : List.of("验光仪（综合验光仪）", "焦度计", "验光镜片组")) {
            parties.addAuthorization(province, station.id(), "(冀)法计(2022)Y0001", type, "130000", dates.shift(2022, 1, 1),
                    dates.shift(2029, 12, 31));
        }
        long verifier = verifier(province, station, 900, "验光仪（综合验光仪）、焦度计、验光镜片组", dates.shift(2029, 6, 30));
        long standard = standard(province, station, "验光仪检定装置（标准模拟眼）", "[2022]冀量标法证字第Y0001号", dates.shift(2030, 12, 31),
                today.plusMonths(6));
        Set<Long> overdueShops = new HashSet<>();
        for (Task t : drawn) {
            if (overdueShops.size() < EYEGLASS_OVERDUE && t.enterpriseId() != null && shops.containsKey(t.enterpriseId())
                    && t.position() % 12 == 5) {
                overdueShops.add(t.enterpriseId());
            }
        }
        for (Task t : drawn) {
            if (overdueShops.size() < EYEGLASS_OVERDUE && t.enterpriseId() != null && shops.containsKey(t.enterpriseId())) {
                overdueShops.add(t.enterpriseId());
            }
        }
        Set<Long> drawnShops = new HashSet<>();
        drawn.forEach(t -> drawnShops.add(t.enterpriseId()));
        List<InstrumentRow> rows = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        int s = 0;
        for (Map.Entry<Long, EnterpriseRow> shop : shops.entrySet()) {
            EnterpriseRow owner = shop.getValue();
            boolean lapses = overdueShops.contains(shop.getKey()) || !drawnShops.contains(shop.getKey()) && s % 12 == 7;
            String[][] kit = {{"REFRACTOR", "MS-YGY-8", "YGY"}, {"FOCIMETER", "MS-JDJ-1", "JDJ"}};
            for (int i = 0; i < kit.length; i++) {
                byte[] token = new byte[16];
                random.nextBytes(token);
                rows.add(new InstrumentRow(kit[i][0], "明视光学仪器有限公司（演示）", kit[i][1], kit[i][2] + "-" + owner.regionCode() + "-"
                        + String.format("%06d", shop.getKey()) + "-1", "", "", shop.getKey(), owner.regionCode(), owner.address(), "HEALTH",
                        Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                        OffsetDateTime.of(today.minusMonths(30), LocalTime.NOON, CHINA)));
                // the refractor of a lapsing shop was verified 13 to 16 months ago: its certificate ran out
                days.add(lapses && i == 0 ? today.minusDays(400 + s % 90) : today.minusDays(30 + (s * 17L + i * 5) % 300));
            }
            s++;
        }
        List<Long> instrumentIds = writer.insertInstruments(rows);
        List<VerificationRow> verificationRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            InstrumentRow r = rows.get(i);
            verificationRows.add(new VerificationRow(instrumentIds.get(i), station.id(), r.ownerEnterpriseId(), r.regionCode(), "CERTIFIED",
                    OffsetDateTime.of(days.get(i).minusDays(2), LocalTime.of(9, 0), CHINA), days.get(i), verifier, null, true,
                    new BigDecimal("0.00"), true));
        }
        List<Long> verificationIds = writer.insertVerifications(verificationRows);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> days.get(i)).thenComparing(i -> i));
        List<long[]> standards = new ArrayList<>();
        List<CertificateRow> certificates = new ArrayList<>();
        Map<Integer, Long> sequences = new HashMap<>();
        for (int i : order) {
            LocalDate day = days.get(i);
            long vid = verificationIds.get(i);
            standards.add(new long[] {vid, standard});
            long seq = sequences.merge(day.getYear(), 1L, Long::sum);
            LocalDate due = day.plusYears(1);
            certificates.add(new CertificateRow(vid, new CertificateNumber(VerificationManagement.institutionCode(station.id()), day.getYear(), seq)
                    .format(), station.id(), "CERTIFICATE", OffsetDateTime.of(day, LocalTime.of(16, 0), CHINA), due.minusDays(1), due, "VALID",
                    null, null));
        }
        writer.insertVerificationStandards(standards);
        writer.insertCertificates(certificates);
        sequences.forEach((year, last) -> writer.raiseCertificateSequence(station.id(), year, last));
        return rows.size();
    }

    /** City and county, short: 邢台桥西 (several cities have a 桥西区). */
    private String place(Region county) {
        String city = regions.find(county.code().substring(0, 4) + "00").map(Region::name).orElse("");
        return city.replaceAll("市$", "") + county.name().replaceAll("(市|区|县|自治县)$", "");
    }

        private long verifier(DataScope province, Institution inst, int k, String scope, LocalDate until) {
        Person p = parties.createPerson(province, new PersonDraft(DemoData.SURNAMES[k % DemoData.SURNAMES.length]
                + GIVEN[(k * 3 + 2) % GIVEN.length] + GIVEN[(k * 7 + 1) % GIVEN.length], "VERIFIER", inst.regionCode(), inst.id(), ""));
        parties.addQualification(province, p.id(), "冀检X" + String.format("%05d", inst.id() * 10 + k % 10), scope, dates.shift(2020, 1, 1),
                until);
        return p.id();
    }

    private long standard(DataScope province, Institution inst, String name, String assessmentNo, LocalDate assessmentUntil, LocalDate due) {
        return instruments.registerStandard(province, new MeasurementStandardDraft(inst.id(), name, assessmentNo, assessmentUntil,
                "JZX-" + inst.id() + "-" + Math.abs(name.hashCode() % 10000), due)).id();
    }

    private static final String[] BRANDS = {"光明", "视界", "明眸", "清晰", "远景", "博视", "亮点", "精工", "雅视", "康明"};
    private static final String[] GIVEN = {"晓", "德", "振", "雪", "雨", "泽", "思", "悦", "斌", "琳", "涵", "锋", "晨", "峰", "萍"};
}
