package dev.pairpad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker/Dockerfile promises (port, health path, data volume), read from the file itself so that the
 * deploy templates are checked against the real Dockerfile, not against a copy of its numbers.
 */
record DockerfileContract(String dockerfile, int port, String healthPath, String dataVolume) {
    private static final Set<String> SETTINGS = Set.of("PAIRPAD_HOST", "PAIRPAD_PORT", "PAIRPAD_DATA",
            "PAIRPAD_PUBLIC_URL", "PAIRPAD_STORE", "PAIRPAD_ADMIN_TOKEN", "PAIRPAD_MAX_DOCUMENT_BYTES",
            "PAIRPAD_MAX_MESSAGE_BYTES", "PAIRPAD_OPS_PER_SECOND", "PAIRPAD_OPS_BURST", "PAIRPAD_ROOMS_PER_MINUTE",
            "PAIRPAD_MAX_PARTICIPANTS", "PAIRPAD_MAX_RUN_OUTPUT_BYTES", "PAIRPAD_IDLE_UNLOAD_SECONDS",
            "PAIRPAD_ROOM_TTL_DAYS", "PAIRPAD_SNAPSHOT_EVERY", "PAIRPAD_CORS_ORIGINS");

    static DockerfileContract load() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("docker"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("no docker/ folder above " + Path.of("").toAbsolutePath());
        }
        String dockerfile = read(root.resolve("docker/Dockerfile"));
        find(dockerfile, "(?m)^(HEALTHCHECK)\\s");
        // The health check is a small Java program next to the Dockerfile (the JRE image has no curl).
        String healthCheck = read(root.resolve("docker/HealthCheck.java"));
        return new DockerfileContract("docker/Dockerfile", Integer.parseInt(find(dockerfile, "(?m)^EXPOSE\\s+(\\d+)")),
                find(healthCheck, "\"(/health)\""), find(dockerfile, "(?m)^VOLUME\\s+\\[?\"?(/[\\w/]+)"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("docker/Dockerfile has nothing matching " + regex);
        }
        return matcher.group(1);
    }

    /** True for a {@code PAIRPAD_*} setting the server knows. */
    boolean knowsVariable(String name) {
        return SETTINGS.contains(name);
    }
}
