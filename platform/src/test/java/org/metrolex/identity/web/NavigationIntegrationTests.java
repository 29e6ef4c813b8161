package org.metrolex.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageContext.NavItem;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The grouped navigation shows each role exactly the links the flat menu showed it, plus the
 * statistics, overdue and procedure pages of the later modules, and no link whose page refuses the
 * role (checked through MockMvc like the authorization matrix: the rendered menu, then every link).
 */
@MetrolexIntegrationTest
class NavigationIntegrationTests {

    private static final Set<Role> OFFICERS = Set.of(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER);
    private static final Role A = Role.PROVINCE_ADMIN, C = Role.CITY_OFFICER, O = Role.COUNTY_OFFICER,
            I = Role.INSTITUTION_STAFF, E = Role.ENTERPRISE_USER, P = Role.PUBLIC;

    /** The flat MENU before the grouping (commit 1771c9e), href → roles. */
    private static final Map<String, Set<Role>> FLAT_MENU = new LinkedHashMap<>();

    /** Links added with the grouping, href → roles of the page's {@code @PreAuthorize}. */
    private static final Map<String, Set<Role>> ADDED = new LinkedHashMap<>();

    static {
        FLAT_MENU.put("/", Set.of(Role.values()));
        FLAT_MENU.put("/enterprises", Set.of(A, C, O, E));
        FLAT_MENU.put("/instruments", Set.of(A, C, O, E));
        FLAT_MENU.put("/verifications", Set.of(A, C, O, I, E));
        FLAT_MENU.put("/overdue", Set.of(A, C, O, E));
        FLAT_MENU.put("/certificate-audits", OFFICERS);
        FLAT_MENU.put("/prepackaged/lots", Set.of(A, C, O, E));
        FLAT_MENU.put("/institutions", Set.of(A, C, O, I));
        FLAT_MENU.put("/licensing", Set.of(A, C, O, I, E));
        FLAT_MENU.put("/people", Set.of(A, C, O, I));
        FLAT_MENU.put("/supervision/campaigns", OFFICERS);
        FLAT_MENU.put("/regions", OFFICERS);
        // The flat menu showed the calendar to the public too, but /calendar needs a login (matrix: -YYYYY):
        // the one role set narrowed, so that no link leads a visitor to the login page.
        FLAT_MENU.put("/calendar", Set.of(A, C, O, I, E));
        FLAT_MENU.put("/admin/audit", Set.of(A));
        FLAT_MENU.put("/admin/accounts", Set.of(A));
        FLAT_MENU.put("/public/institutions", Set.of(P));
        FLAT_MENU.put("/public/spot-checks", Set.of(P));
        FLAT_MENU.put("/public/cmarks", Set.of(P));
        FLAT_MENU.put("/public/licences", Set.of(P));

        ADDED.put("/supervision/statistics", OFFICERS);
        ADDED.put("/supervision/rectifications/overdue", OFFICERS);
        ADDED.put("/prepackaged/cmarks", Set.of(A, C, O, E));
        ADDED.put("/prepackaged/statistics", OFFICERS);
        ADDED.put("/licensing/procedures", Set.of(A, C, O, I, E));
        ADDED.put("/licensing/overdue", OFFICERS);
        ADDED.put("/licensing/statistics", OFFICERS);
        // issue 19: deadlines changed by holiday notices (in the supervision and the licensing group), notices (admin)
        ADDED.put("/calendar/revisions", OFFICERS);
        ADDED.put("/calendar/notices", Set.of(A));
        ADDED.put("/admin/rule-editions", Set.of(A));
        // issue 16: comparison rounds (organisers, pilots and participants)
        ADDED.put("/comparisons", Set.of(A, C, O, I));
        ADDED.put("/public/certificates", Set.of(P));
        // issue 13, item 12: due-date reminders (the owner's and its region's for officers)
        ADDED.put("/reminders", Set.of(A, C, O, E));
    }

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesTheLinksOfTheFlatMenuAndTheAddedPages(Role role) {
        Set<String> expected = new TreeSet<>();
        FLAT_MENU.forEach((href, roles) -> { if (roles.contains(role)) expected.add(href); });
        ADDED.forEach((href, roles) -> { if (roles.contains(role)) expected.add(href); });
        assertThat(new TreeSet<>(hrefs(PageContextAdvice.navigation(role, "/")))).isEqualTo(expected);
    }

    @Test
    void everyLinkOfTheMenuIsKnownToThisTest() {
        Set<String> all = PageContextAdvice.MENU.stream().flatMap(g -> g.entries().stream())
                .map(PageContextAdvice.Entry::href).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(FLAT_MENU.keySet());
        known.addAll(ADDED.keySet());
        assertThat(all).isEqualTo(known);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theRenderedMenuOpensForTheRoleEveryPageItLinks(Role role) throws Exception {
        String home = get(role == P ? "/public/institutions" : "/", role).getContentAsString();
        int start = home.indexOf("data-testid=\"main-nav\"");
        int end = home.indexOf("<div class=\"d-flex align-items-center", start);
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        List<String> rendered = new ArrayList<>();
        var m = HREF.matcher(home.substring(start, end));
        while (m.find()) {
            rendered.add(m.group(1));
        }
        assertThat(rendered).containsExactlyElementsOf(hrefs(PageContextAdvice.navigation(role, "/")));
        // Each link opens its page: 200, or for the public's "/" the redirect to its home page; never
        // 401/403 nor the way to the login page.
        Map<String, String> answers = new LinkedHashMap<>();
        for (String href : rendered) {
            var response = get(href, role);
            answers.put(href, response.getStatus() + " " + response.getRedirectedUrl());
        }
        assertThat(answers).as("pages of the %s menu", role).allSatisfy((href, answer) ->
                assertThat(answer).isIn("200 null", "302 /public/institutions"));
    }

    @Test
    void groupsShowOnlyWithMoreThanOneVisibleLinkAndAreNamedInBothLanguages() {
        Map<Role, List<String>> topLevel = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            topLevel.put(role, PageContextAdvice.navigation(role, "/").stream()
                    .map(n -> n.group() ? n.labelKey() + n.children().size() : n.href()).toList());
        }
        assertThat(topLevel.get(P)).containsExactly("/", "/public/certificates", "/public/institutions", "/public/spot-checks",
                "/public/cmarks", "/public/licences");
        assertThat(topLevel.get(I)).containsExactly("/", "nav.group.registries2", "nav.group.verification2",
                "nav.group.licensing2", "/calendar");
        assertThat(topLevel.get(E)).containsExactly("/", "nav.group.registries2", "nav.group.verification3",
                "nav.group.supervision2", "nav.group.licensing2", "/calendar");
        assertThat(topLevel.get(O)).containsExactly("/", "nav.group.registries4", "nav.group.verification5",
                "nav.group.supervision7", "nav.group.licensing5", "nav.group.system2");
        assertThat(topLevel.get(A)).containsExactly("/", "nav.group.registries4", "nav.group.verification5",
                "nav.group.supervision7", "nav.group.licensing5", "nav.group.system6");
    }

    @Test
    void theActiveLinkIsTheLongestPrefixAndTheActiveGroupFollowsTheFirstSegment() {
        var nav = PageContextAdvice.navigation(O, "/licensing/statistics");
        assertThat(activeLinks(nav)).containsExactly("/licensing/statistics");
        assertThat(activeGroups(nav)).containsExactly("nav.group.licensing");

        nav = PageContextAdvice.navigation(O, "/supervision/tasks/7");
        assertThat(activeLinks(nav)).isEmpty();
        assertThat(activeGroups(nav)).containsExactly("nav.group.supervision");

        nav = PageContextAdvice.navigation(O, "/verifications/12/readings");
        assertThat(activeLinks(nav)).containsExactly("/verifications");
        assertThat(activeGroups(nav)).containsExactly("nav.group.verification");

        nav = PageContextAdvice.navigation(A, "/");
        assertThat(activeLinks(nav)).containsExactly("/");
        assertThat(activeGroups(nav)).isEmpty();

        // The revisions link sits in two groups; the calendar's own page keeps only the system group active.
        nav = PageContextAdvice.navigation(O, "/calendar");
        assertThat(activeLinks(nav)).containsExactly("/calendar");
        assertThat(activeGroups(nav)).containsExactly("nav.group.system");
        nav = PageContextAdvice.navigation(O, "/calendar/revisions");
        assertThat(activeLinks(nav)).containsExactly("/calendar/revisions", "/calendar/revisions");
        assertThat(activeGroups(nav)).containsExactly("nav.group.supervision", "nav.group.licensing");
    }

    @Test
    void groupLabelsAreRenderedInChineseAndEnglish() throws Exception {
        String zh = get("/", O).getContentAsString();
        assertThat(zh).contains(">登记</button>", ">检定业务</button>", ">监管</button>", ">许可</button>", ">系统</button>");
        String en = mvc.perform(MockMvcRequestBuilders.get("/").param("lang", "en").with(TestLogins.as(identity, O)))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains(">Registries</button>", ">Verification</button>", ">Supervision</button>",
                ">Licensing</button>", ">System</button>", ">Spot-check statistics</a>");
    }

    private MockHttpServletResponse get(String path, Role role) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(TestLogins.as(identity, role))).andReturn().getResponse();
    }

    private static List<String> hrefs(List<NavItem> nav) {
        List<String> out = new ArrayList<>();
        for (NavItem n : nav) {
            if (n.group()) {
                n.children().forEach(c -> out.add(c.href()));
            } else {
                out.add(n.href());
            }
        }
        return out;
    }

    private static List<String> activeLinks(List<NavItem> nav) {
        List<String> out = new ArrayList<>();
        for (NavItem n : nav) {
            (n.group() ? n.children() : List.of(n)).stream().filter(NavItem::active).forEach(c -> out.add(c.href()));
        }
        return out;
    }

    private static List<String> activeGroups(List<NavItem> nav) {
        return nav.stream().filter(n -> n.group() && n.active()).map(NavItem::labelKey).toList();
    }
}
