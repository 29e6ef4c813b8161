package org.metrolex.party;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.party.persistence.Enterprises;
import org.metrolex.party.persistence.Institutions;
import org.metrolex.party.persistence.People;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's API: registries of enterprises, institutions and people. Reads return only what the
 * caller's {@link DataScope} allows; writes check that the caller may manage the record's region and
 * are audited in the same transaction.
 */
@Service
public class PartyManagement {

    private final Enterprises enterprises;
    private final Institutions institutions;
    private final People people;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate eachRow;

    PartyManagement(Enterprises enterprises, Institutions institutions, People people, RegionCatalogue regions,
                    AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.enterprises = enterprises;
        this.institutions = institutions;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.eachRow = new TransactionTemplate(transactions);
        // a row of an import commits on its own even when the caller already holds a transaction
        this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---------------------------------------------------------------- enterprises

    @Transactional(readOnly = true)
    public ResultPage<Enterprise> searchEnterprises(DataScope scope, EnterpriseQuery query, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return enterprises.search(scope, query, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public void forEachEnterprise(DataScope scope, EnterpriseQuery query, Consumer<Enterprise> consumer) {
        enterprises.forEach(scope, query, consumer);
    }

    /** The enterprise with this credit code, if the caller may see it (e.g. the owner column of an import). */
    @Transactional(readOnly = true)
    public Optional<Enterprise> enterpriseByCreditCode(DataScope scope, String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return Optional.empty();
        }
        return enterprises.findByCreditCodeForUniqueness(creditCode.strip().toUpperCase())
                .flatMap(e -> enterprises.find(scope, e.id()));
    }

    /**
     * Every active enterprise of a category in scope, for another module that must see a whole population
     * (a supervision draw), without handing out the persistence query type.
     */
    @Transactional(readOnly = true)
    public void forEachActiveEnterprise(DataScope scope, String category, Consumer<Enterprise> consumer) {
        enterprises.forEach(scope, new EnterpriseQuery(null, null, category, true), consumer);
    }

    /** Active enterprises in scope by name, at most {@code limit}: choices for another module's form. */
    @Transactional(readOnly = true)
    public List<Enterprise> enterpriseChoices(DataScope scope, int limit) {
        return enterprises.search(scope, new EnterpriseQuery(null, null, null, true), 1, Math.min(limit, ResultPage.MAX_SIZE)).items();
    }

    @Transactional(readOnly = true)
    public Optional<Enterprise> enterprise(DataScope scope, long id) {
        return enterprises.find(scope, id);
    }

    @Transactional(readOnly = true)
    public Enterprise requireEnterprise(DataScope scope, long id) {
        return enterprises.find(scope, id).orElseThrow(() -> RuleViolation.notFound("企业/enterprise", id));
    }

    /**
     * The name of an enterprise, for public pages that show whose something is (the owner on an
     * instrument's QR check page). Names are public in the national enterprise credit publicity system;
     * no other field is given out.
     */
    @Transactional(readOnly = true)
    public Optional<String> publicEnterpriseName(long id) {
        return enterprises.publicName(id);
    }

    @Transactional
    public Enterprise createEnterprise(DataScope scope, EnterpriseDraft draft) {
        requireValid(draft.problems(regions::exists));
        requireManages(scope, draft.regionCode());
        if (enterprises.findByCreditCodeForUniqueness(draft.creditCode()).isPresent()) {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        }
        long id = enterprises.insert(draft);
        Enterprise created = enterprises.find(scope, id).orElseThrow();
        audit.record("enterprise.create", "enterprise", id, null, created);
        return created;
    }

    @Transactional
    public Enterprise updateEnterprise(DataScope scope, long id, int version, EnterpriseDraft draft) {
        Enterprise before = requireEnterprise(scope, id);
        requireManages(scope, before.regionCode());
        requireValid(draft.problems(regions::exists));
        requireManages(scope, draft.regionCode());
        enterprises.findByCreditCodeForUniqueness(draft.creditCode()).filter(e -> e.id() != id).ifPresent(e -> {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        });
        if (!enterprises.update(id, version, draft)) {
            throw staleVersion();
        }
        Enterprise after = enterprises.find(scope, id).orElseThrow();
        audit.record("enterprise.update", "enterprise", id, before, after);
        return after;
    }

    @Transactional
    public Enterprise setEnterpriseActive(DataScope scope, long id, boolean active) {
        Enterprise before = requireEnterprise(scope, id);
        requireManages(scope, before.regionCode());
        enterprises.setActive(id, active);
        Enterprise after = enterprises.find(scope, id).orElseThrow();
        audit.record(active ? "enterprise.activate" : "enterprise.deactivate", "enterprise", id, before, after);
        return after;
    }

    /** Outcome of storing one draft by its credit code: created, updated or unchanged. */
    public enum Upsert { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates or updates the enterprise with the draft's credit code, for imports: re-running the same
     * data changes nothing. Throws {@link RuleViolation} naming the fields if the draft is refused.
     */
    @Transactional
    public Upsert upsertEnterprise(DataScope scope, EnterpriseDraft draft) {
        requireValid(draft.problems(regions::exists));
        requireManages(scope, draft.regionCode());
        Optional<Enterprise> existing = enterprises.findByCreditCodeForUniqueness(draft.creditCode());
        if (existing.isEmpty()) {
            long id = enterprises.insert(draft);
            audit.record("enterprise.import.create", "enterprise", id, null, enterprises.find(scope, id).orElseThrow());
            return Upsert.CREATED;
        }
        Enterprise e = existing.get();
        if (!scope.coversRegion(e.regionCode())) {
            throw new RuleViolation("creditCode", "scope", "该代码已由您管辖范围以外的企业登记",
                    "this credit code is registered to an enterprise outside your region");
        }
        if (sameAs(e, draft)) {
            return Upsert.UNCHANGED;
        }
        enterprises.update(e.id(), e.version(), draft);
        audit.record("enterprise.import.update", "enterprise", e.id(), e, enterprises.find(scope, e.id()).orElseThrow());
        return Upsert.UPDATED;
    }

    /**
     * Imports an .xlsx list of enterprises (see {@link EnterpriseSpreadsheet} for the columns), storing
     * each row by its credit code as {@link #upsertEnterprise} does. A file that cannot be read, lacks a
     * column or is too large is refused whole with a {@link RuleViolation}; otherwise every row is
     * reported, good or bad.
     *
     * <p>Deliberately not {@code @Transactional}: each row commits in its own transaction, so a bad row
     * leaves nothing behind and never holds back the good ones, and a large file does not hold one
     * long transaction. Re-importing the same file creates and updates nothing.
     */
    public EnterpriseImportReport importEnterprises(DataScope scope, InputStream in) {
        requireOfficer(scope);
        List<EnterpriseSpreadsheet.Line> lines = EnterpriseSpreadsheet.read(in);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<EnterpriseImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EnterpriseSpreadsheet.Line line : lines) {
            EnterpriseDraft draft = line.draft();
            // a file that names one enterprise twice is ambiguous: the first row wins, the later ones are refused
            if (!draft.creditCode().isEmpty() && !seen.add(draft.creditCode())) {
                rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), "creditCode", "duplicate-in-file",
                        "该统一社会信用代码在文件中重复出现，已按首次出现的行处理",
                        "this credit code appears earlier in the file; only its first row is imported"));
                continue;
            }
            try {
                // upsertEnterprise is called on this object, not through the proxy, so the template opens the transaction
                Upsert outcome = eachRow.execute(status -> upsertEnterprise(scope, draft));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (RuleViolation v) {
                for (FieldError e : v.errors()) {
                    rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), e.field(), e.rule(),
                            e.messageZh(), e.messageEn()));
                }
            } catch (DataIntegrityViolationException e) {
                // someone registered the same code between our look-up and the insert
                rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), "creditCode", "unique",
                        "该统一社会信用代码已登记", "this credit code is already registered"));
            }
        }
        return new EnterpriseImportReport(lines.size(), created, updated, unchanged, rejected);
    }

    /**
     * Writes the enterprises the caller may see and the query selects as an .xlsx workbook whose
     * columns {@link #importEnterprises} reads back unchanged. The rows are streamed from a database
     * cursor straight into the workbook. The file carries personal data (legal representatives and their
     * phones; 个人信息保护法 第五十一条: measures against unauthorised access), so who exported what, with
     * which filter and how many rows, is audited in the same transaction.
     */
    @Transactional
    public void exportEnterprises(DataScope scope, EnterpriseQuery query, OutputStream out) {
        long[] rows = {0};
        EnterpriseSpreadsheet.write(out, regions::name, row -> enterprises.forEach(scope, query, e -> {
            rows[0]++;
            row.accept(e);
        }));
        audit.record("enterprise.export", "enterprise", "export", null, exportFacts("xlsx", rows[0],
                "keyword", query.keyword(), "region", query.regionCode(), "category", query.category(), "active", query.active()));
    }

    /** What an export or a list of personal data is audited with: format, row count and the filter as given. */
    private static Map<String, Object> exportFacts(String format, long rows, Object... filter) {
        Map<String, Object> f = new java.util.TreeMap<>();
        for (int i = 0; i < filter.length; i += 2) {
            if (filter[i + 1] != null && !String.valueOf(filter[i + 1]).isBlank()) {
                f.put((String) filter[i], String.valueOf(filter[i + 1]));
            }
        }
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("format", format);
        facts.put("rows", rows);
        facts.put("filter", f);
        return facts;
    }

    private static boolean sameAs(Enterprise e, EnterpriseDraft d) {
        return e.name().equals(d.name()) && nz(e.address()).equals(d.address()) && e.regionCode().equals(d.regionCode())
                && e.category() == d.parsedCategory() && nz(e.legalRepresentative()).equals(d.legalRepresentative())
                && nz(e.contactPhone()).equals(d.contactPhone());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Transactional(readOnly = true)
    public long enterpriseCount(DataScope scope) {
        return enterprises.count(scope);
    }

    // ---------------------------------------------------------------- institutions

    @Transactional(readOnly = true)
    public ResultPage<Institution> searchInstitutions(DataScope scope, String keyword, String regionCode, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return institutions.search(scope, keyword, regionCode, ps[0], ps[1]);
    }

    /** The public registry of legal verification institutions; callers show public fields only. */
    @Transactional(readOnly = true)
    public ResultPage<Institution> publicInstitutions(String keyword, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return institutions.publicRegistry(keyword, ps[0], ps[1]);
    }

    @Transactional(readOnly = true)
    public Institution requireInstitution(DataScope scope, long id) {
        return institutions.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定机构/institution", id));
    }

    @Transactional(readOnly = true)
    public List<Institution> institutionsInScope(DataScope scope) {
        return institutions.all(scope);
    }

    @Transactional
    public Institution createInstitution(DataScope scope, InstitutionDraft draft) {
        requireValid(draft.problems(regions::exists));
        requireAuthorises(scope, draft.regionCode());
        if (institutions.findByCreditCodeForUniqueness(draft.creditCode()).isPresent()) {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        }
        long id = institutions.insert(draft);
        Institution created = institutions.find(scope, id).orElseThrow();
        audit.record("institution.create", "institution", id, null, created);
        return created;
    }

    @Transactional
    public Institution updateInstitution(DataScope scope, long id, int version, InstitutionDraft draft) {
        Institution before = requireInstitution(scope, id);
        requireAuthorises(scope, before.regionCode());
        requireValid(draft.problems(regions::exists));
        requireAuthorises(scope, draft.regionCode());
        institutions.findByCreditCodeForUniqueness(draft.creditCode()).filter(i -> i.id() != id).ifPresent(i -> {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        });
        if (!institutions.update(id, version, draft)) {
            throw staleVersion();
        }
        Institution after = institutions.find(scope, id).orElseThrow();
        audit.record("institution.update", "institution", id, before, after);
        return after;
    }

    @Transactional
    public Institution setInstitutionActive(DataScope scope, long id, boolean active) {
        Institution before = requireInstitution(scope, id);
        requireAuthorises(scope, before.regionCode());
        institutions.setActive(id, active);
        Institution after = institutions.find(scope, id).orElseThrow();
        audit.record(active ? "institution.activate" : "institution.deactivate", "institution", id, before, after);
        return after;
    }

    /** Adds one authorised instrument type for a region and period (计量授权证书 line). */
    @Transactional
    public Institution addAuthorization(DataScope scope, long institutionId, String certificateNo, String instrumentType,
                                        String regionCode, LocalDate validFrom, LocalDate validUntil) {
        Institution before = requireInstitution(scope, institutionId);
        requireAuthorises(scope, before.regionCode());
        List<FieldError> errors = new ArrayList<>();
        if (blank(certificateNo)) {
            errors.add(new FieldError("certificateNo", "required", "授权证书编号必填", "authorisation certificate number is required"));
        }
        if (blank(instrumentType)) {
            errors.add(new FieldError("instrumentType", "required", "器具类别必填", "instrument type is required"));
        }
        if (!regions.exists(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "授权区域不是有效的行政区划代码", "region covered is not a known region code"));
        } else if (!scope.coversRegion(regionCode)) {
            errors.add(new FieldError("regionCode", "scope", "授权区域超出您的管辖范围", "region covered lies outside your jurisdiction"));
        }
        if (validFrom == null || validUntil == null) {
            errors.add(new FieldError("validUntil", "required", "有效期起止日期必填", "validity dates are required"));
        } else if (validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "after-from", "有效期至不得早于有效期起", "valid until must not be before valid from"));
        }
        requireValid(errors);
        long id = institutions.addAuthorization(institutionId, certificateNo.strip(), instrumentType.strip(), regionCode,
                validFrom, validUntil);
        Institution after = institutions.find(scope, institutionId).orElseThrow();
        audit.record("institution.authorize", "institution", institutionId, before.authorizations(), after.authorizations());
        return after;
    }

    /**
     * Withdraws an authorisation certificate (e.g. its licence was revoked): every line of it ends on
     * {@code lastDay}, so the verification legitimacy checks refuse it from the next day on.
     */
    @Transactional
    public Institution withdrawAuthorization(DataScope scope, long institutionId, String certificateNo, LocalDate lastDay) {
        Institution before = requireInstitution(scope, institutionId);
        requireAuthorises(scope, before.regionCode());
        if (blank(certificateNo) || lastDay == null) {
            throw new RuleViolation("certificateNo", "required", "授权证书编号和终止日期必填", "certificate number and last day are required");
        }
        institutions.endAuthorizations(institutionId, certificateNo.strip(), lastDay);
        Institution after = institutions.find(scope, institutionId).orElseThrow();
        audit.record("institution.withdraw-authorization", "institution", institutionId, before.authorizations(), after.authorizations());
        return after;
    }

    @Transactional(readOnly = true)
    public long institutionCount(DataScope scope) {
        return institutions.count(scope);
    }

    // ---------------------------------------------------------------- people

    @Transactional(readOnly = true)
    public ResultPage<Person> searchPeople(DataScope scope, String keyword, String role, Long institutionId, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return people.search(scope, keyword, role, institutionId, ps[0], ps[1]);
    }

    /**
     * A page of the people list as shown to a user or a system client: names, roles, institutions and phones
     * of inspectors and verifiers, so each read is audited with its filter and row count (个人信息保护法 第五十一条).
     * Internal look-ups use {@link #searchPeople}.
     */
    @Transactional
    public ResultPage<Person> listPeople(DataScope scope, String keyword, String role, Long institutionId, Integer page, Integer size,
                                         String channel) {
        ResultPage<Person> result = searchPeople(scope, keyword, role, institutionId, page, size);
        audit.record("person.list", "person", "list", null, exportFacts(channel, result.items().size(),
                "keyword", keyword, "role", role, "institution", institutionId, "page", page));
        return result;
    }

    /**
     * Active inspectors of the whole province, the directory 双随机一公开 publishes and draws inspectors from
     * (supervision). Names, work regions and units only are meant to be shown.
     */
    @Transactional(readOnly = true)
    public List<Person> inspectorDirectory() {
        return people.inspectorDirectory();
    }

    @Transactional(readOnly = true)
    public Person requirePerson(DataScope scope, long id) {
        return people.find(scope, id).orElseThrow(() -> RuleViolation.notFound("人员/person", id));
    }

    @Transactional
    public Person createPerson(DataScope scope, PersonDraft draft) {
        requireValid(draft.problems(regions::exists));
        requireManages(scope, draft.regionCode());
        requireInstitutionVisible(scope, draft.institutionId());
        long id = people.insert(draft);
        Person created = people.find(scope, id).orElseThrow();
        audit.record("person.create", "person", id, null, created);
        return created;
    }

    @Transactional
    public Person updatePerson(DataScope scope, long id, int version, PersonDraft draft) {
        Person before = requirePerson(scope, id);
        requireManages(scope, before.regionCode());
        requireValid(draft.problems(regions::exists));
        requireManages(scope, draft.regionCode());
        requireInstitutionVisible(scope, draft.institutionId());
        if (!people.update(id, version, draft)) {
            throw staleVersion();
        }
        Person after = people.find(scope, id).orElseThrow();
        audit.record("person.update", "person", id, before, after);
        return after;
    }

    @Transactional
    public Person setPersonActive(DataScope scope, long id, boolean active) {
        Person before = requirePerson(scope, id);
        requireManages(scope, before.regionCode());
        people.setActive(id, active);
        Person after = people.find(scope, id).orElseThrow();
        audit.record(active ? "person.activate" : "person.deactivate", "person", id, before, after);
        return after;
    }

    @Transactional
    public Person addQualification(DataScope scope, long personId, String certificateNo, String qualificationScope,
                                   LocalDate validFrom, LocalDate validUntil) {
        Person before = requirePerson(scope, personId);
        requireManages(scope, before.regionCode());
        List<FieldError> errors = new ArrayList<>();
        if (blank(certificateNo)) {
            errors.add(new FieldError("certificateNo", "required", "证书编号必填", "certificate number is required"));
        }
        if (blank(qualificationScope)) {
            errors.add(new FieldError("scope", "required", "资格范围必填", "scope is required"));
        }
        if (validFrom == null || validUntil == null) {
            errors.add(new FieldError("validUntil", "required", "有效期起止日期必填", "validity dates are required"));
        } else if (validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "after-from", "有效期至不得早于有效期起", "valid until must not be before valid from"));
        }
        requireValid(errors);
        people.addQualification(personId, certificateNo.strip(), qualificationScope.strip(), validFrom, validUntil);
        Person after = people.find(scope, personId).orElseThrow();
        audit.record("person.qualify", "person", personId, before.qualifications(), after.qualifications());
        return after;
    }

    @Transactional(readOnly = true)
    public long personCount(DataScope scope) {
        return people.count(scope);
    }

    /** Qualification certificates of people in scope that expire within the next {@code days} days. */
    @Transactional(readOnly = true)
    public long qualificationsExpiringWithin(DataScope scope, int days) {
        LocalDate today = LocalDate.now(clock);
        return people.countQualificationsExpiringBetween(scope, today, today.plusDays(days));
    }

    // ---------------------------------------------------------------- rules of who may write

    /** Officers manage the records of their own region and the regions below it. */
    private void requireManages(DataScope scope, String regionCode) {
        requireOfficer(scope);
        if (!scope.coversRegion(regionCode)) {
            throw new RuleViolation(403, List.of(new FieldError("regionCode", "scope", "该区划不在您的管辖范围内",
                    "this region lies outside your jurisdiction")));
        }
    }

    private static void requireOfficer(DataScope scope) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门工作人员可以修改此类记录",
                    "only bureau officers may change these records")));
        }
    }

    /**
     * Verification institutions are authorised by the provincial bureau or, by delegation, a city
     * bureau (Metrology Law art. 20; 计量授权管理办法); county bureaus do not authorise.
     */
    private void requireAuthorises(DataScope scope, String regionCode) {
        if (scope.role() != Role.PROVINCE_ADMIN && scope.role() != Role.CITY_OFFICER) {
            throw new RuleViolation(403, List.of(new FieldError("role", "authorising-bureau",
                    "只有省、市局可以设立或授权检定机构", "only the provincial or a city bureau may register or authorise institutions")));
        }
        requireManages(scope, regionCode);
    }

    private void requireInstitutionVisible(DataScope scope, Long institutionId) {
        if (institutionId != null && institutions.find(scope, institutionId).isEmpty()) {
            throw new RuleViolation("institutionId", "exists", "所属机构不存在或不在您的管辖范围内",
                    "the institution does not exist or lies outside your jurisdiction");
        }
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
    }

    private static RuleViolation staleVersion() {
        return new RuleViolation(409, List.of(new FieldError("version", "current", "记录已被他人修改，请刷新后重试",
                "the record was changed by someone else: reload and try again")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
