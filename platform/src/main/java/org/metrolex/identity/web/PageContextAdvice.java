package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.MetrolexPrincipal;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageContext;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** Puts the {@link PageContext} of the common layout into the model of every page. */
// before the platform's catch-all page error advice, which is ordered last
@org.springframework.core.annotation.Order(0)
@ControllerAdvice(annotations = PageController.class)
class PageContextAdvice {

    /** One link of the navigation and the roles that see it (the roles its page lets in, or fewer). */
    record Entry(String labelKey, String href, Set<Role> roles) {
    }

    /**
     * A top-level item: a group shown as a dropdown ({@code labelKey} set) or, with {@code labelKey}
     * null, a single plain link. A group whose role sees no entry is hidden; a group with one visible
     * entry is shown as that entry's plain link.
     */
    record Group(String labelKey, List<Entry> entries) {

        static Group link(Entry entry) {
            return new Group(null, List.of(entry));
        }
    }

    private static final Set<Role> OFFICERS = Set.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER);
    private static final Set<Role> ADMIN = Set.of(Role.PROVINCE_ADMIN);
    private static final Set<Role> PUBLIC = Set.of(Role.PUBLIC);
    private static final Set<Role> EVERYONE = Set.of(Role.values());
    private static final Set<Role> LOGGED_IN = Set.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER,
            Role.INSTITUTION_STAFF, Role.ENTERPRISE_USER);

    /**
     * The navigation, grouped by task. The role sets of the entries that were in the flat menu are
     * unchanged (except the calendar, no longer offered to the public, whom its page refuses); the
     * statistics, overdue and procedure pages added to the groups carry the roles of their pages' {@code @PreAuthorize} (checked by NavigationIntegrationTests).
     */
    static final List<Group> MENU = List.of(
            Group.link(new Entry("nav.home", "/", EVERYONE)),
            new Group("nav.group.registries", List.of(
                    new Entry("nav.enterprises", "/enterprises", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.instruments", "/instruments", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.institutions", "/institutions", union(OFFICERS, Role.INSTITUTION_STAFF)),
                    new Entry("nav.people", "/people", union(OFFICERS, Role.INSTITUTION_STAFF)))),
            new Group("nav.group.verification", List.of(
                    new Entry("nav.verifications", "/verifications", union(union(OFFICERS, Role.INSTITUTION_STAFF), Role.ENTERPRISE_USER)),
                    new Entry("nav.overdue", "/overdue", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.reminders", "/reminders", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.certificateAudits", "/certificate-audits", OFFICERS),
                    // Comparisons test the institutions' verification capability; a group keeps the English top bar on one line.
                    new Entry("nav.comparisons", "/comparisons", union(OFFICERS, Role.INSTITUTION_STAFF)))),
            new Group("nav.group.supervision", List.of(
                    new Entry("nav.supervision", "/supervision/campaigns", OFFICERS),
                    new Entry("nav.supervisionStatistics", "/supervision/statistics", OFFICERS),
                    new Entry("nav.rectificationsOverdue", "/supervision/rectifications/overdue", OFFICERS),
                    new Entry("nav.deadlineRevisions", "/calendar/revisions", OFFICERS),
                    new Entry("nav.prepackaged", "/prepackaged/lots", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.cmarks", "/prepackaged/cmarks", union(OFFICERS, Role.ENTERPRISE_USER)),
                    new Entry("nav.prepackagedStatistics", "/prepackaged/statistics", OFFICERS))),
            new Group("nav.group.licensing", List.of(
                    new Entry("nav.licensingApplications", "/licensing", union(union(OFFICERS, Role.INSTITUTION_STAFF), Role.ENTERPRISE_USER)),
                    new Entry("nav.licensingProcedures", "/licensing/procedures", union(union(OFFICERS, Role.INSTITUTION_STAFF), Role.ENTERPRISE_USER)),
                    new Entry("nav.licensingOverdue", "/licensing/overdue", OFFICERS),
                    new Entry("nav.deadlineRevisions", "/calendar/revisions", OFFICERS),
                    new Entry("nav.licensingStatistics", "/licensing/statistics", OFFICERS))),
            new Group("nav.group.system", List.of(
                    new Entry("nav.regions", "/regions", OFFICERS),
                    // The flat menu listed the calendar for the public too, whose /calendar answers with the login page.
                    new Entry("nav.calendar", "/calendar", LOGGED_IN),
                    new Entry("nav.holidayNotices", "/calendar/notices", ADMIN),
                    new Entry("nav.audit", "/admin/audit", ADMIN),
                    new Entry("nav.accounts", "/admin/accounts", ADMIN),
                    new Entry("nav.ruleEditions", "/admin/rule-editions", ADMIN))),
            // The public's first need: is this certificate genuine and valid? The signature check is linked from there.
            Group.link(new Entry("nav.publicCertificates", "/public/certificates", PUBLIC)),
            Group.link(new Entry("nav.publicInstitutions", "/public/institutions", PUBLIC)),
            Group.link(new Entry("nav.publicSpotChecks", "/public/spot-checks", PUBLIC)),
            Group.link(new Entry("nav.publicCMarks", "/public/cmarks", PUBLIC)),
            Group.link(new Entry("nav.publicLicences", "/public/licences", PUBLIC)));

    /**
     * The navigation a role sees on a page. The active link is the visible entry whose path is the
     * longest prefix of the page's path, whole segments only (on "/licensing/statistics" that
     * entry, not "/licensing"; "/verify" is not under "/verifications"); a group is active when
     * the page lies under the first path segment of one of its entries ("/supervision/tasks/7" → Supervision).
     */
    static List<PageContext.NavItem> navigation(Role role, String path) {
        String activeHref = null;
        for (Group g : MENU) {
            for (Entry e : g.entries()) {
                if (e.roles().contains(role) && under(path, e.href())
                        && (activeHref == null || e.href().length() > activeHref.length())) {
                    activeHref = e.href();
                }
            }
        }
        List<PageContext.NavItem> nav = new ArrayList<>();
        for (Group g : MENU) {
            List<PageContext.NavItem> links = new ArrayList<>();
            boolean groupActive = false;
            for (Entry e : g.entries()) {
                if (e.roles().contains(role)) {
                    links.add(new PageContext.NavItem(e.labelKey(), e.href(), e.href().equals(activeHref)));
                    // The group of the active link; with none, the group whose pages lie under the path's first
                    // segment. A link in two groups (the calendar's deadline revisions under supervision and
                    // licensing) makes neither group active on the calendar's other pages.
                    groupActive |= activeHref != null ? e.href().equals(activeHref)
                            : !e.href().equals("/") && under(path, firstSegment(e.href()));
                }
            }
            if (links.size() == 1) {
                nav.add(links.get(0));
            } else if (!links.isEmpty()) {
                nav.add(new PageContext.NavItem(g.labelKey(), null, groupActive, links));
            }
        }
        return nav;
    }

    private static boolean under(String path, String href) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }

    private static String firstSegment(String href) {
        int slash = href.indexOf('/', 1);
        return slash < 0 ? href : href.substring(0, slash);
    }

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
        List<PageContext.NavItem> nav = navigation(role, path);
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
