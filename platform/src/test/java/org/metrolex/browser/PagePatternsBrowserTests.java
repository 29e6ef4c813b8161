package org.metrolex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, item 10: the main pages of every role, rendered in Chinese and in English, carry no words of
 * the other language in their labels (proper names, regulation codes and units excepted; cells marked
 * {@code data-label}, such as a decision's result rows, count as labels), and on a phone
 * (390×844) no table overflows its container without a scroll wrapper and no page scrolls sideways.
 * Pages that fail are photographed to target/screenshots/surface-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
class PagePatternsBrowserTests {

    /** Each role's main pages; "first:<list>" stands for the first record linked from that list. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "admin", List.of("/", "/enterprises", "first:/enterprises", "/instruments", "/institutions", "first:/institutions",
                    "/people", "/verifications", "first:/verifications", "/overdue", "/notices", "/certificate-audits",
                    "/supervision/campaigns", "first:/supervision/campaigns", "/supervision/statistics",
                    "/supervision/rectifications/overdue", "/prepackaged/lots", "first:/prepackaged/lots", "/prepackaged/cmarks",
                    "/prepackaged/statistics", "/licensing", "first:/licensing", "/licensing/procedures", "/licensing/overdue",
                    "/licensing/statistics", "/licensing/commitment-checks", "/admin/audit", "/admin/accounts", "/regions", "/calendar",
                    "/calendar/notices", "/calendar/revisions", "first:/instruments", "/instruments/new",
                    "/instruments/import", "/enterprises/new"),
            "county", List.of("/", "/enterprises", "/instruments", "first:/instruments", "/verifications", "/overdue",
                    "/supervision/campaigns", "/prepackaged/lots"),
            "institution", List.of("/", "/verifications", "first:/verifications", "/institutions", "/people", "/licensing"),
            "enterprise", List.of("/", "/enterprises", "/instruments", "first:/instruments", "/verifications", "/overdue",
                    "/notices", "/prepackaged/cmarks", "/licensing", "/licensing/apply"),
            "public", List.of("/", "/public/institutions", "/public/spot-checks", "first:/public/spot-checks", "/public/cmarks",
                    "/public/licences", "/public/certificates/verify", "/public/certificates", "/login"));

    /** Latin words a Chinese page may show: the product, regulation and standard codes, formats, units, algorithms. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Metrolex", "JJG", "JJF", "OIML", "GB", "PDF", "XML", "CSV", "Excel",
            "xlsx", "QR", "SHA", "ECDSA", "SM2", "SM3", "API", "URL", "kPa", "mmHg", "MPa", "mL", "kg", "mg", "Qn", "ISO", "IEC",
            "En", "Birge", "NIQR", "Grubbs", "swagger", "Base64", "yyyy", "MM", "dd", "Bearer", "PNG", "JPEG", "UTF", "Word", "JSON",
            "HTTP", "HTTPS", "www", "com", "cn", "http", "localhost", "population", "txt", "seed",
            "Qmax", "Qmin", "Vmin");

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_./-])[A-Za-z]{3,}(?![A-Za-z0-9_/-])");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]+");

    /**
     * Elements that carry the page's own words (labels, headings of columns, buttons, menus), not data; a
     * proper name inside one (a region's name in a button) is marked {@code data-proper} and skipped.
     */
    private static final String LABELS = "th, label, button, dt, legend, summary, .nav-link, .dropdown-item, .btn, .form-text, "
            + "[data-label]";

    private static final String VISIBLE_TEXT = """
            sel => Array.from(document.querySelectorAll(sel))
                .filter(e => e.offsetParent !== null && !e.closest('[data-testid=current-user],[data-testid=current-region],[data-proper]'))
                .map(e => { const c = e.cloneNode(true); c.querySelectorAll('[data-proper]').forEach(x => x.remove());
                            return (c.textContent || '').replace(/\\s+/g, ' ').trim(); })
                .filter(t => t.length > 0)
            """;

    /** Tables that overflow without a sideways-scrolling ancestor, and the page itself scrolling sideways. */
    private static final String PHONE_OVERFLOWS = """
            () => {
              const bad = [];
              document.querySelectorAll('table').forEach(t => {
                if (t.offsetParent === null) return;
                let p = t.parentElement, scrolls = false;
                while (p && p !== document.body) {
                  const ox = getComputedStyle(p).overflowX;
                  if (ox === 'auto' || ox === 'scroll') { scrolls = true; break; }
                  p = p.parentElement;
                }
                if (!scrolls) bad.push('table without a scroll wrapper: ' + (t.dataset.testid || t.className));
              });
              if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                bad.push('page wider than the screen: ' + document.documentElement.scrollWidth + 'px');
              }
              return bad;
            }
            """;

    private static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(Page page, String username) {
        if (username.equals("public")) {
            return;
        }
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Metrolex-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url("/"));
    }

    /** The pages of a role, with "first:" entries resolved to the first record its list links to. */
    private List<String> pagesOf(Page page, String role) {
        List<String> out = new ArrayList<>();
        for (String p : PAGES.get(role)) {
            if (!p.startsWith("first:")) {
                out.add(p);
                continue;
            }
            String list = p.substring("first:".length());
            page.navigate(url(list));
            Object href = page.evaluate("list => { const a = Array.from(document.querySelectorAll('main table a[href]'))"
                    + ".map(x => x.getAttribute('href')).find(h => h.startsWith(list + '/')); return a || null; }", list);
            if (href != null) {
                out.add(href.toString());
            }
        }
        return out;
    }

    @Test
    void everyRolesMainPagesSpeakOneLanguageAndFitAPhone() {
        List<String> problems = new ArrayList<>();
        for (String role : List.of("admin", "county", "institution", "enterprise", "public")) {
            Page desktop = browser.desktop();
            logIn(desktop, role);
            List<String> pages = pagesOf(desktop, role);
            for (String path : pages) {
                desktop.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=zh_CN"));
                problems.addAll(latinIn(desktop, role, path));
            }
            for (String path : pages) {
                desktop.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=en"));
                problems.addAll(chineseIn(desktop, role, path));
            }
            desktop.context().close();

            Page phone = browser.phone();
            logIn(phone, role);
            for (String path : pages) {
                phone.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=zh_CN"));
                @SuppressWarnings("unchecked")
                List<String> bad = (List<String>) phone.evaluate(PHONE_OVERFLOWS);
                for (String b : bad) {
                    problems.add("phone " + role + " " + path + ": " + b);
                }
                if (!bad.isEmpty()) {
                    Browser.screenshot(phone, "surface-phone-" + role + path.replaceAll("[^A-Za-z0-9]+", "-"));
                }
            }
            if (role.equals("admin") || role.equals("public")) {
                phone.navigate(url(pages.get(Math.min(2, pages.size() - 1))));
                Browser.screenshot(phone, "surface-phone-" + role + "-sample");
            }
            phone.context().close();
        }
        assertThat(problems).as("pages with words of the other language or tables cut on a phone").isEmpty();
    }

    /** In English the top bar of the widest menu still fits one line on a 1366×768 laptop, with the role in English. */
    @Test
    void theEnglishTopBarFitsOneLineAndNamesTheRoleInEnglish() {
        Page page = browser.laptop();
        logIn(page, "admin");
        page.navigate(url("/?lang=en"));
        Browser.screenshot(page, "surface-topbar-en-admin");
        Object height = page.evaluate("document.querySelector('.mlx-navbar').offsetHeight");
        assertThat(((Number) height).intValue()).as("navbar height").isLessThan(70);
        assertThat(page.getByTestId("current-user").textContent()).contains("Province administrator").doesNotContain("管理员");
        page.context().close();
    }

    @SuppressWarnings("unchecked")
    private List<String> latinIn(Page page, String role, String path) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : (List<String>) page.evaluate(VISIBLE_TEXT, LABELS + ", h1, h2, h3, .alert, .badge, dd")) {
            Matcher m = LATIN_WORD.matcher(text);
            while (m.find()) {
                if (!LATIN_ALLOWED.contains(m.group()) && !(m.group().length() <= 4 && m.group().equals(m.group().toUpperCase()))) {
                    found.add(m.group() + " in \"" + abbreviate(text) + "\"");
                }
            }
        }
        if (!found.isEmpty()) {
            Browser.screenshot(page, "surface-zh-" + role + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return found.stream().map(f -> "zh " + role + " " + path + ": " + f).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> chineseIn(Page page, String role, String path) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : (List<String>) page.evaluate(VISIBLE_TEXT, LABELS)) {
            Matcher m = CJK.matcher(text);
            if (m.find()) {
                found.add("\"" + abbreviate(text) + "\"");
            }
        }
        if (!found.isEmpty()) {
            Browser.screenshot(page, "surface-en-" + role + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return found.stream().map(f -> "en " + role + " " + path + ": " + f).toList();
    }

    private static String abbreviate(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
