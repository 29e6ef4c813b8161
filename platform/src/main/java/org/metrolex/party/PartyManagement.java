package org.metrolex.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;

/**
 * The module's API for other modules: the look-ups and the few registry commands they need (demo loaders, the
 * licence write-through, supervision's draws). The module's own pages call the use cases and {@link PartyQueries}.
 * Reads return only what the caller's {@link DataScope} allows; each command checks who may write and is audited.
 */
@Service
public class PartyManagement {

    private final PartyQueries queries;
    private final RegisteringEnterprise enterprises;
    private final RegisteringInstitution institutions;
    private final RegisteringPerson people;
    private final AuthorisingInstitution authorising;
    private final QualifyingPerson qualifying;

    PartyManagement(PartyQueries queries, RegisteringEnterprise enterprises, RegisteringInstitution institutions,
                    RegisteringPerson people, AuthorisingInstitution authorising, QualifyingPerson qualifying) {
        this.queries = queries;
        this.enterprises = enterprises;
        this.institutions = institutions;
        this.people = people;
        this.authorising = authorising;
        this.qualifying = qualifying;
    }

    // ---------------------------------------------------------------- enterprises

    /** The enterprise with this credit code, if the caller may see it (e.g. the owner column of an import). */
    public Optional<Enterprise> enterpriseByCreditCode(DataScope scope, String creditCode) {
        return queries.enterpriseByCreditCode(scope, creditCode);
    }

    /**
     * Every active enterprise of a category in scope, for another module that must see a whole population
     * (a supervision draw), without handing out the persistence query type.
     */
    public void forEachActiveEnterprise(DataScope scope, String category, Consumer<Enterprise> consumer) {
        queries.forEachActiveEnterprise(scope, category, consumer);
    }

    /** Active enterprises in scope by name, at most {@code limit}: choices for another module's form. */
    public List<Enterprise> enterpriseChoices(DataScope scope, int limit) {
        return queries.enterpriseChoices(scope, limit);
    }

    public Optional<Enterprise> enterprise(DataScope scope, long id) {
        return queries.enterprise(scope, id);
    }

    public Enterprise requireEnterprise(DataScope scope, long id) {
        return queries.requireEnterprise(scope, id);
    }

    /** The public name of an enterprise (the owner on an instrument's QR check page); no other field. */
    public Optional<String> publicEnterpriseName(long id) {
        return queries.publicEnterpriseName(id);
    }

    public Enterprise createEnterprise(DataScope scope, EnterpriseDraft draft) {
        return enterprises.register(scope, draft);
    }

    public Enterprise setEnterpriseActive(DataScope scope, long id, boolean active) {
        return enterprises.setActive(scope, id, active);
    }

    public long enterpriseCount(DataScope scope) {
        return queries.enterpriseCount(scope);
    }

    // ---------------------------------------------------------------- institutions

    /** The public registry of legal verification institutions; callers show public fields only. */
    public ResultPage<Institution> publicInstitutions(String keyword, Integer page, Integer size) {
        return queries.publicInstitutions(keyword, page, size);
    }

    public Institution requireInstitution(DataScope scope, long id) {
        return queries.requireInstitution(scope, id);
    }

    public List<Institution> institutionsInScope(DataScope scope) {
        return queries.institutionsInScope(scope);
    }

    public Institution createInstitution(DataScope scope, InstitutionDraft draft) {
        return institutions.register(scope, draft);
    }

    /** Adds one authorised instrument type for a region and period (计量授权证书 line). */
    public Institution addAuthorization(DataScope scope, long institutionId, String certificateNo, String instrumentType,
                                        String regionCode, LocalDate validFrom, LocalDate validUntil) {
        return authorising.addAuthorization(scope, institutionId, certificateNo, instrumentType, regionCode, validFrom, validUntil);
    }

    /** Ends every line of an authorisation certificate on {@code lastDay} (e.g. its licence was revoked). */
    public Institution withdrawAuthorization(DataScope scope, long institutionId, String certificateNo, LocalDate lastDay) {
        return authorising.withdrawAuthorization(scope, institutionId, certificateNo, lastDay);
    }

    public long institutionCount(DataScope scope) {
        return queries.institutionCount(scope);
    }

    // ---------------------------------------------------------------- people

    public ResultPage<Person> searchPeople(DataScope scope, String keyword, String role, Long institutionId, Integer page, Integer size) {
        return queries.searchPeople(scope, keyword, role, institutionId, page, size);
    }

    /** Active inspectors of the whole province, the directory 双随机一公开 publishes and draws inspectors from. */
    public List<Person> inspectorDirectory() {
        return queries.inspectorDirectory();
    }

    public Person requirePerson(DataScope scope, long id) {
        return queries.requirePerson(scope, id);
    }

    public Person createPerson(DataScope scope, PersonDraft draft) {
        return people.register(scope, draft);
    }

    public Person addQualification(DataScope scope, long personId, String certificateNo, String qualificationScope,
                                   LocalDate validFrom, LocalDate validUntil) {
        return qualifying.addQualification(scope, personId, certificateNo, qualificationScope, validFrom, validUntil);
    }

    public long personCount(DataScope scope) {
        return queries.personCount(scope);
    }

    /** Qualification certificates of people in scope that expire within the next {@code days} days. */
    public long qualificationsExpiringWithin(DataScope scope, int days) {
        return queries.qualificationsExpiringWithin(scope, days);
    }
}
