package dev.pairpad.core.packaging;

import dev.pairpad.core.packaging.Dockerfiles.Instruction;
import dev.pairpad.core.packaging.Dockerfiles.Parsed;
import dev.pairpad.core.packaging.Dockerfiles.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What can be checked of a Dockerfile without an engine; each method returns the problems it found. */
final class DockerfileChecks {
    private DockerfileChecks() {
    }

    /** Syntax, stage references, and that every file copied from the build context exists and is not ignored. */
    static List<String> common(Repository repo, String dockerfile) {
        Parsed parsed = Dockerfiles.parse(repo.read(dockerfile));
        List<String> problems = new ArrayList<>(parsed.problems());
        DockerIgnore ignore = DockerIgnore.parse(repo.exists(".dockerignore") ? repo.read(".dockerignore") : "");
        Set<String> stagesSoFar = new HashSet<>();
        for (Stage stage : parsed.stages()) {
            for (Instruction instruction : stage.instructions()) {
                switch (instruction.keyword()) {
                    case "COPY", "ADD" -> {
                        problems.addAll(copySources(repo, ignore, instruction, stagesSoFar));
                        problems.addAll(madeByTheStage(parsed, instruction));
                    }
                    case "RUN" -> repo.missingPathsIn(instruction.arguments()).forEach(path -> problems.add(
                            instruction.where() + ": names " + path + ", which is not in the repository"));
                    default -> {
                    }
                }
            }
            stage.name().ifPresent(name -> stagesSoFar.add(name.toLowerCase()));
        }
        return problems.stream().map(p -> dockerfile + " " + p).toList();
    }

    /** A COPY --from=stage of a path that stage's own instructions never mention (a typo, or a moved file). */
    private static List<String> madeByTheStage(Parsed parsed, Instruction copy) {
        String from = copy.flags().get("from");
        Optional<Stage> stage = from == null ? Optional.empty() : parsed.stage(from);
        if (stage.isEmpty() || stage.get().instructions().isEmpty()) {
            return List.of(); // an image, or a stage that only names an image: its files cannot be seen here
        }
        String text = String.join("\n", stage.get().instructions().stream().map(Instruction::arguments).toList());
        List<String> problems = new ArrayList<>();
        List<String> words = copy.words();
        for (String source : words.subList(0, Math.max(0, words.size() - 1))) {
            int slash = source.lastIndexOf('/');
            boolean mentioned = text.contains(source)
                    || slash > 0 && text.contains(source.substring(0, slash + 1)) && text.contains(source.substring(slash + 1));
            if (!mentioned) {
                problems.add(copy.where() + ": stage " + from + " never makes " + source);
            }
        }
        return problems;
    }

    private static List<String> copySources(Repository repo, DockerIgnore ignore, Instruction copy,
            Set<String> earlierStages) {
        List<String> problems = new ArrayList<>();
        String from = copy.flags().get("from");
        List<String> words = copy.words();
        if (words.size() < 2) {
            return List.of(copy.where() + ": needs at least one source and a destination");
        }
        if (from != null) {
            boolean image = from.contains(":") || from.contains("/") || from.contains("@");
            if (!image && !earlierStages.contains(from.toLowerCase())) {
                problems.add(copy.where() + ": --from=" + from + " is neither an earlier stage nor an image");
            }
            return problems;
        }
        boolean anyMatch = false;
        for (String source : words.subList(0, words.size() - 1)) {
            if (source.startsWith("/") || source.startsWith("..")) {
                problems.add(copy.where() + ": source " + source + " is outside the build context");
                continue;
            }
            List<String> matches = repo.glob(source);
            anyMatch |= !matches.isEmpty();
            boolean wildcard = source.matches(".*[*?\\[].*");
            if (matches.isEmpty() && !wildcard) {
                problems.add(copy.where() + ": source " + source + " does not exist");
            }
            matches.stream().filter(ignore::excludes).forEach(match -> problems.add(
                    copy.where() + ": source " + match + " is excluded by .dockerignore"));
        }
        if (!anyMatch) {
            problems.add(copy.where() + ": no source matches any file");
        }
        return problems;
    }

    /** The stages that compose files and workflows build with {@code target:} exist. */
    static List<String> targets(Repository repo, String dockerfile, List<String> targets) {
        Parsed parsed = Dockerfiles.parse(repo.read(dockerfile));
        return targets.stream().filter(t -> parsed.stage(t).isEmpty())
                .map(t -> dockerfile + ": no stage named '" + t + "'").toList();
    }

    /**
     * The runtime (final) stage of the production image: non-root USER, a HEALTHCHECK on /health through files
     * the stage has, EXPOSE of the default port, VOLUME of the data folder, and the serve command of contract 3.
     */
    static List<String> runtime(Repository repo, String dockerfile, String defaultPort) {
        Stage stage = Dockerfiles.parse(repo.read(dockerfile)).finalStage();
        List<String> problems = new ArrayList<>();
        Optional<Instruction> user = stage.last("USER");
        if (user.isEmpty()) {
            problems.add("the runtime stage has no USER, so it runs as root");
        } else {
            String name = user.get().arguments().split(":")[0].strip();
            if (name.equals("root") || name.equals("0")) {
                problems.add(user.get().where() + ": the runtime stage runs as root");
            }
        }
        Optional<Instruction> health = stage.last("HEALTHCHECK");
        if (health.isEmpty() || health.get().withoutFlags().toUpperCase().startsWith("NONE")) {
            problems.add("the runtime stage has no HEALTHCHECK");
        } else {
            problems.addAll(healthCheck(health.get(), stage));
        }
        List<String> exposed = stage.all("EXPOSE").stream().flatMap(e -> e.words().stream())
                .map(p -> p.replace("/tcp", "")).toList();
        if (!exposed.contains(defaultPort)) {
            problems.add("EXPOSE " + exposed + " does not include the default port " + defaultPort);
        }
        List<String> volumes = stage.all("VOLUME").stream().flatMap(v -> v.words().stream()).toList();
        if (!volumes.contains("/data")) {
            problems.add("VOLUME " + volumes + " does not include /data");
        }
        List<String> command = new ArrayList<>();
        stage.last("ENTRYPOINT").ifPresent(e -> command.addAll(e.words()));
        stage.last("CMD").ifPresent(c -> command.addAll(c.words()));
        String joined = String.join(" ", command);
        if (!joined.contains("serve --host 0.0.0.0 --data /data")) {
            problems.add("ENTRYPOINT + CMD '" + joined + "' is not 'serve --host 0.0.0.0 --data /data'");
        }
        problems.addAll(pathsComeFromCopies(stage, command, "ENTRYPOINT/CMD"));
        return problems.stream().map(p -> dockerfile + ": " + p).toList();
    }

    private static List<String> healthCheck(Instruction health, Stage stage) {
        String body = health.withoutFlags();
        if (!body.toUpperCase().startsWith("CMD")) {
            return List.of(health.where() + ": expected HEALTHCHECK [options] CMD ...");
        }
        String command = body.substring(3).strip();
        List<String> words = command.startsWith("[")
                ? JsonStringArray.parse(command).orElse(List.of())
                : List.of(command.split("\\s+"));
        if (words.isEmpty()) {
            return List.of(health.where() + ": the CMD is not a JSON array of strings");
        }
        List<String> problems = new ArrayList<>();
        String joined = String.join(" ", words);
        boolean probesHealth = joined.contains("/health") || words.contains("HealthCheck");
        if (!probesHealth) {
            problems.add(health.where() + ": does not probe /health");
        }
        if (words.getFirst().equals("curl") || words.getFirst().equals("wget")) {
            problems.add(health.where() + ": " + words.getFirst() + " is not guaranteed in the JRE image; use the Java probe");
        }
        problems.addAll(pathsComeFromCopies(stage, words, "HEALTHCHECK"));
        return problems;
    }

    /** Absolute /opt paths the stage runs must be (under) a COPY destination of that stage. */
    private static List<String> pathsComeFromCopies(Stage stage, List<String> words, String what) {
        List<String> destinations = stage.all("COPY").stream().map(c -> c.words().getLast()).toList();
        List<String> problems = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith("/opt/") && destinations.stream().noneMatch(d -> word.equals(d)
                    || word.startsWith(d.endsWith("/") ? d : d + "/"))) {
                problems.add(what + " uses " + word + ", which no COPY of the runtime stage provides");
            }
        }
        return problems;
    }
}
