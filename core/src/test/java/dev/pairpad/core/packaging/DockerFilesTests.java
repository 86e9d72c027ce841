package dev.pairpad.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's Docker, compose and GitHub Actions files, checked without a Docker engine: syntax, every
 * referenced file, target, script and path, and agreement with the server's settings, the poms and bin/.
 * {@link PackagingChecksCatchMistakesTests} shows each check failing on a broken copy of these files.
 */
class DockerFilesTests {
    private final Repository repo = Repository.current();

    @Test
    void theExpectedPackagingFilesExist() {
        assertThat(PackagingFiles.composeFiles(repo))
                .contains("docker-compose.yml", "docker-compose.test.yml", "docker-compose.prod.yml");
        assertThat(PackagingFiles.workflows(repo)).contains(PackagingFiles.CI, PackagingFiles.DEPLOY);
        assertThat(List.of(PackagingFiles.PRODUCTION, PackagingFiles.DEVELOPMENT, ".dockerignore", ".env.example"))
                .allMatch(repo::exists);
    }

    @Test
    void dockerfilesParseAndCopyOnlyExistingFilesThatTheContextKeeps() {
        assertThat(DockerfileChecks.common(repo, PackagingFiles.PRODUCTION)).isEmpty();
        assertThat(DockerfileChecks.common(repo, PackagingFiles.DEVELOPMENT)).isEmpty();
    }

    @Test
    void developmentDockerfileHasTheServerWebAndTestTargets() {
        assertThat(DockerfileChecks.targets(repo, PackagingFiles.DEVELOPMENT, List.of("server-dev", "web-dev", "test")))
                .isEmpty();
    }

    @Test
    void runtimeStageRunsServeAsNonRootWithHealthCheckOnTheDefaultPortAndDataVolume() {
        assertThat(DockerfileChecks.runtime(repo, PackagingFiles.PRODUCTION, ServerSettings.defaultPort())).isEmpty();
    }

    @Test
    void productionImageIsBuiltAndLaidOutLikeBinInterviewAndTheCliPom() {
        assertThat(BuildConsistencyChecks.check(repo, PackagingFiles.PRODUCTION)).isEmpty();
    }

    @Test
    void aotCacheIsTrainedByTheRuntimeStageWithTheEntrypointsJvmOptionsAndJar() {
        assertThat(AotCacheChecks.check(repo, PackagingFiles.PRODUCTION)).isEmpty();
    }

    @Test
    void composeFilesParseAndReferenceExistingDockerfilesTargetsMountsPortsAndVariables() {
        List<String> problems = new ArrayList<>();
        PackagingFiles.composeFiles(repo).forEach(file -> problems.addAll(ComposeChecks.check(repo, file)));
        assertThat(problems).isEmpty();
    }

    @Test
    void developmentComposeRunsServerAndWebWithHotReloadAndCachedDependencies() {
        assertThat(ComposeRoleChecks.development(repo, "docker-compose.yml")).isEmpty();
    }

    @Test
    void testComposeRunsTheWholeSuiteThroughBinTest() {
        assertThat(ComposeRoleChecks.testSuite(repo, "docker-compose.test.yml")).isEmpty();
    }

    @Test
    void productionComposePassesEverySettingAndKeepsDataInANamedVolume() {
        assertThat(ComposeRoleChecks.production(repo, "docker-compose.prod.yml")).isEmpty();
    }

    @Test
    void workflowsParseUsePinnedActionsExistingFilesAndOnlyRepositorySecrets() {
        List<String> problems = new ArrayList<>();
        PackagingFiles.workflows(repo).forEach(file -> problems.addAll(WorkflowChecks.check(repo, file)));
        assertThat(problems).isEmpty();
    }

    @Test
    void ciRunsBinTestUploadsScreenshotsAndProbesTheProductionImage() {
        assertThat(WorkflowRoleChecks.ci(repo, PackagingFiles.CI)).isEmpty();
    }

    @Test
    void deployShipsMainOnlyAfterCiPassed() {
        assertThat(WorkflowRoleChecks.deploy(repo, PackagingFiles.DEPLOY, PackagingFiles.CI)).isEmpty();
    }

    @Test
    void dockerBuildsAndCiUseOneToolchainNewEnoughForBinLib() {
        assertThat(ToolchainChecks.check(repo, List.of(PackagingFiles.PRODUCTION, PackagingFiles.DEVELOPMENT),
                PackagingFiles.CI)).isEmpty();
        assertThat(ToolchainChecks.major("maven:3.9-eclipse-temurin-21")).contains(21);
        assertThat(ToolchainChecks.major("node:20-bookworm-slim")).contains(20);
    }

    @Test
    void envExampleListsEveryServerSettingWithItsDefault() {
        assertThat(EnvExampleChecks.check(repo, ".env.example")).isEmpty();
    }

    @Test
    void dockerignoreKeepsSecretsAndBuildOutputOutOfTheContext() {
        assertThat(EnvExampleChecks.dockerIgnore(repo)).isEmpty();
    }

    @Test
    void everyPairpadVariableIsASettingOrReadByTheScriptThatIsNamedForIt() {
        List<String> problems = new ArrayList<>(Variables.toolVariablesAreRead(repo));
        for (String file : List.of(PackagingFiles.PRODUCTION, PackagingFiles.DEVELOPMENT)) {
            problems.addAll(Variables.unknownIn(repo.read(file)));
        }
        PackagingFiles.scripts(repo).forEach(script -> problems.addAll(Variables.unknownIn(repo.read(script))));
        assertThat(problems).isEmpty();
    }

    @Test
    void scriptsCopiedIntoImagesAreExecutableWithAShebang() {
        assertThat(PackagingFiles.scripts(repo)).isNotEmpty().allSatisfy(script -> {
            assertThat(repo.isExecutable(script)).as(script + " is executable").isTrue();
            assertThat(repo.read(script)).as(script).startsWith("#!/usr/bin/env bash\n");
        });
    }
}
