package dev.pairpad.e2e.run;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import dev.pairpad.e2e.BrowserSetup;
import java.nio.file.Path;

/**
 * The machine's Chromium driven by Playwright through the machine's Node.js; nothing is downloaded.
 * Launched by {@link BrowserSetup}, like every e2e test ({@code PAIRPAD_CHROMIUM}, {@code PAIRPAD_NODE}).
 */
final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        playwright = BrowserSetup.playwright();
        browser = BrowserSetup.chromium(playwright);
    }

    Browser browser() {
        return browser;
    }

    /** A context with a profile (and so a disk cache, as people's browsers have) in this folder. */
    BrowserContext persistentContext(Path profile) {
        return BrowserSetup.persistentChromium(playwright, profile);
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
