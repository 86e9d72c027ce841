package dev.pairpad.core.packaging;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The server's settings as the packaging files must list them: environment variable and default. */
final class ServerSettings {
    /** A setting: its environment variable and its default, empty when unset by default. */
    record Spec(String environmentVariable, Optional<String> defaultValue) {
    }

    /** Settings the image fixes itself (command line --host/--data, the container port), not passed by compose. */
    static final Set<String> FIXED_BY_IMAGE = Set.of("PAIRPAD_HOST", "PAIRPAD_PORT", "PAIRPAD_DATA");

    /**
     * Variables named PAIRPAD_* that are not server settings but read by the scripts: where each is read.
     * PAIRPAD_DEV_BACKEND is read by web/vite.config (the dev proxy target).
     */
    static final List<List<String>> TOOL_VARIABLES = List.of(
            List.of("PAIRPAD_JAVA_OPTS", "bin/interview"),
            List.of("PAIRPAD_MVN_ARGS", "bin/test"),
            List.of("PAIRPAD_CHROMIUM", "bin/lib/prerequisites.sh"),
            List.of("PAIRPAD_DEV_BACKEND", "docker/dev/web-dev.sh"));

    private ServerSettings() {
    }

    // TODO(docker): read dev.pairpad.core.config.Setting once branch server has it; until then the table of
    // BRIEF contract 3, which that enum must equal.
    static List<Spec> all() {
        return List.of(
                new Spec("PAIRPAD_HOST", Optional.of("127.0.0.1")),
                new Spec("PAIRPAD_PORT", Optional.of("8080")),
                new Spec("PAIRPAD_DATA", Optional.of("./data")),
                new Spec("PAIRPAD_PUBLIC_URL", Optional.empty()),
                new Spec("PAIRPAD_STORE", Optional.of("sqlite")),
                new Spec("PAIRPAD_ADMIN_TOKEN", Optional.empty()),
                new Spec("PAIRPAD_MAX_DOCUMENT_BYTES", Optional.of("1048576")),
                new Spec("PAIRPAD_MAX_MESSAGE_BYTES", Optional.of("1048576")),
                new Spec("PAIRPAD_OPS_PER_SECOND", Optional.of("200")),
                new Spec("PAIRPAD_OPS_BURST", Optional.of("400")),
                new Spec("PAIRPAD_ROOMS_PER_MINUTE", Optional.of("60")),
                new Spec("PAIRPAD_MAX_PARTICIPANTS", Optional.of("32")),
                new Spec("PAIRPAD_MAX_RUN_OUTPUT_BYTES", Optional.of("65536")),
                new Spec("PAIRPAD_IDLE_UNLOAD_SECONDS", Optional.of("300")),
                new Spec("PAIRPAD_ROOM_TTL_DAYS", Optional.of("30")),
                new Spec("PAIRPAD_SNAPSHOT_EVERY", Optional.of("500")),
                new Spec("PAIRPAD_CORS_ORIGINS", Optional.empty()));
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
