package org.metrolex.verification;

import static org.metrolex.verification.Refusals.system;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.rules.StandIns;
import org.metrolex.verification.domain.VerificationCase;
import org.metrolex.verification.domain.VerificationRefused;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the raw readings by staff of the assigned institution; the decision is computed here from the readings
 * (metrology-core, {@link Decisions}), never typed in. The verifier and the standards must be the institution's own.
 * Recording again corrects the readings and withdraws a check and an approval given before (ADR 0020).
 */
@Service
public class RecordingReadings {

    /** The readings form: verification date, verifier, standards, raw readings, fee. */
    public record Recording(LocalDate verificationDate, Long verifierId, List<Long> standardIds, Readings readings,
                            BigDecimal feeYuan, Boolean feeWaived) {
    }

    private final Verifications verifications;
    private final VerificationFactsLoader facts;
    private final InstrumentManagement instruments;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final RuleBooks rules;

    RecordingReadings(Verifications verifications, VerificationFactsLoader facts, InstrumentManagement instruments, AuditTrail audit,
                      Clock clock, JsonMapper json, RuleBooks rules) {
        this.verifications = verifications;
        this.facts = facts;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.rules = rules;
    }

    @Transactional
    public Verification record(DataScope scope, long id, Recording r) {
        Verification v = verifications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("检定/verification", id));
        Refusals.requireInstitutionStaff(scope, v);
        try {
            new VerificationCase(v.id(), v.instrumentId(), v.institutionId(), v.ownerEnterpriseId(), v.regionCode(), v.status())
                    .recordReadings();
        } catch (VerificationRefused e) {
            throw Refusals.of(e);
        }
        InstrumentCategory category = facts.category(facts.instrument(v.instrumentId()));
        List<Long> standardIds = r.standardIds() == null ? List.of() : r.standardIds().stream().distinct().toList();
        List<FieldError> errors = errors(v, r, category, standardIds);
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        RuleBookRevision book = rules.current();
        ConformityDecision d = Decisions.require(category, r.readings(), r.verificationDate(), book.conformity());
        boolean waived = Boolean.TRUE.equals(r.feeWaived());
        verifications.record(id, r.verificationDate(), r.verifierId(), standardIds, json.writeValueAsString(r.readings()),
                d.conforming(), d.anyUnverified(), book.labels(d.editionsUsed()), waived ? BigDecimal.ZERO.setScale(2) : r.feeYuan(), waived,
                book.number(), StandIns.keys(d));
        Verification after = verifications.find(system(), id).orElseThrow();
        audit.record("verification.record", "verification", id, v, after);
        return after;
    }

    /** Every input error at once, each naming its field and rule. */
    private List<FieldError> errors(Verification v, Recording r, InstrumentCategory category, List<Long> standardIds) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (r.verificationDate() == null) {
            errors.add(new FieldError("verificationDate", "required", "检定日期必填", "the verification date is required"));
        } else if (r.verificationDate().isAfter(today)) {
            errors.add(new FieldError("verificationDate", "not-future", "检定日期不能晚于今天", "the verification date cannot be in the future"));
        } else {
            FieldLimits.date("verificationDate", r.verificationDate()).ifPresent(errors::add);
        }
        if (r.verifierId() == null) {
            errors.add(new FieldError("verifierId", "required", "检定员必填", "the verifier is required"));
        } else if (facts.peopleOf(v.institutionId()).stream().noneMatch(x -> x.id() == r.verifierId())) {
            errors.add(new FieldError("verifierId", "of-institution", "检定员不属于本检定机构", "the verifier is not of this institution"));
        }
        Set<Long> ours = standardIds.isEmpty() ? Set.of() : instruments.standards(system(), v.institutionId(), 1, ResultPage.MAX_SIZE)
                .items().stream().map(MeasurementStandard::id).collect(Collectors.toSet());
        for (int k = 0; k < standardIds.size(); k++) {
            Long sid = standardIds.get(k);
            if (sid == null || !ours.contains(sid)) {
                errors.add(new FieldError("standardIds[" + k + "]", "of-institution", "计量标准不属于本检定机构",
                        "the measurement standard is not of this institution"));
            }
        }
        if (r.readings() == null) {
            errors.add(new FieldError("readings", "required", "原始记录必填", "the readings are required"));
        } else {
            errors.addAll(ReadingBounds.check(Readings.Family.of(category.code()), r.readings()));
        }
        if (r.feeYuan() != null && (r.feeYuan().signum() < 0 || r.feeYuan().scale() > 2)) {
            errors.add(new FieldError("feeYuan", "money", "检定费须为非负数且最多两位小数", "the fee must be non-negative with at most two decimals"));
        } else if (r.feeYuan() != null) {
            FieldLimits.decimal("feeYuan", r.feeYuan()).ifPresent(errors::add);
        }
        return errors;
    }
}
