package dev.pairpad.executors.python;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.time.Duration;

/** Python, run in the browser; see the bundle under {@code pairpad/executors/python}. */
public final class PythonExecutor implements LanguageExecutor {
    @Override public String id() { return "python"; }
    @Override public String displayName() { return "Python"; }
    @Override public String editorLanguage() { return "python"; }
    @Override public String fileName() { return "main.py"; }
    @Override public String starterCode() { return "def greet(name):\n    return f\"Hello, {name}!\"\n\n\nprint(greet(\"Pairpad\"))\n"; }
    @Override public String bundleRoot() { return "pairpad/executors/python"; }
    @Override public String entry() { return "runner.js"; }
    @Override public Duration defaultTimeLimit() { return Duration.ofSeconds(10); }
}
