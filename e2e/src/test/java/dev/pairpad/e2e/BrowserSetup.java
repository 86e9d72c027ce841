package dev.pairpad.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Playwright on the machine's Node.js and Chromium: no driver-bundle, no browser download.
 *
 * <p>The {@code com.microsoft.playwright:driver} jar carries the driver's JavaScript; only its Node.js
 * binary lives in the excluded driver-bundle, so {@code playwright.nodejs.path} points at the machine's
 * {@code node} (env {@code PAIRPAD_NODE}, else the first {@code node} on PATH). Chromium comes from env
 * {@code PAIRPAD_CHROMIUM} (set by bin/test), else {@code /usr/bin/chromium}. The one launcher of every e2e
 * test, including the runner tests in {@code dev.pairpad.e2e.run}.
 */
public final class BrowserSetup {

    /** Chromium's background services try the internet, which this closed network refuses. */
    public static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-dev-shm-usage");

    private BrowserSetup() {
    }

    /** Playwright on the machine's Node.js; fails with what to install when there is none. */
    public static Playwright playwright() {
        Path node = executable("PAIRPAD_NODE", "node").orElseThrow(() -> new IllegalStateException(
                "Node.js not found: install it (apt-get install -y nodejs) or set PAIRPAD_NODE to the node binary"));
        System.setProperty("playwright.nodejs.path", node.toString());
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", node.toString())));
    }

    /** The machine's Chromium, headless, with {@link #CHROMIUM_ARGS}. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumPath()).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    /** The machine's Chromium with a profile in {@code profile} (so with a disk cache, as people's browsers have). */
    public static BrowserContext persistentChromium(Playwright playwright, Path profile) {
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(chromiumPath()).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    /** {@code PAIRPAD_CHROMIUM}, else {@code /usr/bin/chromium}; fails with what to install when it is missing. */
    public static Path chromiumPath() {
        return Optional.ofNullable(System.getenv("PAIRPAD_CHROMIUM")).filter(v -> !v.isBlank()).map(Path::of)
                .or(() -> Optional.of(Path.of("/usr/bin/chromium")))
                .filter(Files::isExecutable)
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium not found: install it (apt-get install -y chromium) or set PAIRPAD_CHROMIUM"));
    }

    private static Optional<Path> executable(String variable, String name) {
        String explicit = System.getenv(variable);
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
