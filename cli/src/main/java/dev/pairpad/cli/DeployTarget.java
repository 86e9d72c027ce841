package dev.pairpad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A platform {@code interview deploy init} can write configuration for, with the file and the next steps. */
enum DeployTarget {
    COMPOSE("compose.yml", "docker-compose.pairpad.yml", List.of(
            "docker compose -f docker-compose.pairpad.yml up -d --build",
            "interview deploy check ${PUBLIC_URL}")),
    RAILWAY("railway.json", "railway.json", List.of(
            "railway up   (from the repository root, after 'railway init' or 'railway link')",
            "railway volume add --mount-path /data",
            "railway variables --set PORT=8080 --set PAIRPAD_HOST=0.0.0.0 --set PAIRPAD_DATA=/data"
                    + " --set PAIRPAD_PUBLIC_URL=${PUBLIC_URL} --set RAILWAY_RUN_UID=0",
            "interview deploy check ${PUBLIC_URL}")),
    FLY("fly.toml", "fly.toml", List.of(
            "fly launch --no-deploy --copy-config --name ${APP}",
            "fly volumes create pairpad_data --size 1 --region ${REGION}",
            "fly secrets set PAIRPAD_ADMIN_TOKEN=$(openssl rand -hex 24)",
            "fly deploy",
            "interview deploy check ${PUBLIC_URL}")),
    RENDER("render.yaml", "render.yaml", List.of(
            "commit render.yaml, then New > Blueprint in the Render dashboard and pick this repository",
            "interview deploy check ${PUBLIC_URL}"));

    private final String template;
    private final String fileName;
    private final List<String> nextSteps;

    DeployTarget(String template, String fileName, List<String> nextSteps) {
        this.template = template;
        this.fileName = fileName;
        this.nextSteps = nextSteps;
    }

    /** The file this target writes, relative to the repository root. */
    String fileName() {
        return fileName;
    }

    /** The public URL a deployment of this target gets when the user names none. */
    String defaultPublicUrl(String app, int hostPort) {
        return switch (this) {
            case COMPOSE -> "http://localhost:" + hostPort;
            case RAILWAY -> "https://" + app + ".up.railway.app";
            case FLY -> "https://" + app + ".fly.dev";
            case RENDER -> "https://" + app + ".onrender.com";
        };
    }

    String render(Map<String, String> values) {
        try (InputStream in = DeployTarget.class.getResourceAsStream("deploy/" + template)) {
            if (in == null) {
                throw new IllegalStateException("deploy template " + template + " is missing from the jar");
            }
            return substitute(new String(in.readAllBytes(), StandardCharsets.UTF_8), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> nextSteps(Map<String, String> values) {
        return nextSteps.stream().map(step -> substitute(step, values)).toList();
    }

    private static String substitute(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }
}
