package org.metrolex.verification.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.Readings;
import org.metrolex.verification.Verification;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.VerificationManagement.Subject;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verification workflow as forms: the owner (or an officer) books a verification for an instrument,
 * the owner or an officer assigns it to an institution authorised for the type and region (only those are
 * offered), and the assigned institution's staff records the readings on the form of the instrument's
 * family, previews the decision metrology-core computes, and saves. Issue and revoke are on the detail page
 * ({@link VerificationPageController}).
 */
@PageController
class VerificationFormsController {

    private static final String BOOKERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')";

    private final VerificationManagement verifications;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    VerificationFormsController(VerificationManagement verifications, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.verifications = verifications;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/verifications/new")
    @PreAuthorize(BOOKERS)
    String bookForm(@RequestParam(required = false) Long instrumentId, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer page, Model model) {
        return bookPage(instrumentId, q, page, model, List.of());
    }

    @PostMapping("/verifications/new")
    @PreAuthorize(BOOKERS)
    String book(@RequestParam(required = false) Long instrumentId, Model model, RedirectAttributes redirect) {
        try {
            Verification v = verifications.book(currentUser.scope(), instrumentId);
            redirect.addFlashAttribute("flash", "vui.flash.booked");
            return "redirect:/verifications/" + v.id();
        } catch (RuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            return bookPage(null, null, null, model, e.errors());
        }
    }

    private String bookPage(Long instrumentId, String q, Integer page, Model model, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        BookableInstrument selected = instrumentId == null ? null : bookable(verifications.instrument(scope, instrumentId));
        model.addAttribute("selected", selected);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", verifications.bookable(scope, q, page, 20).map(this::bookable));
        model.addAttribute("errors", errors);
        return "verification/book";
    }

    private BookableInstrument bookable(Instrument i) {
        var c = verifications.category(i.categoryCode());
        return new BookableInstrument(i, c.map(x -> x.nameZh()).orElse(i.categoryCode()), c.map(x -> x.nameEn()).orElse(i.categoryCode()));
    }

    @GetMapping("/verifications/{id:\\d+}/readings")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String readingsForm(@PathVariable long id, Model model) {
        DataScope scope = currentUser.scope();
        Subject subject = verifications.subject(scope, id);
        Verification v = verifications.require(scope, id);
        if (subject.family() == null) {
            throw new RuleViolation(409, List.of(new FieldError("readings", "family", "尚不支持该类别的原始记录：" + subject.categoryName(),
                    "no readings form yet for " + subject.categoryNameEn())));
        }
        ReadingsForm form = ReadingsForm.of(subject.family(), verifications.storedReadings(scope, id));
        form.verificationDate = v.verificationDate() == null ? LocalDate.now(clock).toString() : v.verificationDate().toString();
        form.verifierId = v.verifierPersonId() == null ? "" : v.verifierPersonId().toString();
        form.standardIds = v.standardIds().stream().map(String::valueOf).toList();
        form.feeYuan = v.feeYuan() == null ? "" : v.feeYuan().toPlainString();
        form.feeWaived = v.feeWaived();
        return readingsPage(id, subject, form, null, List.of(), model);
    }

    @PostMapping("/verifications/{id:\\d+}/readings")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        DataScope scope = currentUser.scope();
        Subject subject = verifications.subject(scope, id);
        if (subject.family() == null) {
            throw new RuleViolation(409, List.of(new FieldError("readings", "family", "尚不支持该类别的原始记录：" + subject.categoryName(),
                    "no readings form yet for " + subject.categoryNameEn())));
        }
        ReadingsForm form = ReadingsForm.of(subject.family(), params);
        List<FieldError> errors = new ArrayList<>();
        Readings readings = form.toReadings(errors, messages);
        LocalDate date = date(form.verificationDate, errors);
        Long verifier = number(form.verifierId, "verifierId", errors);
        List<Long> standards = new ArrayList<>();
        for (String s : form.standardIds) {
            Long n = number(s, "standardIds", errors);
            if (n != null) {
                standards.add(n);
            }
        }
        BigDecimal fee = null;
        if (!form.feeYuan.isEmpty()) {
            try {
                fee = new BigDecimal(form.feeYuan);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("feeYuan", "money", "检定费“" + form.feeYuan + "”不是金额", "the fee '" + form.feeYuan + "' is not an amount"));
            }
        }
        if (!errors.isEmpty()) {
            return readingsPage(id, subject, form, null, errors, model);
        }
        try {
            if ("preview".equals(params.getFirst("action"))) {
                ConformityDecision decision = verifications.preview(scope, id, date, readings);
                return readingsPage(id, subject, form, decision, List.of(), model);
            }
            verifications.record(scope, id, new VerificationManagement.Recording(date, verifier, standards, readings, fee, form.feeWaived));
            redirect.addFlashAttribute("flash", "vui.flash.recorded");
            return "redirect:/verifications/" + id;
        } catch (RuleViolation e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return readingsPage(id, subject, form, null, e.errors(), model);
        }
    }

    private String readingsPage(long id, Subject subject, ReadingsForm form, ConformityDecision decision, List<FieldError> errors, Model model) {
        DataScope scope = currentUser.scope();
        model.addAttribute("verification", verifications.require(scope, id));
        model.addAttribute("subject", subject);
        form.invalid = errors.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("form", form);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        model.addAttribute("verifiers", verifications.verifiersFor(scope, id));
        model.addAttribute("standards", verifications.standardsFor(scope, id));
        model.addAttribute("kinds", List.of(VerificationKind.values()));
        return "verification/readings";
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("verificationDate", "date", "检定日期须为 yyyy-mm-dd", "the verification date must be yyyy-mm-dd"));
            return null;
        }
    }

    private static Long number(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "id", field + " 须为编号", field + " must be an id"));
            return null;
        }
    }
}
