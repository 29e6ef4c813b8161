package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.identity.Role;
import org.metrolex.platform.web.PageContext;
import org.metrolex.region.RegionCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.metrolex.platform.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.RuleViolation;

/** Puts the {@link PageContext} of the common layout into the model of every page. */
@ControllerAdvice(annotations = PageController.class)
class PageContextAdvice {

    /** Navigation by module; each entry lists the roles that see it. */
    private record Entry(String labelKey, String href, Set<Role> roles) {
    }

    private static final Set<Role> OFFICERS = Set.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER);
    private static final List<Entry> MENU = List.of(
            new Entry("nav.home", "/", Set.of(Role.values())),
            new Entry("nav.enterprises", "/enterprises", union(OFFICERS, Role.ENTERPRISE_USER)),
            new Entry("nav.instruments", "/instruments", union(OFFICERS, Role.ENTERPRISE_USER)),
            new Entry("nav.verifications", "/verifications", union(union(OFFICERS, Role.INSTITUTION_STAFF), Role.ENTERPRISE_USER)),
            new Entry("nav.overdue", "/overdue", union(OFFICERS, Role.ENTERPRISE_USER)),
            new Entry("nav.notices", "/notices", union(OFFICERS, Role.ENTERPRISE_USER)),
            new Entry("nav.certificateAudits", "/certificate-audits", OFFICERS),
            new Entry("nav.prepackaged", "/prepackaged/lots", union(OFFICERS, Role.ENTERPRISE_USER)),
            new Entry("nav.institutions", "/institutions", union(OFFICERS, Role.INSTITUTION_STAFF)),
            new Entry("nav.licensing", "/licensing", union(union(OFFICERS, Role.INSTITUTION_STAFF), Role.ENTERPRISE_USER)),
            new Entry("nav.people", "/people", union(OFFICERS, Role.INSTITUTION_STAFF)),
            new Entry("nav.supervision", "/supervision/campaigns", OFFICERS),
            new Entry("nav.regions", "/regions", OFFICERS),
            new Entry("nav.calendar", "/calendar", Set.of(Role.values())),
            new Entry("nav.audit", "/admin/audit", Set.of(Role.PROVINCE_ADMIN)),
            new Entry("nav.accounts", "/admin/accounts", Set.of(Role.PROVINCE_ADMIN)),
            new Entry("nav.publicInstitutions", "/public/institutions", Set.of(Role.PUBLIC)),
            new Entry("nav.publicSpotChecks", "/public/spot-checks", Set.of(Role.PUBLIC)),
            new Entry("nav.publicCMarks", "/public/cmarks", Set.of(Role.PUBLIC)),
            new Entry("nav.publicLicences", "/public/licences", Set.of(Role.PUBLIC)));

    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;

    PageContextAdvice(MessageSource messages, CurrentUser currentUser, RegionCatalogue regions) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, Locale locale) {
        var principal = currentUser.principal();
        Role role = principal.map(MetrolexPrincipal::role).orElse(Role.PUBLIC);
        String path = request.getRequestURI();
        List<PageContext.NavItem> nav = new ArrayList<>();
        for (Entry e : MENU) {
            if (e.roles().contains(role)) {
                boolean active = e.href().equals("/") ? path.equals("/") : path.startsWith(e.href());
                nav.add(new PageContext.NavItem(e.labelKey(), e.href(), active));
            }
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String regionName = principal.map(p -> p.regionCode() != null ? regions.fullName(p.regionCode()) : "").orElse("");
        return new PageContext(messages, locale, path,
                principal.map(MetrolexPrincipal::displayName).orElse(null),
                principal.map(p -> "role." + p.role().name()).orElse(null),
                regionName, nav,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }

    /**
     * A page request that breaks a rule (not found, outside the caller's scope, refused action) gets
     * an error page in the common layout with the reasons in the page's language, not a stack trace.
     */
    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(RuleViolation e, HttpServletRequest request, Locale locale) {
        return errorPage(request, locale, e.status(), e.errors());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView denied(RuntimeException e, HttpServletRequest request, Locale locale) {
        return errorPage(request, locale, 403, List.of(new Problem.FieldError("role", "allowed",
                "您的角色无权访问此页面", "your role may not open this page")));
    }

    private ModelAndView errorPage(HttpServletRequest request, Locale locale, int status, List<Problem.FieldError> errors) {
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(HttpStatusCode.valueOf(status));
        mv.addObject("page", page(request, locale));
        mv.addObject("status", status);
        mv.addObject("messages", errors.stream()
                .map(err -> "en".equals(locale.getLanguage()) ? err.messageEn() : err.messageZh()).toList());
        return mv;
    }

    private static Set<Role> union(Set<Role> a, Role b) {
        var s = new java.util.HashSet<>(a);
        s.add(b);
        return Set.copyOf(s);
    }
}
