package org.metrolex.prepackaged;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.metrology.prepackage.InvalidPrepackageInput;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.NominalQuantity;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.metrology.prepackage.SamplingPlan;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.prepackaged.persistence.Lots;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.metrolex.supervision.SupervisionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a lot inspection of a producer in the officer's scope and draws the package numbers to
 * take: n from the sampling plan in force on the inspection date (JJF 1070-2005 5.4.3), the numbers
 * by {@link SampleSelection} from the seed given or a fresh one; the seed is stored, so anyone can
 * draw the same numbers again.
 */
@Service
public class RegisteringLot {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Lots lots;
    private final PartyManagement parties;
    private final IdentityManagement identity;
    private final SupervisionManagement supervision;
    private final AuditTrail audit;
    private final Clock clock;
    private final RuleBooks rules;

    RegisteringLot(Lots lots, PartyManagement parties, IdentityManagement identity, SupervisionManagement supervision,
                   AuditTrail audit, Clock clock, RuleBooks rules) {
        this.lots = lots;
        this.parties = parties;
        this.identity = identity;
        this.supervision = supervision;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
    }

    @Transactional
    public Lot register(DataScope scope, NewLot cmd) {
        PrepackagedRefusals.requireOfficer(scope, "只有监管部门工作人员可以登记定量包装商品检验批", "only bureau officers may register a lot inspection");
        List<FieldError> errors = new ArrayList<>();
        Enterprise producer = producer(scope, cmd, errors);
        if (cmd.spotCheckTaskId() != null && supervision.task(scope, cmd.spotCheckTaskId()).isEmpty()) {
            errors.add(new FieldError("spotCheckTaskId", "exists", "抽查任务不存在或不在您的管辖范围内：" + cmd.spotCheckTaskId(),
                    "no spot-check task " + cmd.spotCheckTaskId() + " in your scope"));
        }
        String product = PrepackagedRefusals.trim(cmd.productName());
        checkProductDateAndSize(cmd, product, errors);
        NominalQuantity nominal = nominal(cmd, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        RuleBookRevision book = rules.current();
        SamplingPlan plan = plan(PrepackagedManagement.rules(book, cmd.inspectionDate()), nominal, cmd.lotSize());
        long seed = cmd.seed() != null ? cmd.seed() : SEEDS.nextLong();
        List<Integer> numbers = Arrays.stream(SampleSelection.choose(plan, seed)).boxed().toList();
        String inspectorName = identity.principal(scope.username()).map(MetrolexPrincipal::displayName).orElse(scope.username());
        long id = lots.insert(producer.id(), producer.name(), producer.creditCode(), producer.regionCode(), product,
                PrepackagedRefusals.trim(cmd.brand()), PrepackagedRefusals.trim(cmd.batchNo()), cmd.nominalValue(), nominal.statedUnit(),
                cmd.lotSize(), plan.sampleSize(), seed, numbers, cmd.inspectionDate(), scope.username(), inspectorName,
                cmd.spotCheckTaskId(), book.number());
        Lot created = lots.find(scope, id).orElseThrow();
        audit.record("prepackaged.lot.create", "lot-inspection", id, null, created);
        return created;
    }

    /** The producer, active and in the caller's scope; null (with its error added) otherwise. */
    private Enterprise producer(DataScope scope, NewLot cmd, List<FieldError> errors) {
        if (cmd.producerId() == null) {
            errors.add(new FieldError("producerId", "required", "生产企业必填", "the producer is required"));
            return null;
        }
        Enterprise producer = parties.enterprise(scope, cmd.producerId()).orElse(null);
        if (producer == null) {
            errors.add(new FieldError("producerId", "in-scope", "生产企业不存在或不在您的管辖范围内",
                    "the producer does not exist or is outside your region"));
        } else if (!producer.active()) {
            errors.add(new FieldError("producerId", "active", "生产企业已注销", "the producer is deactivated"));
        }
        return producer;
    }

    private void checkProductDateAndSize(NewLot cmd, String product, List<FieldError> errors) {
        if (product == null) {
            errors.add(new FieldError("productName", "required", "商品名称必填", "the product name is required"));
        } else if (product.length() > 200) {
            errors.add(new FieldError("productName", "length", "商品名称最长 200 字", "the product name has at most 200 characters"));
        }
        LocalDate today = LocalDate.now(clock);
        if (cmd.inspectionDate() == null) {
            errors.add(new FieldError("inspectionDate", "required", "检验日期必填", "the inspection date is required"));
        } else if (cmd.inspectionDate().isAfter(today)) {
            errors.add(new FieldError("inspectionDate", "not-future", "检验日期不能晚于今天", "the inspection date cannot be in the future"));
        } else {
            FieldLimits.date("inspectionDate", cmd.inspectionDate()).ifPresent(errors::add);
        }
        if (cmd.lotSize() == null) {
            errors.add(new FieldError("lotSize", "required", "批量 N 必填", "the lot size N is required"));
        } else if (cmd.lotSize() < 1) {
            errors.add(new FieldError("lotSize", "positive", "批量 N 至少为 1（JJF 1070-2005 5.4.3）", "the lot size N must be at least 1 (JJF 1070-2005 5.4.3)"));
        } else {
            FieldLimits.count("lotSize", cmd.lotSize()).ifPresent(errors::add);
        }
    }

    /** The nominal quantity as labelled, by metrology-core; null (with its error added) when invalid. */
    private static NominalQuantity nominal(NewLot cmd, List<FieldError> errors) {
        if (cmd.nominalValue() != null) {
            FieldLimits.decimal("nominalValue", cmd.nominalValue()).ifPresent(errors::add);
        }
        NominalQuantity nominal = null;
        try {
            nominal = NominalQuantity.of(cmd.nominalValue(), cmd.nominalUnit());
        } catch (InvalidPrepackageInput e) {
            errors.add(new FieldError("unit".equals(e.field()) ? "nominalUnit" : "nominalValue", "nominal",
                    "标注净含量无效：" + e.getMessage(), "invalid nominal quantity: " + e.getMessage()));
        }
        if (nominal != null && cmd.nominalValue().scale() > 4) {
            errors.add(new FieldError("nominalValue", "decimals", "标注净含量最多 4 位小数", "the nominal quantity has at most 4 decimals"));
        }
        return nominal;
    }

    /** The sampling plan in force for the lot size, once the shortfall table knows the nominal quantity. */
    private static SamplingPlan plan(LotInspection inspection, NominalQuantity nominal, int lotSize) {
        try {
            inspection.shortfalls().of(nominal);
            return inspection.plans().forLot(lotSize);
        } catch (InvalidPrepackageInput e) {
            String field = "lotSize".equals(e.field()) ? "lotSize" : "nominalValue";
            throw new RuleViolation(field, "rule-table", "规则表无法判定：" + e.getMessage(), "the rule table cannot decide: " + e.getMessage());
        }
    }
}
