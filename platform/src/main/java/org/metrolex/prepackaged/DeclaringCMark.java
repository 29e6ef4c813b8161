package org.metrolex.prepackaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.prepackaged.persistence.CMarks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A producer declares the C-mark (定量包装商品生产企业计量保证能力自我声明). */
@Service
public class DeclaringCMark {

    private final CMarks cmarks;
    private final PartyManagement parties;
    private final AuditTrail audit;
    private final Clock clock;

    DeclaringCMark(CMarks cmarks, PartyManagement parties, AuditTrail audit, Clock clock) {
        this.cmarks = cmarks;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A producer declares the C-mark: an enterprise user for itself, or an officer for an enterprise in
     * scope. One open or accepted declaration per enterprise at a time.
     */
    @Transactional
    public CMarkDeclaration declare(DataScope scope, Long enterpriseId, String productScope, String contact) {
        Long target = scope.role() == Role.ENTERPRISE_USER ? scope.partyId() : enterpriseId;
        if (!scope.isOfficer() && scope.role() != Role.ENTERPRISE_USER) {
            throw PrepackagedRefusals.forbidden("只有生产企业或监管部门工作人员可以提交C标志声明", "only a producer or a bureau officer may declare the C-mark");
        }
        List<FieldError> errors = new ArrayList<>();
        Enterprise e = null;
        if (target == null) {
            errors.add(new FieldError("enterpriseId", "required", "企业必填", "the enterprise is required"));
        } else {
            e = parties.enterprise(scope, target).orElse(null);
            if (e == null) {
                errors.add(new FieldError("enterpriseId", "in-scope", "企业不存在或不在您的管辖范围内", "the enterprise does not exist or is outside your region"));
            } else if (!e.active()) {
                errors.add(new FieldError("enterpriseId", "active", "企业已注销", "the enterprise is deactivated"));
            } else if (cmarks.liveForUniqueness(e.id())) {
                errors.add(new FieldError("enterpriseId", "one-live", "该企业已有待审核或已公示的C标志声明",
                        "the enterprise already has a declaration under review or accepted"));
            }
        }
        String scopeText = PrepackagedRefusals.trim(productScope);
        if (scopeText == null) {
            errors.add(new FieldError("productScope", "required", "声明的商品范围必填", "the product scope is required"));
        } else if (scopeText.length() > 500) {
            errors.add(new FieldError("productScope", "length", "商品范围最长 500 字", "the product scope has at most 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        long id = cmarks.insert(e.id(), e.name(), e.creditCode(), e.regionCode(), scopeText, LocalDate.now(clock), PrepackagedRefusals.trim(contact));
        CMarkDeclaration created = cmarks.find(scope, id).orElseThrow();
        audit.record("prepackaged.cmark.declare", "cmark-declaration", id, null, created);
        return created;
    }
}
