package org.metrolex.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;

/**
 * The parties a module test needs, made through the party module's API (no demo loader): an enterprise, an
 * institution authorised for one instrument type, its qualified people, inspectors, and the data scope of each
 * kind of caller. Names and codes carry a sequence number so that tests sharing one database never collide.
 * Regions are the GB/T 2260 codes the region migration ships (河北省 130000, 石家庄市 130100, 长安区 130102).
 */
public final class ModuleFixtures {

    public static final String PROVINCE = "130000";
    public static final String CITY = "130100";
    public static final String COUNTY = "130102";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final Clock clock;

    public ModuleFixtures(PartyManagement parties, RegionCatalogue regions, Clock clock) {
        this.parties = parties;
        this.regions = regions;
        this.clock = clock;
    }

    /** Today in the authority's zone, from the application's one clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A province administrator (the caller who registers parties). */
    public DataScope province() {
        return officer(Role.PROVINCE_ADMIN, PROVINCE);
    }

    /** An officer of {@code regionCode}: sees that region and every region below it. */
    public DataScope officer(Role role, String regionCode) {
        return new DataScope(role, "officer-" + regionCode, regions.selfAndDescendants(regionCode), null);
    }

    public DataScope institutionStaff(long institutionId) {
        return new DataScope(Role.INSTITUTION_STAFF, "staff-" + institutionId, Set.of(), institutionId);
    }

    public DataScope enterpriseUser(long enterpriseId) {
        return new DataScope(Role.ENTERPRISE_USER, "user-" + enterpriseId, Set.of(), enterpriseId);
    }

    /** An active enterprise of {@code regionCode} in {@code category} (e.g. MARKET, MANUFACTURER). */
    public Enterprise enterprise(String regionCode, String category) {
        int n = SEQ.incrementAndGet();
        return parties.createEnterprise(province(), new EnterpriseDraft(creditCode("91", regionCode), "测试企业" + n, "测试路" + n + "号",
                regionCode, category, "张" + n, "0311-8000" + String.format("%04d", n % 10_000)));
    }

    /** A statutory verification institution of {@code regionCode}, authorised for {@code instrumentType} there. */
    public Institution institution(String regionCode, String instrumentType) {
        int n = SEQ.incrementAndGet();
        Institution created = parties.createInstitution(province(), new InstitutionDraft(creditCode("12", regionCode),
                "测试计量检定所" + n, "测试路" + n + "号", regionCode, "STATUTORY", "0311-9000" + String.format("%04d", n % 10_000)));
        return parties.addAuthorization(province(), created.id(), "(冀)法计(2024)T" + n, instrumentType, regionCode,
                today().minusYears(1), today().plusYears(4));
    }

    /** A verifier of the institution qualified for {@code qualificationScope} since long enough to sign (ADR 0020). */
    public Person verifier(long institutionId, String qualificationScope) {
        int n = SEQ.incrementAndGet();
        Institution institution = parties.requireInstitution(province(), institutionId);
        Person p = parties.createPerson(province(), new PersonDraft("测试检定员" + n, "VERIFIER", institution.regionCode(), institutionId, ""));
        return parties.addQualification(province(), p.id(), "冀检T" + n, qualificationScope, today().minusYears(3), today().plusYears(3));
    }

    /** A person of the institution with no qualification at all. */
    public Person unqualifiedVerifier(long institutionId) {
        int n = SEQ.incrementAndGet();
        Institution institution = parties.requireInstitution(province(), institutionId);
        return parties.createPerson(province(), new PersonDraft("测试见习员" + n, "VERIFIER", institution.regionCode(), institutionId, ""));
    }

    /** An active inspector (执法人员) of {@code regionCode}, qualified for supervision. */
    public Person inspector(String regionCode) {
        int n = SEQ.incrementAndGet();
        Person p = parties.createPerson(province(), new PersonDraft("测试检查员" + n, "INSPECTOR", regionCode, null, ""));
        return parties.addQualification(province(), p.id(), "冀执法T" + n, "计量监督检查", today().minusYears(2), today().plusYears(4));
    }

    /** A fictitious unified social credit code (GB 32100) with a valid check character. */
    public static String creditCode(String prefix, String regionCode) {
        StringBuilder sb = new StringBuilder(prefix).append(regionCode).append("M");
        String tail = String.format("%08d", SEQ.incrementAndGet() * 7919L % 100_000_000L);
        for (char c : tail.toCharArray()) {
            sb.append(CreditCode.ALPHABET.charAt(c - '0'));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }
}
