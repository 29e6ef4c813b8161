package org.metrolex.verification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.FormErrors;
import org.springframework.web.util.UriUtils;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.CertificateChecks;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For anyone: the certificate check by number (typed into the box of the public home or this page's form, or
 * opened from a certificate's QR code), with a plain "not found" page; and a form to verify a certificate
 * XML signature.
 */
@PageController
class PublicCertificatePageController {

    private final CertificateChecks checks;

    PublicCertificatePageController(CertificateChecks checks) {
        this.checks = checks;
    }

    /** The lookup form; with a number, the check of that number at its own address (the one the QR code encodes). */
    @GetMapping("/public/certificates")
    String lookup(@RequestParam(required = false) String number, Model model) {
        String typed = normalised(number);
        if (typed.isEmpty()) {
            model.addAttribute("blank", number != null);
            return "verification/publicCertificateLookup";
        }
        return "redirect:/public/certificates/" + UriUtils.encodePathSegment(typed, StandardCharsets.UTF_8);
    }

    @GetMapping("/public/certificates/{number}")
    String check(@PathVariable String number, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("certificate", checks.publicCheck(number));
            return "verification/publicCertificate";
        } catch (RuleViolation e) {
            if (e.status() != 404) {
                throw e;
            }
            response.setStatus(404);
            model.addAttribute("number", number.strip());
            model.addAttribute("notFound", true);
            return "verification/publicCertificateLookup";
        }
    }

    /**
     * A number as people type it: spaces dropped, letters upper-case, full-width or typographic dashes as
     * hyphens (certificate numbers are {@code CODE-YEAR-SEQ} in ASCII, {@code CertificateNumber}).
     */
    static String normalised(String number) {
        if (number == null) {
            return "";
        }
        return number.replaceAll("[\\s\u3000]+", "").replaceAll("[－—–‐]", "-").toUpperCase(Locale.ROOT);
    }

    @GetMapping("/public/certificates/verify")
    String verifyForm(Model model) {
        model.addAttribute("xml", "");
        model.addAttribute("signature", "");
        return "verification/verifySignature";
    }

    @PostMapping("/public/certificates/verify")
    String verify(@RequestParam(required = false) String xml, @RequestParam(required = false) String signature, Model model) {
        model.addAttribute("xml", xml == null ? "" : xml);
        model.addAttribute("signature", signature == null ? "" : signature);
        try {
            model.addAttribute("result", checks.verifySignature(xml, signature, null));
        } catch (RuleViolation v) {
            model.addAttribute("errors", FormErrors.of(v.errors()));
        }
        return "verification/verifySignature";
    }
}
