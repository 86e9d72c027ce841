package dev.pairpad.cli;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command may learn about the world it runs in: environment, config folder, whether it talks to a terminal.
 * Tests build their own, so no command reads {@code System.getenv} or the user's home directly.
 */
public record CliContext(Map<String, String> environment, Path configDirectory, boolean terminal, InputStream input) {

    /** Environment variable that moves the config folder (tests, several profiles). */
    static final String CONFIG_DIR_VARIABLE = "PAIRPAD_CONFIG_DIR";

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(configDirectory, "configDirectory");
        Objects.requireNonNull(input, "input");
    }

    /** The context of a real process: its environment, {@code ~/.config/pairpad} unless moved, its console. */
    public static CliContext system() {
        Map<String, String> env = System.getenv();
        return new CliContext(env, configDirectoryFor(env, Path.of(System.getProperty("user.home"))),
                isTerminal(System.console()), System.in);
    }

    /** JDK 22+ returns a console even when redirected and tells with {@code isTerminal()}; JDK 21 returns null. */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException jdk21) {
            return true;
        }
    }

    /** A context for tests: no terminal, no input, the given environment and config folder. */
    public static CliContext forTests(Path configDirectory, Map<String, String> environment) {
        return new CliContext(environment, configDirectory, false, InputStream.nullInputStream());
    }

    static Path configDirectoryFor(Map<String, String> env, Path home) {
        String explicit = env.get(CONFIG_DIR_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("pairpad");
    }

    /** The value of an environment variable when it is set and not blank. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    /** True when output may carry ANSI colour: a terminal, and no {@code NO_COLOR} set. */
    boolean colour() {
        return terminal && !environment.containsKey("NO_COLOR");
    }
}
