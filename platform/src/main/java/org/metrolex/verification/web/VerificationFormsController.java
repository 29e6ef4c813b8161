package org.metrolex.verification.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.web.FieldMessages;
import org.metrolex.platform.web.FormErrors;
import org.metrolex.platform.web.FormInput;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.Readings;
import org.metrolex.verification.Verification;
import org.metrolex.verification.VerificationQueries;
import org.metrolex.verification.BookingVerification;
import org.metrolex.verification.RecordingReadings;
import org.metrolex.verification.VerificationQueries.Subject;
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

    private final VerificationQueries queries;
    private final BookingVerification booking;
    private final RecordingReadings recording;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;
    private final FieldMessages fields;

    VerificationFormsController(VerificationQueries queries, BookingVerification booking, RecordingReadings recording, CurrentUser currentUser, MessageSource messages, Clock clock,
                                FieldMessages fields) {
        this.clock = clock;
        this.fields = fields;
        this.queries = queries;
        this.booking = booking;
        this.recording = recording;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/verifications/new")
    @PreAuthorize(BOOKERS)
    String bookForm(@RequestParam(required = false) Long instrumentId, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer page, Model model) {
        return bookPage(instrumentId, q, page, model);
    }

    @PostMapping("/verifications/new")
    @PreAuthorize(BOOKERS)
    String book(@RequestParam(required = false) Long instrumentId, RedirectAttributes redirect) {
        try {
            Verification v = booking.book(currentUser.scope(), instrumentId);
            return Forms.done(redirect, "/verifications/" + v.id(), "vui.flash.booked");
        } catch (RuleViolation e) {
            return Forms.back(redirect, "/verifications/new", e);
        }
    }

    private String bookPage(Long instrumentId, String q, Integer page, Model model) {
        DataScope scope = currentUser.scope();
        BookableInstrument selected = instrumentId == null ? null : bookable(queries.instrument(scope, instrumentId));
        model.addAttribute("selected", selected);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", queries.bookable(scope, q, page, 20).map(this::bookable));
        return "verification/book";
    }

    private BookableInstrument bookable(Instrument i) {
        var c = queries.category(i.categoryCode());
        return new BookableInstrument(i, c.map(x -> x.nameZh()).orElse(i.categoryCode()), c.map(x -> x.nameEn()).orElse(i.categoryCode()));
    }

    @GetMapping("/verifications/{id:\\d+}/readings")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String readingsForm(@PathVariable long id, Model model) {
        DataScope scope = currentUser.scope();
        Subject subject = queries.subject(scope, id);
        Verification v = queries.require(scope, id);
        if (subject.family() == null) {
            throw new RuleViolation(409, List.of(new FieldError("readings", "family", "尚不支持该类别的原始记录：" + subject.categoryName(),
                    "no readings form yet for " + subject.categoryNameEn())));
        }
        // what was entered comes back after a preview or a refused save (post, then redirect); else the stored readings
        ReadingsForm form = Forms.entered(model, ReadingsForm.class, () -> {
            ReadingsForm stored = ReadingsForm.of(subject.family(), queries.storedReadings(scope, id));
            stored.verificationDate = v.verificationDate() == null ? LocalDate.now(clock).toString() : v.verificationDate().toString();
            stored.verifierId = v.verifierPersonId() == null ? "" : v.verifierPersonId().toString();
            stored.standardIds = v.standardIds().stream().map(String::valueOf).toList();
            stored.feeYuan = v.feeYuan() == null ? "" : v.feeYuan().toPlainString();
            stored.feeWaived = v.feeWaived();
            return stored;
        });
        FormErrors errors = (FormErrors) model.getAttribute(FormErrors.ATTRIBUTE);
        form.invalid = errors == null ? java.util.Set.of()
                : errors.all().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("verification", v);
        model.addAttribute("subject", subject);
        model.addAttribute("form", form);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", null);
        }
        model.addAttribute("verifiers", queries.verifiersFor(scope, id));
        model.addAttribute("standards", queries.standardsFor(scope, id));
        model.addAttribute("kinds", List.of(VerificationKind.values()));
        return "verification/readings";
    }

    @PostMapping("/verifications/{id:\\d+}/readings")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        DataScope scope = currentUser.scope();
        Subject subject = queries.subject(scope, id);
        if (subject.family() == null) {
            throw new RuleViolation(409, List.of(new FieldError("readings", "family", "尚不支持该类别的原始记录：" + subject.categoryName(),
                    "no readings form yet for " + subject.categoryNameEn())));
        }
        ReadingsForm form = ReadingsForm.of(subject.family(), params);
        List<FieldError> errors = new ArrayList<>();
        Readings readings = form.toReadings(errors, messages);
        FormInput in = fields.read(java.util.Map.of("verificationDate", form.verificationDate == null ? "" : form.verificationDate,
                "verifierId", form.verifierId == null ? "" : form.verifierId, "feeYuan", form.feeYuan == null ? "" : form.feeYuan));
        LocalDate date = in.date("verificationDate", "verification.date");
        Long verifier = in.choice("verifierId", "vui.record.verifier");
        List<Long> standards = new ArrayList<>();
        for (String s : form.standardIds) {
            try {
                standards.add(Long.valueOf(s.strip()));
            } catch (NumberFormatException e) {
                in.reject(fields.error("standardIds", "vui.record.standards", "choice"));
            }
        }
        BigDecimal fee = in.decimal("feeYuan", "verification.fee");
        errors.addAll(in.errors());
        String formUrl = "/verifications/" + id + "/readings";
        if (!errors.isEmpty()) {
            return Forms.back(redirect, formUrl, null, errors, form);
        }
        try {
            if ("preview".equals(params.getFirst("action"))) {
                // a preview writes nothing; it is shown on the form page like a result, so a reload does not post again
                redirect.addFlashAttribute("decision", queries.preview(scope, id, date, readings));
                redirect.addFlashAttribute(Forms.ENTERED, form);
                return "redirect:" + formUrl;
            }
            recording.record(scope, id, new RecordingReadings.Recording(date, verifier, standards, readings, fee, form.feeWaived));
            return Forms.done(redirect, "/verifications/" + id, "vui.flash.recorded");
        } catch (RuleViolation e) {
            return Forms.back(redirect, formUrl, e, form);
        }
    }
}
