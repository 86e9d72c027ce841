package dev.pairpad.executors.javascript;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.time.Duration;

/** JavaScript, run in the browser; see the bundle under {@code pairpad/executors/javascript}. */
public final class JavaScriptExecutor implements LanguageExecutor {
    @Override public String id() { return "javascript"; }
    @Override public String displayName() { return "JavaScript"; }
    @Override public String editorLanguage() { return "javascript"; }
    @Override public String fileName() { return "main.js"; }
    @Override public String starterCode() { return "function greet(name) {\n  return `Hello, ${name}!`;\n}\n\nconsole.log(greet(\"Pairpad\"));\n"; }
    @Override public String bundleRoot() { return "pairpad/executors/javascript"; }
    @Override public String entry() { return "runner.js"; }
    @Override public Duration defaultTimeLimit() { return Duration.ofSeconds(10); }
}
