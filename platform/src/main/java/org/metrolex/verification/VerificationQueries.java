package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Legitimacy;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.VerificationStatus;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side of verifications: lists, one verification with what its pages show, the decision recomputed for
 * display, what an issue or a re-decision would say, and the choices of the forms. Every read is scoped by
 * {@link DataScope}; facts of other modules' records are read once the verification itself passed the scope.
 */
@Service
public class VerificationQueries {

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AssignmentPolicy assignment;
    private final Clock clock;
    private final JsonMapper json;
    private final RuleBooks rules;
    private final LegitimacyCheck legitimacy;

    VerificationQueries(Verifications verifications, VerificationFactsLoader facts, InstrumentManagement instruments,
                        PartyManagement parties, Labels labels, RegionCatalogue regions, AssignmentPolicy assignment, Clock clock, JsonMapper json,
                        RuleBooks rules) {
        this.verifications = verifications;
        this.facts = facts;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.assignment = assignment;
        this.clock = clock;
        this.json = json;
        this.rules = rules;
        this.legitimacy = new LegitimacyCheck(regions::isWithin, labels);
    }

    @Transactional(readOnly = true)
    public ResultPage<Verification> search(DataScope scope, String status, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return verifications.search(scope, status, ps[0], ps[1]);
    }

    /** {@link #search} with the names a list shows (instrument, owner, institution, region, certificate number). */
    @Transactional(readOnly = true)
    public ResultPage<VerificationSummary> list(DataScope scope, String status, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        ResultPage<Verifications.Listed> found = verifications.searchListed(scope, status, ps[0], ps[1]);
        return new ResultPage<>(found.items().stream().map(l -> new VerificationSummary(l.verification(), l.categoryNameZh(),
                l.categoryNameEn(), l.serialNumber(), l.ownerName() == null ? "" : l.ownerName(), l.institutionName(),
                regions.placeName(l.verification().regionCode()), l.documentNumber())).toList(),
                found.total(), found.page(), found.size());
    }

    @Transactional(readOnly = true)
    public Verification require(DataScope scope, long id) {
        return verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> certificateOf(DataScope scope, long verificationId) {
        return verifications.certificateOf(scope, verificationId);
    }

    /** Valid certificates (not notices) the scope may read, of the given institutions (empty: all): a spot check's population. */
    @Transactional(readOnly = true)
    public List<ValidCertificate> validCertificates(DataScope scope, Collection<Long> institutions) {
        return verifications.findValidCertificates(scope, institutions);
    }

    /**
     * The decision recomputed from the stored readings with the rule book revision that made it (a later load
     * of editions never changes it), for display; null before readings are recorded.
     */
    @Transactional(readOnly = true)
    public ConformityDecision decision(DataScope scope, long id) {
        Verification v = require(scope, id);
        return Decisions.requireStored(json, categoryOf(v), v.readingsJson(), v.verificationDate(),
                rules.at(v.ruleBookRevision()).conformity());
    }

    /**
     * What re-deciding a recorded verification would change: its decision with the editions it was made with
     * and with the editions in force now. {@code changes} is false when the book has not changed since.
     */
    public record Redecision(boolean mayRedecide, boolean changes, String editionsBefore, String editionsNow,
                             Boolean conformingBefore, Boolean conformingNow) {
    }

    /** Whether the rule book changed since the verification was decided, and how its decision would read now. */
    @Transactional(readOnly = true)
    public Redecision redecision(DataScope scope, long id) {
        Verification v = require(scope, id);
        RuleBookRevision now = rules.current();
        boolean recorded = v.status() == VerificationStatus.RECORDED && v.readingsJson() != null && v.verificationDate() != null;
        if (!recorded || rules.at(v.ruleBookRevision()).number() == now.number()) {
            return new Redecision(false, false, v.editions(), v.editions(), v.conforming(), v.conforming());
        }
        try {
            ConformityDecision d = Decisions.requireStored(json, categoryOf(v), v.readingsJson(), v.verificationDate(), now.conformity());
            String editions = now.labels(d.editionsUsed());
            return new Redecision(scope.isOfficer(), !editions.equals(v.editions()) || d.conforming() != Boolean.TRUE.equals(v.conforming()),
                    v.editions(), editions, v.conforming(), d.conforming());
        } catch (RuleViolation e) {
            return new Redecision(false, false, v.editions(), null, v.conforming(), null);
        }
    }

    /** What the legitimacy check would say if the recorded verification were issued with {@code conclusion} now. */
    @Transactional(readOnly = true)
    public Legitimacy check(DataScope scope, long id, Conclusion conclusion) {
        VerificationFacts f = facts.load(require(scope, id));
        Verification v = f.verification();
        ConformityDecision decision = Decisions.requireStored(json, f.category(), v.readingsJson(), v.verificationDate(),
                rules.at(v.ruleBookRevision()).conformity());
        return legitimacy.check(IssuingCertificate.draft(f, decision, conclusion));
    }

    /**
     * What a page shows about the instrument and institution of a verification the caller may read;
     * {@code family} is null for a category without a readings form.
     */
    public record Subject(String categoryName, String categoryNameEn, String serialNumber, String ownerName, String institutionName,
                          String categoryCode, Readings.Family family, String maker, String model, String accuracyClass,
                          String measuringRange) {
    }

    @Transactional(readOnly = true)
    public Subject subject(DataScope scope, long id) {
        Verification v = require(scope, id);
        Instrument i = facts.instrument(v.instrumentId());
        InstrumentCategory c = facts.category(i);
        String owner = facts.ownerName(v.ownerEnterpriseId());
        return new Subject(c.nameZh(), c.nameEn(), i.serialNumber(), owner == null ? "" : owner,
                v.institutionId() == null ? "" : facts.institution(v.institutionId()).name(), c.code(), Readings.Family.of(c.code()),
                i.maker(), i.model(), i.accuracyClass(), i.measuringRange());
    }

    /** Who signed a verification so far (ADR 0020): names and the days of the check and the approval; nulls where not yet. */
    public record SignatureNames(String verifier, String checker, LocalDate checkedOn, String approver, LocalDate approvedOn) {
    }

    @Transactional(readOnly = true)
    public SignatureNames signatureNames(DataScope scope, long id) {
        Verification v = require(scope, id);
        Function<Long, String> name = pid -> pid == null ? null : parties.requirePerson(system(), pid).name();
        return new SignatureNames(name.apply(v.verifierPersonId()), name.apply(v.checkerPersonId()),
                v.checkedAt() == null ? null : v.checkedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                name.apply(v.approverPersonId()), v.approvedAt() == null ? null : v.approvedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    /** The readings as last recorded, for correcting them; null before any. */
    @Transactional(readOnly = true)
    public Readings storedReadings(DataScope scope, long id) {
        return Decisions.read(json, require(scope, id).readingsJson());
    }

    /** The verifiers the assigned institution's staff may name on the readings form: the institution's own people. */
    @Transactional(readOnly = true)
    public List<Person> verifiersFor(DataScope scope, long id) {
        Verification v = require(scope, id);
        Refusals.requireInstitutionStaff(scope, v);
        return facts.peopleOf(v.institutionId()).stream().filter(Person::active).toList();
    }

    /** The measurement standards the assigned institution's staff may name: the institution's own. */
    @Transactional(readOnly = true)
    public List<MeasurementStandard> standardsFor(DataScope scope, long id) {
        Verification v = require(scope, id);
        Refusals.requireInstitutionStaff(scope, v);
        return instruments.standards(system(), v.institutionId(), 1, ResultPage.MAX_SIZE).items();
    }

    /**
     * The decision metrology-core would make for these readings on {@code date}, without storing anything:
     * what the verifier sees before saving. Refused like {@link RecordingReadings#record} when the readings cannot be decided.
     */
    @Transactional(readOnly = true)
    public ConformityDecision preview(DataScope scope, long id, LocalDate date, Readings readings) {
        Verification v = require(scope, id);
        Refusals.requireInstitutionStaff(scope, v);
        if (date == null) {
            throw new RuleViolation("verificationDate", "required", "检定日期必填", "the verification date is required");
        }
        if (readings == null) {
            throw new RuleViolation("readings", "required", "原始记录必填", "the readings are required");
        }
        return Decisions.require(categoryOf(v), readings, date, rules.current().conformity());
    }

    /** Instruments in use the caller may book a verification for (the owner its own, officers in their region). */
    @Transactional(readOnly = true)
    public ResultPage<Instrument> bookable(DataScope scope, String keyword, Integer page, Integer size) {
        if (!BookingVerification.mayBook(scope)) {
            return new ResultPage<>(List.of(), 0, 1, 1);
        }
        return instruments.inUse(scope, keyword, page, size);
    }

    /** An instrument the caller may read, for the booking form. */
    @Transactional(readOnly = true)
    public Instrument instrument(DataScope scope, long instrumentId) {
        return instruments.requireInstrument(scope, instrumentId);
    }

    /** The catalogue of instrument categories (filters by category). */
    public List<InstrumentCategory> categories() {
        return instruments.catalogue();
    }

    /** The catalogue category of an instrument (names for display). */
    public Optional<InstrumentCategory> category(String code) {
        return instruments.category(code);
    }

    /** The institutions the caller may assign this verification to (authorised for its type and region today). */
    @Transactional(readOnly = true)
    public List<Institution> assignable(DataScope scope, long id) {
        Verification v = require(scope, id);
        InstrumentCategory category = categoryOf(v);
        LocalDate today = LocalDate.now(clock);
        return parties.institutionsInScope(system()).stream()
                .filter(inst -> assignment.authorised(inst, category, v.regionCode(), today)).toList();
    }

    /** Overdue instruments: officers by region, an enterprise its own; others none. */
    @Transactional(readOnly = true)
    public ResultPage<OverdueInstrument> overdue(DataScope scope, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return verifications.overdue(scope, LocalDate.now(clock), ps[0], ps[1]);
    }

    /**
     * Overdue instruments of one enterprise within the caller's scope, all of them by due date (the
     * supervision module's inspection form reads them for its target).
     */
    @Transactional(readOnly = true)
    public List<OverdueInstrument> overdueOfEnterprise(DataScope scope, long enterpriseId) {
        return verifications.overdueOfEnterprise(scope, LocalDate.now(clock), enterpriseId);
    }

    private InstrumentCategory categoryOf(Verification v) {
        return facts.category(facts.instrument(v.instrumentId()));
    }
}
