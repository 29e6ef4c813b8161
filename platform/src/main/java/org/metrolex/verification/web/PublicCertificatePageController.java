package org.metrolex.verification.web;

import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.FormErrors;
import org.metrolex.platform.web.PageController;
import org.metrolex.verification.VerificationManagement;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a phone opens from a certificate's QR code, and a form to verify a certificate XML signature: for anyone. */
@PageController
class PublicCertificatePageController {

    private final VerificationManagement verifications;

    PublicCertificatePageController(VerificationManagement verifications) {
        this.verifications = verifications;
    }

    @GetMapping("/public/certificates/{number}")
    String check(@PathVariable String number, Model model) {
        model.addAttribute("certificate", verifications.publicCheck(number));
        return "verification/publicCertificate";
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
            model.addAttribute("result", verifications.verifySignature(xml, signature, null));
        } catch (RuleViolation v) {
            model.addAttribute("errors", FormErrors.of(v.errors()));
        }
        return "verification/verifySignature";
    }
}
