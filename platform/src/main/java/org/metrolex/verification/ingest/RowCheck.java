package org.metrolex.verification.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.DueDates;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.Decisions;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Defect;
import org.metrolex.verification.domain.InstitutionSnapshot;
import org.metrolex.verification.domain.IssueFacts;
import org.metrolex.verification.domain.Legitimacy;
import org.metrolex.verification.domain.LegitimacyCheck;
import org.metrolex.verification.domain.Signatures;
import org.metrolex.verification.domain.StandardUsed;
import org.metrolex.verification.domain.VerifierSnapshot;
import org.metrolex.verification.ingest.BulkChunk.Accepted;
import org.metrolex.verification.ingest.persistence.InstrumentFacts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check of one bulk row, with the same domain code as the one-by-one issue: the facts snapshot
 * ({@link IssueFacts}, its draft), the decision by {@link Decisions}, the {@link LegitimacyCheck} on the verification
 * date and the next due date by {@link DueDates}. The institution's people and standards are read once per batch.
 */
final class RowCheck {

    private final InstitutionSnapshot institution;
    private final LocalDate today;
    private final RuleBookRevision book;
    private final LegitimacyCheck legitimacy;
    private final InstrumentManagement instruments;
    private final JsonMapper json;
    private final Map<Long, Person> people;
    private final Map<Long, StandardUsed> standards;
    private final Map<Long, VerifierSnapshot> verifiers = new HashMap<>();
    private final Map<String, InstrumentCategory> categories = new HashMap<>();

    RowCheck(InstitutionSnapshot institution, LocalDate today, RuleBookRevision book, LegitimacyCheck legitimacy,
             InstrumentManagement instruments, JsonMapper json, Map<Long, Person> people, Map<Long, StandardUsed> standards) {
        this.institution = institution;
        this.today = today;
        this.book = book;
        this.legitimacy = legitimacy;
        this.instruments = instruments;
        this.json = json;
        this.people = people;
        this.standards = standards;
    }

    /** The accepted row, or null with the reasons added to {@code errors}. */
    Accepted check(BulkRow r, InstrumentFacts instrument, List<FieldError> errors) {
        // An instrument outside the institution's authorisation is answered exactly like one that does not
        // exist: the report must not tell an institution the category, region or status of any id it tries.
        InstrumentCategory category = instrument == null ? null : category(instrument.categoryCode());
        if (instrument == null || !legitimacy.mayKnow(institution, category.nameZh(), instrument.regionCode())) {
            errors.add(new FieldError("instrumentId", "in-scope", "计量器具 " + r.instrumentId() + " 不存在或不在本机构授权范围内",
                    "instrument " + r.instrumentId() + " is unknown or not in your scope"));
            return null;
        } else if ("SCRAPPED".equals(instrument.status())) {
            errors.add(new FieldError("instrumentId", "not-scrapped", "计量器具 " + r.instrumentId() + " 已报废",
                    "instrument " + r.instrumentId() + " is scrapped"));
        }
        if (r.verificationDate() != null && r.verificationDate().isAfter(today)) {
            errors.add(new FieldError("verificationDate", "not-future", "检定日期不能晚于今天：" + r.verificationDate(),
                    "the verification date cannot be in the future: " + r.verificationDate()));
        }
        Person verifier = people.get(r.verifierId());
        if (verifier == null) {
            errors.add(new FieldError("verifierId", "of-institution", "检定员 " + r.verifierId() + " 不属于本检定机构",
                    "verifier " + r.verifierId() + " is not of this institution"));
        }
        Signatures signatures = signatures(r, verifier, errors);
        List<StandardUsed> used = standardsUsed(r, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return decide(r, instrument, category, verifier, used, signatures, errors);
    }

    /** The decision, the legitimacy check of the draft and the accepted row; null with the reasons when refused. */
    private Accepted decide(BulkRow r, InstrumentFacts instrument, InstrumentCategory category, Person verifier, List<StandardUsed> used,
                            Signatures signatures, List<FieldError> errors) {
        Decisions.Decided decided = Decisions.ofRow(category, r.readings(), r.verificationDate(), book.conformity());
        if (decided.error() != null) {
            errors.add(decided.error());
            return null;
        }
        ConformityDecision decision = decided.decision();
        IssueFacts facts = new IssueFacts(institution, snapshot(verifier), used, category.nameZh(), instrument.regionCode(),
                instrument.serialNumber(), instrument.ownerName());
        Conclusion claimed = r.conclusion() == null ? Conclusion.of(decision.conforming()) : r.conclusion();
        Legitimacy legit = legitimacy.check(facts.draft(r.verificationDate(), decision, claimed, signatures));
        if (!legit.issuable()) {
            legit.blocking().forEach(d -> errors.add(asError(d)));
            return null;
        }
        LocalDate nextDue = decision.conforming() ? DueDates.next(category, r.verificationDate()).date() : null;
        boolean waived = Boolean.TRUE.equals(r.feeWaived());
        return new Accepted(instrument.id(), instrument.ownerEnterpriseId(), instrument.regionCode(), r.verificationDate(),
                verifier.id(), r.standardIds(), json.writeValueAsString(r.readings()), decision.conforming(),
                decision.anyUnverified(), book.labels(decision.editionsUsed()), waived ? BigDecimal.ZERO.setScale(2) : r.feeYuan(), waived,
                nextDue == null ? null : nextDue.minusDays(1), nextDue, StandIns.keys(decision), r.checkerId(), r.approverId());
    }

    private List<StandardUsed> standardsUsed(BulkRow r, List<FieldError> errors) {
        List<StandardUsed> used = new ArrayList<>(r.standardIds().size());
        for (Long sid : r.standardIds()) {
            StandardUsed s = standards.get(sid);
            if (s == null) {
                errors.add(new FieldError("standardIds", "of-institution", "计量标准 " + sid + " 不属于本检定机构",
                        "measurement standard " + sid + " is not of this institution"));
            } else {
                used.add(s);
            }
        }
        return used;
    }

    /**
     * The checker and the approver named by the row, when it names them (ADR 0020 amendment): people of this
     * institution, then held to the rules of a certificate issued in the platform by the legitimacy check
     * (qualified for the type on the verification date, three different people). A row that names neither was
     * signed in the institution's system and gets no {@code Signatures}, as before.
     */
    private Signatures signatures(BulkRow r, Person verifier, List<FieldError> errors) {
        if (r.checkerId() == null || r.approverId() == null) {
            return null;
        }
        Person checker = signer(r.checkerId(), "checkerId", "核验员", "checker", errors);
        Person approver = signer(r.approverId(), "approverId", "批准人", "approver", errors);
        if (checker == null || approver == null) {
            return null;
        }
        return new Signatures(verifier == null ? null : verifier.id(), new Signatures.Signer(checker.id(), snapshot(checker)),
                new Signatures.Signer(approver.id(), snapshot(approver)));
    }

    private Person signer(long personId, String field, String zh, String en, List<FieldError> errors) {
        Person p = people.get(personId);
        if (p == null) {
            errors.add(new FieldError(field, "of-institution", zh + " " + personId + " 不属于本检定机构",
                    en + " " + personId + " is not of this institution"));
        }
        return p;
    }

    private VerifierSnapshot snapshot(Person p) {
        return verifiers.computeIfAbsent(p.id(), id -> VerifierSnapshot.of(p));
    }

    private InstrumentCategory category(String code) {
        return categories.computeIfAbsent(code, c -> instruments.category(c).orElseThrow());
    }

    /** A blocking defect of the legitimacy check as a row error, named by the input field it is about. */
    static FieldError asError(Defect d) {
        String field = switch (d.code()) {
            case AUTHORIZATION_MISSING -> "instrumentId";
            case AUTHORIZATION_EXPIRED -> "verificationDate";
            case VERIFIER_NOT_QUALIFIED, VERIFIER_QUALIFICATION_EXPIRED -> "verifierId";
            case STANDARD_ASSESSMENT_INVALID, STANDARD_CALIBRATION_OVERDUE, NO_STANDARD_USED -> "standardIds";
            case CONCLUSION_NOT_SUPPORTED -> "conclusion";
            case SIGNERS_NOT_DISTINCT -> "approverId";
            case SIGNER_NOT_QUALIFIED, SIGNATURE_MISSING -> d.field().startsWith("checker") ? "checkerId" : "approverId";
            default -> d.field();
        };
        return new FieldError(field, d.code().name().toLowerCase().replace('_', '-'), d.messageZh(), d.messageEn());
    }
}
