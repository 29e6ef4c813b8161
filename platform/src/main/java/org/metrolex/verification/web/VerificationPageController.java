package org.metrolex.verification.web;

import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Confirmation;
import org.metrolex.platform.web.Confirmation.Fact;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.Verification;
import org.metrolex.verification.VerificationQueries;
import org.metrolex.verification.AssigningInstitution;
import org.metrolex.verification.RedecidingVerification;
import org.metrolex.verification.SigningVerification;
import org.metrolex.verification.IssuingCertificate;
import org.metrolex.verification.RevokingCertificate;
import org.metrolex.verification.domain.Conclusion;
import org.metrolex.verification.domain.Legitimacy;
import org.metrolex.verification.domain.VerificationStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the verification list, a verification with its decision and legitimacy check, issue and revoke. */
@PageController
class VerificationPageController {

    private static final String ANY = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF','ENTERPRISE_USER')";

    private final VerificationQueries queries;
    private final AssigningInstitution assigning;
    private final RedecidingVerification redeciding;
    private final SigningVerification signing;
    private final IssuingCertificate issuing;
    private final RevokingCertificate revoking;
    private final CurrentUser currentUser;

    VerificationPageController(VerificationQueries queries, AssigningInstitution assigning, RedecidingVerification redeciding, SigningVerification signing, IssuingCertificate issuing, RevokingCertificate revoking, CurrentUser currentUser) {
        this.queries = queries;
        this.assigning = assigning;
        this.redeciding = redeciding;
        this.signing = signing;
        this.issuing = issuing;
        this.revoking = revoking;
        this.currentUser = currentUser;
    }

    @GetMapping("/verifications")
    @PreAuthorize(ANY)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.list(currentUser.scope(), status, page, 20));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", List.of(VerificationStatus.values()));
        DataScope scope = currentUser.scope();
        model.addAttribute("mayBook", scope.isOfficer() || scope.role() == Role.ENTERPRISE_USER);
        // an institution's two queues: new assignments to record, and the certificates it issued
        boolean institution = scope.role() == Role.INSTITUTION_STAFF;
        model.addAttribute("institution", institution);
        model.addAttribute("assigned", institution ? queries.search(scope, "ASSIGNED", 1, 1).total() : 0L);
        model.addAttribute("certified", institution ? queries.search(scope, "CERTIFIED", 1, 1).total() : 0L);
        return "verification/verifications";
    }

    @GetMapping("/verifications/{id:\\d+}")
    @PreAuthorize(ANY)
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model);
    }

    @PostMapping("/verifications/{id:\\d+}/issue")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String issue(@PathVariable long id, @RequestParam(required = false) String conclusion, RedirectAttributes redirect) {
        String url = "/verifications/" + id;
        try {
            issuing.issue(currentUser.scope(), id, VerificationApiController.conclusion(conclusion));
            return Forms.done(redirect, url, "vui.flash.issued");
        } catch (RuleViolation v) {
            // the legitimacy check's refusals name what is wrong in the registries, not a field of this page
            return Forms.back(redirect, url, "issue", v, null);
        }
    }

    /** The checker signs (ADR 0020); a refusal is shown on the page with the reasons. */
    @PostMapping("/verifications/{id:\\d+}/check")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String check(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        return sign(id, true, personId, redirect);
    }

    /** The approver signs after the checker (ADR 0020). */
    @PostMapping("/verifications/{id:\\d+}/approve")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String approve(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        return sign(id, false, personId, redirect);
    }

    private String sign(long id, boolean check, Long personId, RedirectAttributes redirect) {
        String url = "/verifications/" + id;
        try {
            if (check) {
                signing.signCheck(currentUser.scope(), id, personId);
            } else {
                signing.signApproval(currentUser.scope(), id, personId);
            }
            return Forms.done(redirect, url, check ? "vui.flash.checked" : "vui.flash.approved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, check ? "check" : "approve", v, null);
        }
    }

    /** The owner or an officer assigns the verification to one of the institutions authorised for its type and region. */
    @PostMapping("/verifications/{id:\\d+}/assign")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String assign(@PathVariable long id, @RequestParam(required = false) Long institutionId, RedirectAttributes redirect) {
        queries.require(currentUser.scope(), id);
        String url = "/verifications/" + id;
        try {
            assigning.assign(currentUser.scope(), id, institutionId);
            return Forms.done(redirect, url, "vui.flash.assigned");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, "assign", v, null);
        }
    }

    /** An officer re-decides a recorded verification with the editions in force now, after confirming what changes. */
    @PostMapping("/verifications/{id:\\d+}/redecide")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String redecide(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        String url = "/verifications/" + id;
        if (!"yes".equals(confirm)) {
            return Forms.back(redirect, url, "redecide",
                    List.of(new FieldError("confirm", "required", "请勾选确认后再重新判定", "tick the confirmation to re-decide")), null);
        }
        try {
            redeciding.redecide(currentUser.scope(), id);
            return Forms.done(redirect, url, "vui.flash.redecided");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, "redecide", v, null);
        }
    }

    /** Revoking a certificate shows on the public check at once and cannot be reversed: asked for on its own page. */
    @GetMapping("/verifications/{id:\\d+}/revoke")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String confirmRevoke(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        DataScope scope = currentUser.scope();
        Certificate c = queries.certificateOf(scope, id).orElseThrow(() -> RuleViolation.notFound("证书/certificate", id));
        var subject = queries.subject(scope, id);
        Confirmation confirm = Confirmation.of("vui.confirm.revoke.title", "vui.confirm.revoke", List.of(c.number()),
                List.of(new Fact("verification.certificateNumber", c.number()), new Fact("verification.owner", subject.ownerName()),
                        new Fact("verification.instrument", subject.categoryName() + " · " + subject.serialNumber())),
                "/verifications/" + id + "/revoke", java.util.Map.of(), "verification.revoke", "/verifications/" + id)
                .askingReason("verification.revokeReason", "reason");
        model.addAttribute("confirm", reason == null || reason.isBlank() ? confirm : withReason(confirm, reason));
        return "common/confirm";
    }

    /** The reason typed on the detail page, carried to the confirmation as a fact and a hidden field. */
    private static Confirmation withReason(Confirmation c, String reason) {
        List<Fact> facts = new java.util.ArrayList<>(c.facts());
        facts.add(new Fact("verification.revokeReason", reason));
        return Confirmation.of(c.titleKey(), c.consequenceKey(), c.args(), facts, c.action(), java.util.Map.of("reason", reason),
                c.confirmKey(), c.cancelHref());
    }

    @PostMapping("/verifications/{id:\\d+}/revoke")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
                  RedirectAttributes redirect) {
        String url = "/verifications/" + id;
        if (!Confirmation.confirmed(confirm)) {
            redirect.addAttribute("reason", reason == null ? "" : reason);
            return "redirect:" + url + "/revoke";
        }
        try {
            Certificate c = queries.certificateOf(currentUser.scope(), id)
                    .orElseThrow(() -> RuleViolation.notFound("证书/certificate", id));
            revoking.revoke(currentUser.scope(), c.id(), reason);
            return Forms.done(redirect, url, "vui.flash.revoked");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url + "/revoke", null, v, null);
        }
    }

    String detailPage(long id, Model model) {
        DataScope scope = currentUser.scope();
        Verification v = queries.require(scope, id);
        ConformityDecision decision = queries.decision(scope, id);
        Certificate certificate = queries.certificateOf(scope, id).orElse(null);
        // Before issue the institution sees what the legitimacy check would say for the computed conclusion.
        Legitimacy preview = decision != null && certificate == null && v.status().mayIssue()
                ? queries.check(scope, id, Conclusion.of(decision.conforming())) : null;
        model.addAttribute("verification", v);
        model.addAttribute("subject", queries.subject(scope, id));
        model.addAttribute("decision", decision);
        model.addAttribute("certificate", certificate);
        model.addAttribute("preview", preview);
        boolean mayAssign = v.status().mayAssign()
                && (scope.isOfficer() || scope.isParty(DataScope.PartyKind.ENTERPRISE, v.ownerEnterpriseId()));
        model.addAttribute("mayAssign", mayAssign);
        model.addAttribute("institutions", mayAssign ? queries.assignable(scope, id) : List.of());
        model.addAttribute("mayRecord", v.status().mayRecord() && v.institutionId() != null
                && scope.isParty(DataScope.PartyKind.INSTITUTION, v.institutionId()));
        model.addAttribute("mayIssue", scope.role() == Role.INSTITUTION_STAFF && v.status().mayIssue());
        model.addAttribute("redecision", scope.isOfficer() ? queries.redecision(scope, id) : null);
        boolean staff = v.institutionId() != null && scope.isParty(DataScope.PartyKind.INSTITUTION, v.institutionId());
        model.addAttribute("mayCheck", staff && v.status().mayCheck());
        model.addAttribute("mayApprove", staff && v.status().mayApprove());
        model.addAttribute("signers", staff && (v.status().mayCheck() || v.status().mayApprove()) ? queries.verifiersFor(scope, id) : List.of());
        model.addAttribute("signatures", queries.signatureNames(scope, id));
        model.addAttribute("mayRevoke", certificate != null && certificate.valid()
                && (scope.isOfficer() || scope.role() == Role.INSTITUTION_STAFF));
        return "verification/verification";
    }
}
