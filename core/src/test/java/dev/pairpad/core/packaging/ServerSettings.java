package dev.pairpad.core.packaging;

import dev.pairpad.core.config.Setting;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The server's settings ({@link Setting}) as the packaging files must list them. */
final class ServerSettings {
    /** A setting: its environment variable, its default (empty when unset by default) and its description. */
    record Spec(String environmentVariable, Optional<String> defaultValue, String description) {
    }

    /** Settings the image fixes itself (command line --host/--data, the container port), not passed by compose. */
    static final Set<String> FIXED_BY_IMAGE = Set.of("PAIRPAD_HOST", "PAIRPAD_PORT", "PAIRPAD_DATA");

    /**
     * Variables named PAIRPAD_* that are not server settings but read by the scripts: where each is read.
     * PAIRPAD_DEV_BACKEND is defaulted by docker/dev/web-dev.sh and read by web/vite.config (the dev proxy target).
     */
    static final List<List<String>> TOOL_VARIABLES = List.of(
            List.of("PAIRPAD_JAVA_OPTS", "bin/interview"),
            List.of("PAIRPAD_MVN_ARGS", "bin/test"),
            List.of("PAIRPAD_CHROMIUM", "bin/lib/prerequisites.sh"),
            List.of("PAIRPAD_DEV_BACKEND", "docker/dev/web-dev.sh"));

    private ServerSettings() {
    }

    /** Every {@link Setting}, in the enum's order; an empty default in the enum means unset. */
    static List<Spec> all() {
        return Arrays.stream(Setting.values()).map(s -> new Spec(s.environmentVariable(),
                Optional.of(s.defaultValue()).filter(v -> !v.isEmpty()), s.description())).toList();
    }

    static String defaultPort() {
        return all().stream().filter(s -> s.environmentVariable().equals("PAIRPAD_PORT")).findFirst()
                .flatMap(Spec::defaultValue)
                .orElseThrow(() -> new IllegalStateException("setting PAIRPAD_PORT has no default"));
    }

    static boolean isKnown(String variable) {
        return all().stream().anyMatch(s -> s.environmentVariable().equals(variable))
                || TOOL_VARIABLES.stream().anyMatch(t -> t.getFirst().equals(variable));
    }
}
