package dev.pairpad.core.packaging;

import static dev.pairpad.core.packaging.RepositoryCopy.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each packaging check fails on a copy of the real files with one deliberate mistake, and names the mistake. */
class PackagingChecksCatchMistakesTests {
    private static final String PROD = PackagingFiles.PRODUCTION;
    private static final String DEV = PackagingFiles.DEVELOPMENT;

    @TempDir
    Path dir;

    /** The unbroken copy passes {@code check}; after {@code breakIt} the check reports {@code expected}. */
    private void catches(Function<Repository, List<String>> check, Consumer<Repository> breakIt, String expected) {
        Repository copy = RepositoryCopy.of(Repository.current(), dir);
        assertThat(check.apply(copy)).as("the unbroken copy").isEmpty();
        breakIt.accept(copy);
        assertThat(check.apply(copy)).as("after the mistake").anySatisfy(p -> assertThat(p).contains(expected));
    }

    private static Function<Repository, List<String>> common(String file) {
        return repo -> DockerfileChecks.common(repo, file);
    }

    private static Function<Repository, List<String>> runtime() {
        return repo -> DockerfileChecks.runtime(repo, PROD, ServerSettings.defaultPort());
    }

    @Test
    void unknownInstructionIsASyntaxError() {
        catches(common(PROD), r -> replace(r, PROD, "WORKDIR /src", "WORKDIRR /src"), "unknown instruction 'WORKDIRR'");
    }

    @Test
    void singleQuotedExecFormIsCaught() {
        catches(common(PROD), r -> replace(r, PROD, "CMD [\"serve\"", "CMD ['serve'"), "not a JSON array");
    }

    @Test
    void danglingLineContinuationIsCaught() {
        catches(common(PROD), r -> RepositoryCopy.write(r, PROD, r.read(PROD).strip() + " \\\n"), "ends inside");
    }

    @Test
    void continuationThatSwallowsTheNextInstructionIsCaught() {
        catches(runtime(), r -> replace(r, PROD, "/opt/pairpad/health\n", "/opt/pairpad/health \\\n"),
                "uses /opt/pairpad/health, which no COPY of the runtime stage provides");
    }

    @Test
    void copyOfAMissingFileIsCaught() {
        catches(common(PROD), r -> replace(r, PROD, "COPY cli/pom.xml cli/", "COPY cli/pom.xml cli/build.gradle cli/"),
                "source cli/build.gradle does not exist");
    }

    @Test
    void copyOfAFileTheContextIgnoresIsCaught() {
        catches(common(PROD), r -> RepositoryCopy.write(r, ".dockerignore", r.read(".dockerignore") + "**/pom.xml\n"),
                "source pom.xml is excluded by .dockerignore");
    }

    @Test
    void copyFromAnUnknownStageIsCaught() {
        catches(common(PROD), r -> replace(r, PROD, "COPY --from=build /out/lib", "COPY --from=builder /out/lib"),
                "--from=builder is neither an earlier stage nor an image");
    }

    @Test
    void copyFromAStageOfAPathThatStageNeverMakesIsCaught() {
        catches(common(PROD), r -> replace(r, PROD, "COPY --from=build /out/health ", "COPY --from=build /out/healthcheck "),
                "stage build never makes /out/healthcheck");
    }

    @Test
    void runNamingAMissingRepositoryFileIsCaught() {
        catches(common(PROD), r -> replace(r, PROD, "docker/HealthCheck.java", "docker/Health.java"),
                "names docker/Health.java");
    }

    @Test
    void missingDevelopmentTargetIsCaught() {
        catches(repo -> DockerfileChecks.targets(repo, DEV, List.of("server-dev", "web-dev", "test")),
                r -> replace(r, DEV, "AS web-dev", "AS web"), "no stage named 'web-dev'");
    }

    @Test
    void runtimeWithoutUserOrAsRootIsCaught() {
        catches(runtime(), r -> replace(r, PROD, "USER pairpad:pairpad", "USER root"), "runs as root");
        catches(runtime(), r -> replace(r, PROD, "USER pairpad:pairpad\n", ""), "has no USER");
    }

    @Test
    void runtimeWithoutHealthCheckOrWithCurlIsCaught() {
        catches(runtime(), r -> replace(r, PROD, "CMD [\"java\", \"-XX:TieredStopAtLevel=1\"",
                "CMD [\"curl\", \"-f\", \"http://127.0.0.1:8080/health\", \"-XX:TieredStopAtLevel=1\""),
                "curl is not guaranteed in the JRE image");
        catches(runtime(), r -> replace(r, PROD, "HEALTHCHECK --interval", "LABEL interval"), "has no HEALTHCHECK");
    }

    @Test
    void healthCheckClassThatNoCopyProvidesIsCaught() {
        catches(runtime(), r -> replace(r, PROD, "COPY --from=build /out/health /opt/pairpad/health\n", ""),
                "uses /opt/pairpad/health, which no COPY of the runtime stage provides");
    }

    @Test
    void exposeVolumeAndServeCommandMustMatchTheSettings() {
        catches(runtime(), r -> replace(r, PROD, "EXPOSE 8080", "EXPOSE 8081"), "does not include the default port");
        catches(runtime(), r -> replace(r, PROD, "VOLUME /data", "VOLUME /var/lib/pairpad"), "does not include /data");
        catches(runtime(), r -> replace(r, PROD, "\"--host\", \"0.0.0.0\"", "\"--host\", \"127.0.0.1\""),
                "is not 'serve --host 0.0.0.0 --data /data'");
    }

    @Test
    void buildThatDiffersFromBinInterviewOrTheCliPomIsCaught() {
        Function<Repository, List<String>> check = repo -> BuildConsistencyChecks.check(repo, PROD);
        catches(check, r -> replace(r, PROD, "-am -DskipTests package", "-am package"), "no RUN does bin/interview's");
        catches(check, r -> replace(r, "cli/pom.xml", "<finalName>pairpad-cli</finalName>",
                "<finalName>interview</finalName>"), "does not take cli/target/interview.jar");
        catches(check, r -> replace(r, PROD, "COPY --from=build /out/lib /opt/pairpad/lib",
                "COPY --from=build /out/lib /opt/lib"), "no COPY puts the dependencies at /opt/pairpad/lib");
    }

    @Test
    void aotCacheThatTheJvmWouldRefuseOrNotFindIsCaught() {
        Function<Repository, List<String>> check = repo -> AotCacheChecks.check(repo, PROD);
        String script = AotCacheChecks.TRAINING_SCRIPT;
        catches(check, r -> replace(r, script, "-XX:MaxRAMPercentage=75 --enable", "-XX:MaxRAMPercentage=50 --enable"),
                "trains with JVM options [-XX:MaxRAMPercentage=50");
        catches(check, r -> replace(r, PROD, "RUN /opt/pairpad/aot-training.sh /opt/pairpad/pairpad.aot",
                "RUN /opt/pairpad/aot-training.sh /tmp/pairpad.aot"), "no RUN of the runtime stage runs");
        catches(check, r -> replace(r, PROD, "\"-XX:AOTCache=/opt/pairpad/pairpad.aot\", ", ""), "uses no -XX:AOTCache");
        catches(check, r -> replace(r, script, "jar=/opt/pairpad/pairpad-cli.jar", "jar=/opt/pairpad/interview.jar"),
                "does not train with the ENTRYPOINT's jar");
        catches(check, r -> replace(r, PROD, "ARG JRE_IMAGE=eclipse-temurin:25-jre", "ARG JRE_IMAGE=eclipse-temurin:21-jre"),
                "-XX:AOTCacheOutput needs a JRE 25 or newer");
    }

    @Test
    void composeMistakesAreCaught() {
        String file = "docker-compose.yml";
        Function<Repository, List<String>> check = repo -> ComposeChecks.check(repo, file);
        catches(check, r -> replace(r, file, "    ports:\n      - \"127.0.0.1:8080", "   ports:\n      - \"127.0.0.1:8080"),
                "not valid YAML");
        catches(check, r -> replace(r, file, "target: web-dev", "target: frontend"), "target frontend is not a stage");
        catches(check, r -> replace(r, file, "dockerfile: docker/Dockerfile.dev\n      target: server-dev",
                "dockerfile: docker/Dockerfile.devel\n      target: server-dev"), "docker/Dockerfile.devel does not exist");
        catches(check, r -> replace(r, file, "- dev-data:/data", "- room-data:/data"), "named volume room-data is not declared");
        catches(check, r -> replace(r, file, "- ./web:/src/web", "- ./webapp:/src/web"), "bind mount source ./webapp");
        catches(check, r -> replace(r, file, "PAIRPAD_PUBLIC_URL=", "PAIRPAD_BASE_URL="), "PAIRPAD_BASE_URL is neither");
        catches(check, r -> replace(r, file, "\"127.0.0.1:5173:5173\"", "\"127.0.0.1:5173:3000\""),
                "publishes container port 3000");
        catches(check, r -> replace(r, file, "      - server\n", "      - api\n"), "depends on api");
    }

    @Test
    void composeRoleMistakesAreCaught() {
        String prod = "docker-compose.prod.yml";
        catches(repo -> ComposeRoleChecks.production(repo, prod), r -> replace(r, prod, "      - PAIRPAD_OPS_BURST\n", ""),
                "setting PAIRPAD_OPS_BURST is not passed");
        catches(repo -> ComposeRoleChecks.production(repo, prod),
                r -> replace(r, prod, "- PAIRPAD_ADMIN_TOKEN\n", "- PAIRPAD_ADMIN_TOKEN=hunter2\n"), "has a literal value");
        catches(repo -> ComposeRoleChecks.production(repo, prod),
                r -> replace(r, prod, "- pairpad-data:/data", "- ./data:/data"), "no named volume");
        String test = "docker-compose.test.yml";
        catches(repo -> ComposeRoleChecks.testSuite(repo, test),
                r -> replace(r, test, "command: [\"bin/test\"]", "command: [\"mvn\", \"verify\"]"), "no service runs bin/test");
        catches(repo -> ComposeRoleChecks.development(repo, "docker-compose.yml"),
                r -> replace(r, "docker-compose.yml", "      - .:/src\n", ""), "does not mount the sources");
    }

    @Test
    void workflowMistakesAreCaught() {
        String ci = PackagingFiles.CI;
        Function<Repository, List<String>> check = repo -> WorkflowChecks.check(repo, ci);
        catches(check, r -> replace(r, ci, "jobs:\n", "jobs:\n  jobs:\n jobs:\n"), "not valid YAML");
        catches(check, r -> replace(r, ci, "uses: actions/checkout@v4", "uses: actions/checkout"), "without a version");
        catches(check, r -> replace(r, ci, "file: docker/Dockerfile", "file: Dockerfile"), "file: Dockerfile does not exist");
        catches(check, r -> replace(r, ci, "run: bin/test", "run: bin/tests"), "runs bin/tests");
        catches(check, r -> replace(r, ci, "      - name: bin/test\n        run: bin/test\n",
                "      - name: bin/test\n        uses: ./.github/actions/test\n        run: bin/test\n"),
                "exactly one of uses and run");
        String deploy = PackagingFiles.DEPLOY;
        catches(repo -> WorkflowChecks.check(repo, deploy),
                r -> replace(r, deploy, "password: ${{ secrets.GITHUB_TOKEN }}", "password: ghp_literal"),
                "password is not taken from the repository's secrets");
        catches(repo -> WorkflowChecks.check(repo, deploy), r -> replace(r, deploy, "needs: image", "needs: build"),
                "needs build, which is not a job");
    }

    @Test
    void workflowRoleMistakesAreCaught() {
        String ci = PackagingFiles.CI;
        Function<Repository, List<String>> ciCheck = repo -> WorkflowRoleChecks.ci(repo, ci);
        catches(ciCheck, r -> replace(r, ci, "run: bin/test", "run: mvn verify"), "no step runs bin/test");
        catches(ciCheck, r -> replace(r, ci, "  pull_request:\n", ""), "every push and pull request");
        catches(ciCheck, r -> replace(r, ci, "e2e/target/screenshots/", "e2e/target/shots/"), "e2e/target/screenshots");
        catches(ciCheck, r -> replace(r, ci, "deploy check", "deploy status"), "interview deploy check");
        catches(ciCheck, r -> replace(r, ci, "JAVA_TOOL_OPTIONS=-XX:AOTMode=on ", ""), "AOT cache usable");
        String deploy = PackagingFiles.DEPLOY;
        Function<Repository, List<String>> deployCheck = repo -> WorkflowRoleChecks.deploy(repo, deploy, ci);
        catches(deployCheck, r -> replace(r, deploy, "workflows: [CI]", "workflows: [Tests]"), "not triggered by");
        catches(deployCheck, r -> replace(r, deploy, "branches: [main]", "branches: [main, develop]"), "main only");
        catches(deployCheck, r -> replace(r, deploy, "push: true", "push: false"), "builds and pushes");
    }

    @Test
    void toolchainsThatDifferOrAreTooOldAreCaught() {
        Function<Repository, List<String>> check = repo -> ToolchainChecks.check(repo, List.of(PROD, DEV),
                PackagingFiles.CI);
        catches(check, r -> replace(r, DEV, "ARG JDK_IMAGE=eclipse-temurin:25-jdk", "ARG JDK_IMAGE=eclipse-temurin:21-jdk"),
                "different toolchains");
        catches(check, r -> {
            for (String file : List.of(PROD, DEV)) {
                replace(r, file, "node:20-bookworm", "node:18-bookworm");
            }
            replace(r, PackagingFiles.CI, "image: node:20-bookworm", "image: node:18-bookworm");
        }, "Node 18 is older than the 20");
    }

    @Test
    void envExampleMistakesAreCaught() {
        Function<Repository, List<String>> check = repo -> EnvExampleChecks.check(repo, ".env.example");
        catches(check, r -> replace(r, ".env.example", "# PAIRPAD_OPS_BURST=400\n", ""), "PAIRPAD_OPS_BURST is missing");
        catches(check, r -> replace(r, ".env.example", "PAIRPAD_PORT=8080", "PAIRPAD_PORT=9090"),
                "PAIRPAD_PORT=9090 but the server's default is '8080'");
        catches(check, r -> replace(r, ".env.example", "# Port to listen on; 0 picks a free one.", "# The port."),
                "PAIRPAD_PORT is described as 'The port.'");
        catches(check, r -> RepositoryCopy.write(r, ".env.example", r.read(".env.example") + "# PAIRPAD_THEME=dark\n"),
                "PAIRPAD_THEME is not a server setting");
        catches(check, r -> RepositoryCopy.write(r, ".env.example", r.read(".env.example") + "PAIRPAD_STORE=sqlite\n"),
                "PAIRPAD_STORE is listed twice");
    }

    @Test
    void dockerignoreThatLetsSecretsInOrLeavesSourcesOutIsCaught() {
        catches(EnvExampleChecks::dockerIgnore, r -> replace(r, ".dockerignore", "\n.env\n", "\n"),
                "lets .env into the build context");
        catches(EnvExampleChecks::dockerIgnore, r -> RepositoryCopy.write(r, ".dockerignore",
                r.read(".dockerignore") + "bin\n"), "leaves out bin/test");
    }

    @Test
    void toolVariableThatItsScriptNoLongerReadsIsCaught() {
        catches(Variables::toolVariablesAreRead, r -> replace(r, "bin/test", "PAIRPAD_MVN_ARGS", "MVN_ARGS"),
                "PAIRPAD_MVN_ARGS is said to be read by bin/test");
    }
}
