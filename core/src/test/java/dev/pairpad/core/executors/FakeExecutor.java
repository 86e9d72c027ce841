package dev.pairpad.core.executors;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.time.Duration;

/** A hand-written executor whose every answer a test chooses. */
record FakeExecutor(String id, String displayName, String editorLanguage, String fileName, String starterCode,
                    String bundleRoot, String entry, Duration defaultTimeLimit) implements LanguageExecutor {

    static FakeExecutor withId(String id) {
        return new FakeExecutor(id, "Fake " + id, "plaintext", "main.txt", "", "dev/pairpad/core/executors/fakebundle",
                "runner.js", Duration.ofSeconds(5));
    }

    FakeExecutor withEntry(String newEntry) {
        return new FakeExecutor(id, displayName, editorLanguage, fileName, starterCode, bundleRoot, newEntry,
                defaultTimeLimit);
    }

    FakeExecutor withBundleRoot(String newRoot) {
        return new FakeExecutor(id, displayName, editorLanguage, fileName, starterCode, newRoot, entry,
                defaultTimeLimit);
    }
}
