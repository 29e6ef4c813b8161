package org.metrolex.rules.web;

import java.io.IOException;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.metrolex.rules.RuleEditionManagement;
import org.metrolex.rules.RuleEditionManagement.Loaded;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule editions page of the province administrator: every edition in force, upcoming and past with its
 * status, and the upload of a rule file with every refused line listed on the page.
 */
@PageController
@RequestMapping("/admin/rule-editions")
class RuleEditionPageController {

    private static final String ADMIN = "hasRole('PROVINCE_ADMIN')";

    private final RuleEditionManagement editions;
    private final CurrentUser currentUser;

    RuleEditionPageController(RuleEditionManagement editions, CurrentUser currentUser) {
        this.editions = editions;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize(ADMIN)
    String page(Model model) {
        return page(model, List.of(), null, null);
    }

    /** Loads the file; POST then redirect on success, the page with every problem on refusal (nothing stored). */
    @PostMapping
    @PreAuthorize(ADMIN)
    String upload(@RequestPart(name = "file", required = false) MultipartFile file, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        if (!"yes".equals(confirm)) {
            return page(model, List.of(new FieldError("confirm", "required", "请确认：该版本自其实施日期起用于此后作出的每一项判定",
                    "confirm that the edition decides every decision made from now on and dated from its effective date")), name, reason);
        }
        try {
            Loaded loaded = editions.load(currentUser.scope(), name, file == null ? new byte[0] : file.getBytes(), reason);
            redirect.addFlashAttribute("loaded", loaded);
            return "redirect:/admin/rule-editions";
        } catch (RuleViolation v) {
            if (v.status() == 403) {
                throw v;
            }
            return page(model, v.errors(), name, reason);
        }
    }

    private String page(Model model, List<FieldError> errors, String fileName, String reason) {
        model.addAttribute("overview", editions.overview(currentUser.scope()));
        model.addAttribute("errors", errors);
        model.addAttribute("fileName", fileName == null ? "" : fileName);
        model.addAttribute("reason", reason == null ? "" : reason);
        if (!model.containsAttribute("loaded")) {
            model.addAttribute("loaded", null);
        }
        return "rules/ruleEditions";
    }
}
