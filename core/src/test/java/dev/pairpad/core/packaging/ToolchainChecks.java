package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Docker builds and CI use one toolchain, new enough for what bin/lib requires: JDK 21+, Node 20+. */
final class ToolchainChecks {
    static final int MINIMUM_JDK = 21;
    static final int MINIMUM_NODE = 20;
    private static final Pattern MAJOR = Pattern.compile(":(?:[a-z]*-)?(\\d+)");

    private ToolchainChecks() {
    }

    /** The major version in an image tag: 21 for eclipse-temurin:21-jdk and maven:3.9-eclipse-temurin-21. */
    static Optional<Integer> major(String image) {
        String tag = image.contains("eclipse-temurin-") ? ":" + image.substring(image.lastIndexOf('-') + 1) : image;
        Matcher matcher = MAJOR.matcher(tag);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    static List<String> check(Repository repo, List<String> dockerfiles, String ci) {
        List<String> problems = new ArrayList<>();
        List<Integer> jdks = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        for (String file : dockerfiles) {
            Map<String, String> args = Dockerfiles.parse(repo.read(file)).globalArgs();
            args.forEach((name, image) -> {
                Optional<Integer> major = major(image);
                if (name.matches("(JDK|JRE|MAVEN)_IMAGE")) {
                    major.ifPresentOrElse(jdks::add, () -> problems.add(file + ": no Java version in " + image));
                } else if (name.equals("NODE_IMAGE")) {
                    major.ifPresentOrElse(nodes::add, () -> problems.add(file + ": no Node version in " + image));
                }
            });
        }
        Map<Object, Object> workflow = WorkflowChecks.load(repo, ci);
        Yaml.mapAt(workflow, "jobs").values().forEach(job -> {
            Map<Object, Object> map = Yaml.map(job).orElse(Map.of());
            Object container = map.get("container");
            Yaml.string(Yaml.map(container).map(c -> c.get("image")).orElse(container))
                    .flatMap(ToolchainChecks::major).ifPresent(nodes::add);
        });
        WorkflowChecks.steps(workflow).stream()
                .filter(s -> Yaml.string(s.get("uses")).orElse("").startsWith("actions/setup-java@"))
                .forEach(s -> Yaml.string(Yaml.mapAt(s, "with").get("java-version")).map(Integer::parseInt)
                        .ifPresent(jdks::add));
        if (jdks.isEmpty() || nodes.isEmpty()) {
            problems.add("found no JDK or no Node version to compare");
        }
        if (jdks.stream().distinct().count() > 1 || nodes.stream().distinct().count() > 1) {
            problems.add("the builds use different toolchains: JDK " + jdks + ", Node " + nodes);
        }
        jdks.stream().filter(v -> v < MINIMUM_JDK).findFirst()
                .ifPresent(v -> problems.add("JDK " + v + " is older than the " + MINIMUM_JDK + " bin/lib/jdk.sh requires"));
        nodes.stream().filter(v -> v < MINIMUM_NODE).findFirst().ifPresent(v -> problems.add(
                "Node " + v + " is older than the " + MINIMUM_NODE + " bin/lib/prerequisites.sh requires"));
        return problems;
    }
}
