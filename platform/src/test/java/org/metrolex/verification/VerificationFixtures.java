package org.metrolex.verification;

import org.springframework.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.TestLogins;
import org.metrolex.verification.domain.Conclusion;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data for the verification module on the demo province: a price-computing scale of the demo
 * enterprise in 长安区, the 石家庄 institute's verifiers and a fresh standard, and scale readings.
 */
final class VerificationFixtures {

    /** Class III, e = 5 g, Max 30 kg: the docs/cli.md `conformity` example, conforming. */
    static final String GOOD_SCALE = """
            {"family":"SCALE","kind":"SUBSEQUENT","class":"III","e":0.005,"max":30,"unit":"kg",
             "zero":{"load":0,"indication":0,"addedWeights":0.002},
             "loads":[{"load":0.1,"indication":0.1,"addedWeights":0.002},{"load":15,"indication":15.005,"addedWeights":0.004},
                      {"load":30,"indication":30.005,"addedWeights":0.001}]}""";
    /** The same scale reading 30 g heavy at Max: far outside the MPE. */
    static final String BAD_SCALE = GOOD_SCALE.replace("\"indication\":30.005", "\"indication\":30.035");

    private final IdentityManagement identity;
    private final InstrumentManagement instruments;
    private final BookingVerification booking;
    private final AssigningInstitution assigning;
    private final RecordingReadings recording;
    private final SigningVerification signing;
    private final IssuingCertificate issuing;
    private final RegionCatalogue regions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    final Clock clock;
    final long institutionId;
    final long enterpriseId;

    VerificationFixtures(IdentityManagement identity, InstrumentManagement instruments, ApplicationContext context,
                         RegionCatalogue regions, JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.instruments = instruments;
        this.booking = context.getBean(BookingVerification.class);
        this.assigning = context.getBean(AssigningInstitution.class);
        this.recording = context.getBean(RecordingReadings.class);
        this.signing = context.getBean(SigningVerification.class);
        this.issuing = context.getBean(IssuingCertificate.class);
        this.regions = regions;
        this.jdbc = jdbc;
        this.json = json;
        this.institutionId = TestLogins.principal(identity, Role.INSTITUTION_STAFF).partyId();
        this.enterpriseId = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
    }

    /** Today in China, from the application's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    DataScope scope(Role role) {
        return TestLogins.scope(regions, identity, role);
    }

    /** A price-computing scale of the demo enterprise in 长安区, with a unique serial number. */
    long scale() {
        return instruments.file(scope(Role.PROVINCE_ADMIN), new InstrumentDraft("PRICE_COMPUTING_SCALE", "测试衡器厂", "ACS-30",
                "VT-" + UUID.randomUUID().toString().substring(0, 12), null, "III", "30 kg", enterpriseId, "130102", null, "TRADE")).id();
    }

    long bookAndAssign(long instrument) {
        long id = booking.book(scope(Role.ENTERPRISE_USER), instrument).id();
        return assigning.assign(scope(Role.COUNTY_OFFICER), id, institutionId).id();
    }

    long freshStandard() {
        return instruments.registerStandard(scope(Role.INSTITUTION_STAFF), new MeasurementStandardDraft(institutionId,
                "砝码标准装置（M1级，测试）", "[2024]冀量标法证字第" + (int) (Math.random() * 9000 + 1000) + "号",
                today().plusYears(2), "JZ-T-" + UUID.randomUUID().toString().substring(0, 6), today().plusMonths(6))).id();
    }

    long qualifiedVerifier() {
        return jdbc.queryForObject("select min(p.id) from person p join qualification q on q.person_id = p.id "
                + "where p.institution_id = ? and q.scope like '%电子计价秤%' and q.valid_from <= ?::date - 400 "
                + "and q.valid_until > ?::date", Long.class, institutionId, today(), today());
    }

    long unqualifiedVerifier() {
        return jdbc.queryForObject("select min(p.id) from person p where p.institution_id = ? and not exists "
                + "(select 1 from qualification q where q.person_id = p.id and q.scope like '%电子计价秤%')", Long.class, institutionId);
    }

    void record(long id, LocalDate day, long verifier, long standard, String readings) {
        recording.record(scope(Role.INSTITUTION_STAFF), id, new RecordingReadings.Recording(day, verifier,
                List.of(standard), json.readValue(readings, Readings.class), new BigDecimal("30.00"), false));
    }

    /**
     * The demo institution's checker and approver: its people qualified for 电子计价秤 other than the verifier
     * {@link #qualifiedVerifier}, in id order (DemoData adds them for ADR 0020).
     */
    List<Long> signers() {
        return jdbc.queryForList("select distinct p.id from person p join qualification q on q.person_id = p.id where p.institution_id = ? "
                + "and p.active and q.scope like '%电子计价秤%' and q.valid_from <= ?::date - 400 and q.valid_until > ?::date "
                + "and p.id <> ? order by p.id limit 2", Long.class, institutionId, today(), today(), qualifiedVerifier());
    }

    /** The checker, then the approver, sign a recorded verification (ADR 0020). */
    void sign(long id) {
        List<Long> s = signers();
        signing.signCheck(scope(Role.INSTITUTION_STAFF), id, s.get(0));
        signing.signApproval(scope(Role.INSTITUTION_STAFF), id, s.get(1));
    }

    /** Signs and issues a recorded verification as the assigned institution, with the conclusion its readings support. */
    Certificate issue(long id) {
        sign(id);
        return issuing.issue(scope(Role.INSTITUTION_STAFF), id, Conclusion.CONFORMING);
    }

    /** Books, assigns, records today's readings with a qualified verifier and a fresh standard, and issues. */
    Certificate issued(String readings, Conclusion conclusion) {
        long id = bookAndAssign(scale());
        record(id, today(), qualifiedVerifier(), freshStandard(), readings);
        sign(id);
        return issuing.issue(scope(Role.INSTITUTION_STAFF), id, conclusion);
    }
}
