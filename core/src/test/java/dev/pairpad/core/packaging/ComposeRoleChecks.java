package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each compose file is for: development with hot reload, the test suite, production. */
final class ComposeRoleChecks {
    static final String PRODUCTION_DOCKERFILE = "docker/Dockerfile";

    private ComposeRoleChecks() {
    }

    /** Production: the image of docker/Dockerfile, every setting passed through, a named volume at /data. */
    static List<String> production(Repository repo, String file) {
        List<String> problems = new ArrayList<>();
        Map<Object, Object> top = Yaml.map(Yaml.load(repo.read(file))).orElse(Map.of());
        Optional<Map<Object, Object>> service = servicesBuilding(repo, file, PRODUCTION_DOCKERFILE, Optional.empty());
        if (service.isEmpty()) {
            return List.of(file + ": no service builds " + PRODUCTION_DOCKERFILE);
        }
        Map<String, String> environment = ComposeChecks.environment(service.get());
        for (ServerSettings.Spec setting : ServerSettings.all()) {
            String name = setting.environmentVariable();
            if (!ServerSettings.FIXED_BY_IMAGE.contains(name) && !environment.containsKey(name)) {
                problems.add(file + ": setting " + name + " is not passed to the container");
            }
        }
        environment.forEach((name, value) -> {
            boolean secret = name.contains("TOKEN") || name.contains("SECRET") || name.contains("PASSWORD");
            if (secret && !value.isEmpty() && !value.startsWith("${")) {
                problems.add(file + ": " + name + " has a literal value; secrets come from .env or the shell");
            }
        });
        boolean dataVolume = Yaml.list(service.get().get("volumes")).orElse(List.of()).stream()
                .map(v -> Yaml.string(v).orElse("").split(":"))
                .anyMatch(parts -> parts.length >= 2 && parts[1].equals("/data")
                        && Yaml.mapAt(top, "volumes").containsKey(parts[0]));
        if (!dataVolume) {
            problems.add(file + ": no named volume (declared under volumes) is mounted at /data");
        }
        return problems;
    }

    /** Tests: a service runs bin/test (its command, or the CMD of the stage it builds). */
    static List<String> testSuite(Repository repo, String file) {
        for (Object value : ComposeChecks.services(repo, file).values()) {
            Map<Object, Object> service = Yaml.map(value).orElse(Map.of());
            List<?> command = Yaml.list(service.get("command")).orElse(List.of());
            if (!command.isEmpty() && "bin/test".equals(command.getFirst()) && repo.isExecutable("bin/test")) {
                return List.of();
            }
        }
        return List.of(file + ": no service runs bin/test");
    }

    /** Development: server-dev with the sources at /src and Maven's repository in a volume, and web-dev. */
    static List<String> development(Repository repo, String file) {
        List<String> problems = new ArrayList<>();
        String dev = "docker/Dockerfile.dev";
        Optional<Map<Object, Object>> server = servicesBuilding(repo, file, dev, Optional.of("server-dev"));
        Optional<Map<Object, Object>> web = servicesBuilding(repo, file, dev, Optional.of("web-dev"));
        if (server.isEmpty()) {
            problems.add(file + ": no service builds target server-dev");
        } else {
            List<String> mounts = mounts(server.get());
            if (!mounts.contains(".:/src")) {
                problems.add(file + ": server-dev does not mount the sources at /src");
            }
            if (mounts.stream().noneMatch(m -> m.endsWith(":/root/.m2") && !m.startsWith("."))) {
                problems.add(file + ": server-dev keeps Maven's repository in no volume");
            }
        }
        if (web.isEmpty()) {
            problems.add(file + ": no service builds target web-dev");
        } else if (mounts(web.get()).stream().noneMatch(m -> m.endsWith(":/src/web/node_modules"))) {
            problems.add(file + ": web-dev keeps node_modules in no volume");
        }
        return problems;
    }

    private static List<String> mounts(Map<Object, Object> service) {
        return Yaml.list(service.get("volumes")).orElse(List.of()).stream().map(v -> Yaml.string(v).orElse(""))
                .toList();
    }

    private static Optional<Map<Object, Object>> servicesBuilding(Repository repo, String file, String dockerfile,
            Optional<String> target) {
        return ComposeChecks.services(repo, file).values().stream().map(v -> Yaml.map(v).orElse(Map.of()))
                .filter(s -> ComposeChecks.build(s)
                        .filter(b -> b.dockerfile().equals(dockerfile) && b.target().equals(target)).isPresent())
                .findFirst();
    }
}
