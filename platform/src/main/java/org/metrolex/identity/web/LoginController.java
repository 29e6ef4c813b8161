package org.metrolex.identity.web;

import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class LoginController {

    /** {@code locked} is still understood (old links) but shows the same message as any failure. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("error", error != null || locked != null);
        model.addAttribute("loggedOut", logout != null);
        return "identity/login";
    }
}
