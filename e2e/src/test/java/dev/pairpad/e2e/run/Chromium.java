package dev.pairpad.e2e.run;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium driven by Playwright through the machine's Node.js; nothing is downloaded.
 *
 * <p>{@code PAIRPAD_CHROMIUM} and {@code PAIRPAD_NODE} override {@code /usr/bin/chromium} and {@code /usr/bin/node}.
 */
final class Chromium implements AutoCloseable {

    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;
    private final Path chromium;

    Chromium() {
        chromium = Path.of(System.getenv().getOrDefault("PAIRPAD_CHROMIUM", "/usr/bin/chromium"));
        Path node = Path.of(System.getenv().getOrDefault("PAIRPAD_NODE", "/usr/bin/node"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(node)) {
            throw new IllegalStateException("browser tests need Chromium at " + chromium + " and Node.js at " + node
                    + " (set PAIRPAD_CHROMIUM / PAIRPAD_NODE, or apt-get install chromium nodejs)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", node.toString())));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(FLAGS));
    }

    Browser browser() {
        return browser;
    }

    /** A context with a profile (and so a disk cache, as people's browsers have) in this folder. */
    BrowserContext persistentContext(Path profile) {
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(FLAGS));
    }

    String version() {
        return browser.version();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
