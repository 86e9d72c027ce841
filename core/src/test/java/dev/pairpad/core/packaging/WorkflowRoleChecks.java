package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What each workflow is for: CI runs bin/test and probes the production image; Deploy ships main after CI. */
final class WorkflowRoleChecks {
    private WorkflowRoleChecks() {
    }

    static List<String> ci(Repository repo, String file) {
        Map<Object, Object> workflow = WorkflowChecks.load(repo, file);
        List<String> problems = new ArrayList<>();
        Map<Object, Object> triggers = Yaml.map(WorkflowChecks.triggers(workflow)).orElse(Map.of());
        if (!triggers.containsKey("push") || !triggers.containsKey("pull_request")) {
            problems.add("does not run on every push and pull request");
        }
        if (!WorkflowChecks.runs(workflow, "bin/test")) {
            problems.add("no step runs bin/test");
        }
        if (!anyRun(workflow, "apt-get install") || !anyRun(workflow, "chromium")) {
            problems.add("no step installs Chromium with apt-get");
        }
        boolean uploadsScreenshots = WorkflowChecks.steps(workflow).stream()
                .filter(s -> Yaml.string(s.get("uses")).orElse("").startsWith("actions/upload-artifact@"))
                .anyMatch(s -> Yaml.string(Yaml.mapAt(s, "with").get("path")).orElse("")
                        .contains("e2e/target/screenshots"));
        if (!uploadsScreenshots) {
            problems.add("no upload-artifact step uploads e2e/target/screenshots");
        }
        if (!buildsProductionImage(workflow)) {
            problems.add("no step builds " + ComposeRoleChecks.PRODUCTION_DOCKERFILE);
        }
        if (!anyRun(workflow, "-XX:AOTMode=on")) {
            problems.add("no step proves the image's AOT cache usable (-XX:AOTMode=on)");
        }
        if (!anyRun(workflow, "/health")) {
            problems.add("no step checks /health of the started image");
        }
        if (!anyRun(workflow, "deploy check")) {
            problems.add("no step runs 'interview deploy check'");
        }
        return problems.stream().map(p -> file + ": " + p).toList();
    }

    /** Deploy: after the CI workflow succeeded on main (so after bin/test), build and push the image, then Railway. */
    static List<String> deploy(Repository repo, String file, String ciFile) {
        Map<Object, Object> workflow = WorkflowChecks.load(repo, file);
        Map<Object, Object> ci = WorkflowChecks.load(repo, ciFile);
        List<String> problems = new ArrayList<>();
        Map<Object, Object> afterRun = Yaml.mapAt(Yaml.map(WorkflowChecks.triggers(workflow)).orElse(Map.of()),
                "workflow_run");
        List<?> after = Yaml.list(afterRun.get("workflows")).orElse(List.of());
        if (!after.contains(ci.get("name")) || !WorkflowChecks.runs(ci, "bin/test")) {
            problems.add("is not triggered by the workflow that runs bin/test (" + ci.get("name") + ")");
        }
        if (!Yaml.list(afterRun.get("branches")).orElse(List.of()).equals(List.of("main"))) {
            problems.add("does not deploy main only");
        }
        boolean pushes = WorkflowChecks.steps(workflow).stream().anyMatch(s -> isProductionBuild(s)
                && Boolean.TRUE.equals(Yaml.mapAt(s, "with").get("push")));
        if (!pushes) {
            problems.add("no step builds and pushes " + ComposeRoleChecks.PRODUCTION_DOCKERFILE);
        }
        if (!anyRun(workflow, "railway up")) {
            problems.add("no step deploys to Railway");
        }
        return problems.stream().map(p -> file + ": " + p).toList();
    }

    private static boolean buildsProductionImage(Map<Object, Object> workflow) {
        return WorkflowChecks.steps(workflow).stream().anyMatch(WorkflowRoleChecks::isProductionBuild)
                || anyRun(workflow, "-f " + ComposeRoleChecks.PRODUCTION_DOCKERFILE);
    }

    private static boolean isProductionBuild(Map<Object, Object> step) {
        return Yaml.string(step.get("uses")).orElse("").startsWith("docker/build-push-action@")
                && ComposeRoleChecks.PRODUCTION_DOCKERFILE.equals(Yaml.mapAt(step, "with").get("file"));
    }

    private static boolean anyRun(Map<Object, Object> workflow, String text) {
        return WorkflowChecks.steps(workflow).stream()
                .anyMatch(s -> Yaml.string(s.get("run")).filter(r -> r.contains(text)).isPresent());
    }
}
