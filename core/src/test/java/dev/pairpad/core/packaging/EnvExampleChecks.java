package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code .env.example} lists every server setting exactly once, with the server's default and nothing else. */
final class EnvExampleChecks {
    private static final Pattern ENTRY = Pattern.compile("^#?\\s*(PAIRPAD_[A-Z0-9_]+)=(.*)$");

    private EnvExampleChecks() {
    }

    static List<String> check(Repository repo, String file) {
        List<String> problems = new ArrayList<>();
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        String previous = "";
        for (String line : repo.read(file).split("\r?\n")) {
            Matcher matcher = ENTRY.matcher(line.strip());
            if (matcher.matches()) {
                if (entries.put(matcher.group(1), matcher.group(2).strip()) != null) {
                    problems.add(matcher.group(1) + " is listed twice");
                }
                comments.put(matcher.group(1), previous.replaceFirst("^#\\s*", ""));
            }
            previous = line.strip();
        }
        for (ServerSettings.Spec setting : ServerSettings.all()) {
            String name = setting.environmentVariable();
            String expected = setting.defaultValue().orElse("");
            if (!entries.containsKey(name)) {
                problems.add("setting " + name + " is missing");
            } else if (!entries.get(name).equals(expected)) {
                problems.add(name + "=" + entries.get(name) + " but the server's default is '" + expected + "'");
            } else if (!comments.get(name).equals(setting.description())) {
                problems.add(name + " is described as '" + comments.get(name) + "', the server says '"
                        + setting.description() + "'");
            }
        }
        entries.keySet().stream().filter(n -> ServerSettings.all().stream().noneMatch(s -> s.environmentVariable()
                .equals(n))).forEach(n -> problems.add(n + " is not a server setting"));
        return problems.stream().map(p -> file + ": " + p).toList();
    }

    /** The build context leaves out what must never reach an image, and keeps what the builds need. */
    static List<String> dockerIgnore(Repository repo) {
        DockerIgnore ignore = DockerIgnore.parse(repo.read(".dockerignore"));
        List<String> problems = new ArrayList<>();
        for (String secretOrOutput : List.of(".git/config", ".env", ".env.production", "core/target/classes",
                "web/node_modules/vite", "data/rooms.db", "certs/server.key")) {
            if (!ignore.excludes(secretOrOutput)) {
                problems.add(".dockerignore lets " + secretOrOutput + " into the build context");
            }
        }
        for (String needed : List.of("pom.xml", "bin/test", "bin/lib/jdk.sh", "core/src/main/java",
                "docker/HealthCheck.java", "testdata/traces")) {
            if (ignore.excludes(needed)) {
                problems.add(".dockerignore leaves out " + needed + ", which the builds need");
            }
        }
        return problems;
    }
}
