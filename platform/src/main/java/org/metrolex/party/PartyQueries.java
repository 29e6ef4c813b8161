package org.metrolex.party;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.party.persistence.Enterprises;
import org.metrolex.party.persistence.Institutions;
import org.metrolex.party.persistence.People;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.text.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the party registries. Reads return only what the caller's {@link DataScope} allows; reads that
 * hand out personal data (the people list, the enterprise workbook) are audited with their filter and row count.
 */
@Service
public class PartyQueries {

    private final Enterprises enterprises;
    private final Institutions institutions;
    private final People people;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;

    private final Labels labels;

    PartyQueries(Enterprises enterprises, Institutions institutions, People people, RegionCatalogue regions, AuditTrail audit,
                 Clock clock, Labels labels) {
        this.labels = labels;
        this.enterprises = enterprises;
        this.institutions = institutions;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

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

    /**
     * Writes the enterprises the caller may see and the query selects as an .xlsx workbook whose
     * columns {@link ImportingEnterprises#importEnterprises} reads back unchanged. The rows are streamed from a database
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
        }), labels);
        audit.record("enterprise.export", "enterprise", "export", null, exportFacts("xlsx", rows[0],
                "keyword", query.keyword(), "region", query.regionCode(), "category", query.category(), "active", query.active()));
    }

    /** What an export or a list of personal data is audited with: format, row count and the filter as given. */
    static Map<String, Object> exportFacts(String format, long rows, Object... filter) {
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

    @Transactional(readOnly = true)
    public long enterpriseCount(DataScope scope) {
        return enterprises.count(scope);
    }

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

    @Transactional(readOnly = true)
    public long institutionCount(DataScope scope) {
        return institutions.count(scope);
    }

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
}
