package dev.pairpad.core.packaging;

import dev.pairpad.core.packaging.Dockerfiles.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;

/** What can be checked of a compose file without an engine; each method returns the problems it found. */
final class ComposeChecks {
    private ComposeChecks() {
    }

    /** A service's build: its Dockerfile (repository-relative) and the stage it builds. */
    record Build(String dockerfile, Optional<String> target) {
    }

    static Map<Object, Object> services(Repository repo, String file) {
        return Yaml.map(Yaml.load(repo.read(file))).map(root -> Yaml.mapAt(root, "services")).orElse(Map.of());
    }

    static Optional<Build> build(Map<Object, Object> service) {
        Object build = service.get("build");
        if (build == null) {
            return Optional.empty();
        }
        Map<Object, Object> map = Yaml.map(build).orElse(Map.of("context", String.valueOf(build)));
        String context = Yaml.string(map.get("context")).orElse(".");
        String dockerfile = Yaml.string(map.get("dockerfile")).orElse("Dockerfile");
        String path = context.equals(".") ? dockerfile : context.replaceAll("/$", "") + "/" + dockerfile;
        return Optional.of(new Build(path, Yaml.string(map.get("target"))));
    }

    /** YAML syntax, builds (context, Dockerfile, target), mounts, environment, ports and commands of every service. */
    static List<String> check(Repository repo, String file) {
        Object root;
        try {
            root = Yaml.load(repo.read(file));
        } catch (YAMLException e) {
            return List.of(file + ": not valid YAML: " + e.getMessage());
        }
        Map<Object, Object> top = Yaml.map(root).orElse(Map.of());
        Map<Object, Object> services = Yaml.mapAt(top, "services");
        if (services.isEmpty()) {
            return List.of(file + ": has no services");
        }
        Map<Object, Object> volumes = Yaml.mapAt(top, "volumes");
        List<String> problems = new ArrayList<>();
        services.forEach((name, value) -> {
            Map<Object, Object> service = Yaml.map(value).orElse(Map.of());
            String where = file + " service " + name + ": ";
            problems.addAll(service(repo, service, services, volumes).stream().map(p -> where + p).toList());
        });
        problems.addAll(Variables.unknownIn(repo.read(file)).stream().map(v -> file + ": " + v).toList());
        return problems;
    }

    private static List<String> service(Repository repo, Map<Object, Object> service, Map<Object, Object> services,
            Map<Object, Object> volumes) {
        List<String> problems = new ArrayList<>();
        Optional<Build> build = build(service);
        Optional<Stage> stage = Optional.empty();
        if (build.isEmpty() && !service.containsKey("image")) {
            problems.add("has neither build nor image");
        }
        if (build.isPresent()) {
            Build b = build.get();
            if (!repo.exists(b.dockerfile())) {
                problems.add("Dockerfile " + b.dockerfile() + " does not exist");
            } else {
                Dockerfiles.Parsed parsed = Dockerfiles.parse(repo.read(b.dockerfile()));
                stage = b.target().isPresent() ? parsed.stage(b.target().get()) : Optional.of(parsed.finalStage());
                if (stage.isEmpty()) {
                    problems.add("target " + b.target().orElseThrow() + " is not a stage of " + b.dockerfile());
                }
            }
        }
        for (Object volume : Yaml.list(service.get("volumes")).orElse(List.of())) {
            String[] parts = Yaml.string(volume).orElse("").split(":");
            String source = parts[0];
            if (parts.length < 2) {
                continue;
            }
            if (source.startsWith(".")) {
                String relative = source.replaceFirst("^\\./?", "");
                boolean generated = List.of(relative.split("/")).contains("target");
                if (!relative.isEmpty() && !generated && !repo.exists(relative)) {
                    problems.add("bind mount source " + source + " does not exist");
                }
            } else if (!source.startsWith("/") && !source.startsWith("~") && !volumes.containsKey(source)) {
                problems.add("named volume " + source + " is not declared under top-level volumes");
            }
            String target = parts[1];
            if (target.startsWith("/src/") && target.endsWith("/node_modules")) {
                String module = target.substring("/src/".length(), target.length() - "/node_modules".length());
                if (!repo.exists(module)) {
                    problems.add("node_modules volume for " + module + ", which is not a folder of the repository");
                }
            }
        }
        Object dependsOn = service.get("depends_on");
        Iterable<?> dependencies = Yaml.map(dependsOn).<Iterable<?>>map(Map::keySet)
                .orElse(Yaml.list(dependsOn).orElse(List.of()));
        for (Object dependency : dependencies) {
            if (!services.containsKey(dependency)) {
                problems.add("depends on " + dependency + ", which is not a service");
            }
        }
        for (Object port : Yaml.list(service.get("ports")).orElse(List.of())) {
            String plain = Yaml.string(port).orElse("").replaceAll("\\$\\{[^}]*}", "X");
            String container = plain.substring(plain.lastIndexOf(':') + 1).replace("/tcp", "");
            List<String> exposed = stage.map(s -> s.all("EXPOSE").stream().flatMap(e -> e.words().stream())
                    .map(p -> p.replace("/tcp", "")).toList()).orElse(List.of());
            if (stage.isPresent() && !exposed.contains(container)) {
                problems.add("publishes container port " + container + " but its stage exposes " + exposed);
            }
        }
        Yaml.list(service.get("command")).ifPresent(command -> {
            String program = Yaml.string(command.getFirst()).orElse("");
            if (program.contains("/") && !program.startsWith("/") && !repo.isExecutable(program)) {
                problems.add("command " + program + " is not an executable file of the repository");
            }
        });
        return problems;
    }

    /** The environment entries of a service as NAME → value (empty when passed through without a value). */
    static Map<String, String> environment(Map<Object, Object> service) {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        Object value = service.get("environment");
        Yaml.map(value).ifPresent(map -> map.forEach((k, v) -> environment.put(String.valueOf(k),
                Yaml.string(v).orElse(""))));
        Yaml.list(value).ifPresent(list -> list.forEach(entry -> {
            String[] pair = Yaml.string(entry).orElse("").split("=", 2);
            environment.put(pair[0], pair.length > 1 ? pair[1] : "");
        }));
        return environment;
    }
}
