package dev.pairpad.core.executors;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.time.Duration;

/** A provider found through a test services file; shares its id with {@link AlphaAgainExecutor}. */
public class AlphaExecutor implements LanguageExecutor {
    @Override public String id() { return "alpha"; }
    @Override public String displayName() { return "Alpha"; }
    @Override public String editorLanguage() { return "plaintext"; }
    @Override public String fileName() { return "main.alpha"; }
    @Override public String starterCode() { return ""; }
    @Override public String bundleRoot() { return "alpha"; }
    @Override public String entry() { return "runner.js"; }
    @Override public Duration defaultTimeLimit() { return Duration.ofSeconds(1); }
}
