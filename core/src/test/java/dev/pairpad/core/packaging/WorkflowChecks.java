package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/** What can be checked of a GitHub Actions workflow here; each method returns the problems it found. */
final class WorkflowChecks {
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|token|secret|api[_-]?key).*");

    private WorkflowChecks() {
    }

    /** The workflow's root map; YAML 1.1 reads the key {@code on} as the boolean true, so both are accepted. */
    static Map<Object, Object> load(Repository repo, String file) {
        return Yaml.map(Yaml.load(repo.read(file))).orElse(Map.of());
    }

    static Object triggers(Map<Object, Object> workflow) {
        return workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    }

    /** All steps of all jobs, in order. */
    static List<Map<Object, Object>> steps(Map<Object, Object> workflow) {
        List<Map<Object, Object>> steps = new ArrayList<>();
        Yaml.mapAt(workflow, "jobs").values().forEach(job -> Yaml.list(Yaml.map(job).orElse(Map.of()).get("steps"))
                .orElse(List.of()).forEach(step -> steps.add(Yaml.map(step).orElse(Map.of()))));
        return steps;
    }

    /** YAML syntax and structure, pinned actions, files and paths that exist, secrets only from {@code secrets.}. */
    static List<String> check(Repository repo, String file) {
        Map<Object, Object> workflow;
        try {
            workflow = load(repo, file);
        } catch (YAMLException e) {
            return List.of(file + ": not valid YAML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (triggers(workflow) == null) {
            problems.add("has no 'on' triggers");
        }
        Map<Object, Object> jobs = Yaml.mapAt(workflow, "jobs");
        if (jobs.isEmpty()) {
            problems.add("has no jobs");
        }
        jobs.forEach((name, value) -> {
            Map<Object, Object> job = Yaml.map(value).orElse(Map.of());
            if (!job.containsKey("runs-on")) {
                problems.add("job " + name + " has no runs-on");
            }
            Object needs = job.get("needs");
            List<?> needed = needs instanceof String single ? List.of(single) : Yaml.list(needs).orElse(List.of());
            needed.stream().filter(n -> !jobs.containsKey(n))
                    .forEach(n -> problems.add("job " + name + " needs " + n + ", which is not a job"));
            List<?> steps = Yaml.list(job.get("steps")).orElse(List.of());
            if (steps.isEmpty()) {
                problems.add("job " + name + " has no steps");
            }
            problems.addAll(secretsOnlyFromSecrets("job " + name + " env", Yaml.mapAt(job, "env")));
        });
        for (Map<Object, Object> step : steps(workflow)) {
            problems.addAll(step(repo, step));
        }
        problems.addAll(Variables.unknownIn(repo.read(file)));
        return problems.stream().map(p -> file + ": " + p).toList();
    }

    private static List<String> step(Repository repo, Map<Object, Object> step) {
        List<String> problems = new ArrayList<>();
        String name = Yaml.string(step.get("name")).orElse(String.valueOf(step.get("uses")));
        boolean uses = step.containsKey("uses");
        boolean run = step.containsKey("run");
        if (uses == run) {
            problems.add("step '" + name + "' must have exactly one of uses and run");
        }
        if (uses) {
            String action = Yaml.string(step.get("uses")).orElse("");
            if (action.startsWith("./") && !repo.exists(action.substring(2))) {
                problems.add("step '" + name + "' uses " + action + ", which does not exist");
            } else if (!action.startsWith("./") && !action.startsWith("docker://") && !action.contains("@")) {
                problems.add("step '" + name + "' uses " + action + " without a version (@ref)");
            }
        }
        Map<Object, Object> with = Yaml.mapAt(step, "with");
        for (String key : List.of("file", "dockerfile", "context")) {
            Yaml.string(with.get(key)).filter(path -> !path.contains("${{") && !repo.exists(path))
                    .ifPresent(path -> problems.add("step '" + name + "' " + key + ": " + path + " does not exist"));
        }
        Yaml.string(step.get("run")).ifPresent(script -> repo.missingPathsIn(script).forEach(path ->
                problems.add("step '" + name + "' runs " + path + ", which is not in the repository")));
        problems.addAll(secretsOnlyFromSecrets("step '" + name + "' with", with));
        problems.addAll(secretsOnlyFromSecrets("step '" + name + "' env", Yaml.mapAt(step, "env")));
        return problems;
    }

    private static List<String> secretsOnlyFromSecrets(String where, Map<Object, Object> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            String text = Yaml.string(value).orElse("");
            if (SECRET_KEY.matcher(String.valueOf(key)).matches() && !text.matches("\\$\\{\\{\\s*secrets\\.\\w+\\s*}}")) {
                problems.add(where + " " + key + " is not taken from the repository's secrets");
            }
        });
        return problems;
    }

    /** True when some step's run script calls {@code command} as a word (e.g. bin/test). */
    static boolean runs(Map<Object, Object> workflow, String command) {
        Pattern word = Pattern.compile("(^|[\\s;&|(])" + Pattern.quote(command) + "($|[\\s;&|)])", Pattern.MULTILINE);
        return steps(workflow).stream()
                .anyMatch(step -> Yaml.string(step.get("run")).filter(s -> word.matcher(s).find()).isPresent());
    }
}
