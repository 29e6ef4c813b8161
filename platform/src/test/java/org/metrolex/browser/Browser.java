package org.metrolex.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright (no browser download: CONVENTIONS.md, tests). One instance
 * per test class; each test gets a fresh context (cookies, language) and its own page.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM
                    + ": run `apt-get install -y chromium` (./metrolex test does this)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    Page desktop() {
        return context(1366, 900).newPage();
    }

    /** A page at any viewport size (e.g. 1280×900 for a desktop scenario). */
    Page sized(int width, int height) {
        return context(width, height).newPage();
    }

    /** A common laptop screen, 1366×768, at which the navigation must fit on one line. */
    Page laptop() {
        return context(1366, 768).newPage();
    }

    /** A phone-sized screen (iPhone 12/13 CSS viewport). */
    Page phone() {
        return context(390, 844).newPage();
    }

    private BrowserContext context(int width, int height) {
        BrowserContext ctx = browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("zh-CN"));
        ctx.setDefaultTimeout(15_000);
        return ctx;
    }

    /**
     * Follows a link of the top navigation by its visible name, as a user would: on a phone opens the
     * collapsed menu first, and for a link inside a group opens the group's dropdown first.
     */
    static void clickNav(Page page, String linkName) {
        Locator nav = page.getByTestId("main-nav");
        Locator link = nav.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(linkName).setExact(true).setIncludeHidden(true));
        Locator toggler = page.locator(".navbar-toggler");
        if (toggler.isVisible() && !nav.isVisible()) {
            toggler.click();
            // wait until Bootstrap's collapse has finished opening (class "show", not "collapsing"): a dropdown
            // opened during the height transition can stay clipped, and the link never becomes visible
            page.locator("#mainNav.show").waitFor();
        }
        if (!link.isVisible()) {
            link.locator("xpath=ancestor::li[contains(@class,'dropdown')]").locator("[data-bs-toggle=dropdown]").click();
        }
        link.click();
    }

    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
