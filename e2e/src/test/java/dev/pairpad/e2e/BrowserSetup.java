package dev.pairpad.e2e;

import com.microsoft.playwright.Browser;
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
 * {@code PAIRPAD_CHROMIUM} (set by bin/test), else {@code /usr/bin/chromium}.
 */
final class BrowserSetup {

    /** Chromium's background services try the internet, which this closed network refuses. */
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-dev-shm-usage");

    private BrowserSetup() {
    }

    static Playwright playwright() {
        Path node = executable("PAIRPAD_NODE", "node").orElseThrow(() -> new IllegalStateException(
                "Node.js not found: install it (apt-get install -y nodejs) or set PAIRPAD_NODE to the node binary"));
        System.setProperty("playwright.nodejs.path", node.toString());
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", node.toString())));
    }

    static Browser chromium(Playwright playwright) {
        Path chromium = Optional.ofNullable(System.getenv("PAIRPAD_CHROMIUM")).map(Path::of)
                .or(() -> Optional.of(Path.of("/usr/bin/chromium")))
                .filter(Files::isExecutable)
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium not found: install it (apt-get install -y chromium) or set PAIRPAD_CHROMIUM"));
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
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
