package dev.pairpad.core.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved values of every {@link Setting}: command line, then environment, then {@code application.yaml}, then default.
 *
 * <p>Values are validated when read ({@link #integer}), so a bad value fails with a message naming the
 * setting and where it came from.
 */
public final class Settings {

    private final Map<Setting, String> values;
    private final Map<Setting, String> sources;

    private Settings(Map<Setting, String> values, Map<Setting, String> sources) {
        this.values = values;
        this.sources = sources;
    }

    /** Only defaults. */
    public static Settings defaults() {
        return resolve(Map.of(), Map.of(), Optional.empty());
    }

    /**
     * Resolves every setting.
     *
     * @param commandLine values given as options (highest precedence)
     * @param environment the process environment, such as {@code System.getenv()}
     * @param yaml an {@code application.yaml} file to read keys {@code pairpad.<option>} from, if any
     */
    public static Settings resolve(Map<Setting, String> commandLine, Map<String, String> environment,
                                   Optional<Path> yaml) {
        Optional<Config> config = yaml.filter(Files::isRegularFile)
                .map(path -> Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                        .addSource(ConfigSources.file(path)).build());
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            if (commandLine.containsKey(setting)) {
                values.put(setting, commandLine.get(setting));
                sources.put(setting, "option --" + setting.option());
            } else if (environment.containsKey(setting.environmentVariable())) {
                values.put(setting, environment.get(setting.environmentVariable()));
                sources.put(setting, "environment variable " + setting.environmentVariable());
            } else if (config.isPresent() && config.get().get("pairpad." + setting.option()).exists()) {
                values.put(setting, config.get().get("pairpad." + setting.option()).asString().get());
                sources.put(setting, "application.yaml key pairpad." + setting.option());
            } else {
                values.put(setting, setting.defaultValue());
                sources.put(setting, "default");
            }
        }
        return new Settings(values, sources);
    }

    /** The value as text, empty when unset. */
    public Optional<String> text(Setting setting) {
        String value = values.get(setting).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The value as an integer within {@code [min, max]}; throws {@link IllegalArgumentException} naming the source. */
    public long integer(Setting setting, long min, long max) {
        String value = text(setting).orElse(setting.defaultValue());
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.environmentVariable() + " must be an integer, got \""
                    + value + "\" from " + sources.get(setting));
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(setting.environmentVariable() + " must be between " + min + " and "
                    + max + ", got " + parsed + " from " + sources.get(setting));
        }
        return parsed;
    }

    /** The value as a boolean ({@code true} or {@code false}, any case); throws {@link IllegalArgumentException} naming the source. */
    public boolean flag(Setting setting) {
        String value = text(setting).orElse(setting.defaultValue());
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(setting.environmentVariable() + " must be true or false, got \""
                + value + "\" from " + sources.get(setting));
    }

    /** Where the value came from, such as {@code environment variable PAIRPAD_PORT}. */
    public String source(Setting setting) {
        return sources.get(setting);
    }
}
