package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class DeployInitCommandTests {
    @TempDir
    Path config;
    @TempDir
    Path out;

    private final DockerfileContract contract = DockerfileContract.load();

    private Path init(String target, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "deploy";
        args[1] = "init";
        args[2] = "--target=" + target;
        args[3] = "--dir=" + out;
        System.arraycopy(more, 0, args, 4, more.length);
        CliRun.Result result = new CliRun(config).run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Wrote ").contains("Next:");
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            return written.get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeFileIsYamlThatBuildsTheDockerfileAndMountsItsVolume() throws Exception {
        Path file = init("compose", "--port=9090");
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) yaml.get("services")).get("pairpad");
        assertThat((Map<String, Object>) service.get("build")).containsEntry("dockerfile", contract.dockerfile());
        assertThat((List<String>) service.get("ports")).containsExactly("9090:" + contract.port());
        assertThat((List<String>) service.get("volumes")).containsExactly("pairpad-data:" + contract.dataVolume());
        Map<String, String> env = (Map<String, String>) service.get("environment");
        assertThat(env).containsEntry("PAIRPAD_PORT", Integer.toString(contract.port()))
                .containsEntry("PAIRPAD_DATA", contract.dataVolume())
                .containsEntry("PAIRPAD_HOST", "0.0.0.0")
                .containsEntry("PAIRPAD_PUBLIC_URL", "http://localhost:9090");
        assertThat(env.keySet()).allMatch(contract::knowsVariable);
        assertThat(service).as("keeps the image's own HEALTHCHECK").doesNotContainKey("healthcheck");
        assertThat((Map<String, Object>) yaml.get("volumes")).containsKey("pairpad-data");
    }

    @Test
    void railwayFileIsJsonWithTheDockerfileAndHealthPath() throws Exception {
        Path file = init("railway");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> json = jsonb.fromJson(Files.readString(file), Map.class);
            assertThat(json.get("build")).containsEntry("builder", "DOCKERFILE")
                    .containsEntry("dockerfilePath", contract.dockerfile());
            assertThat(json.get("deploy")).containsEntry("healthcheckPath", contract.healthPath());
        }
    }

    @Test
    void flyFileIsTomlWithPortHealthVolumeAndEnvironment() throws Exception {
        Path file = init("fly", "--app=acme-interviews", "--region=fra");
        JsonNode toml = new TomlMapper().readTree(file.toFile());
        assertThat(toml.path("app").asText()).isEqualTo("acme-interviews");
        assertThat(toml.path("primary_region").asText()).isEqualTo("fra");
        assertThat(toml.path("build").path("dockerfile").asText()).isEqualTo(contract.dockerfile());
        assertThat(toml.path("http_service").path("internal_port").asInt()).isEqualTo(contract.port());
        assertThat(toml.path("http_service").path("checks").get(0).path("path").asText())
                .isEqualTo(contract.healthPath());
        assertThat(toml.path("mounts").get(0).path("destination").asText()).isEqualTo(contract.dataVolume());
        JsonNode env = toml.path("env");
        assertThat(env.path("PAIRPAD_PORT").asText()).isEqualTo(Integer.toString(contract.port()));
        assertThat(env.path("PAIRPAD_DATA").asText()).isEqualTo(contract.dataVolume());
        assertThat(env.path("PAIRPAD_PUBLIC_URL").asText()).isEqualTo("https://acme-interviews.fly.dev");
        env.fieldNames().forEachRemaining(name -> assertThat(contract.knowsVariable(name)).as(name).isTrue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void renderFileIsYamlWithDockerRuntimeHealthDiskAndEnvironment() throws Exception {
        Path file = init("render", "--public-url=https://interviews.example.org/");
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        Map<String, Object> service = ((List<Map<String, Object>>) yaml.get("services")).get(0);
        assertThat(service).containsEntry("runtime", "docker")
                .containsEntry("dockerfilePath", "./" + contract.dockerfile())
                .containsEntry("healthCheckPath", contract.healthPath());
        assertThat((Map<String, Object>) service.get("disk")).containsEntry("mountPath", contract.dataVolume());
        List<Map<String, Object>> env = (List<Map<String, Object>>) service.get("envVars");
        assertThat(env).contains(Map.of("key", "PORT", "value", Integer.toString(contract.port())),
                Map.of("key", "PAIRPAD_DATA", "value", contract.dataVolume()),
                Map.of("key", "PAIRPAD_PUBLIC_URL", "value", "https://interviews.example.org"));
        assertThat(env).allMatch(entry -> entry.get("key").equals("PORT")
                || contract.knowsVariable((String) entry.get("key")));
    }

    @Test
    void existingFileIsKeptUnlessForced() throws Exception {
        Path file = out.resolve("fly.toml");
        Files.writeString(file, "mine");
        CliRun.Result refused = new CliRun(config).run("deploy", "init", "--target=fly", "--dir=" + out);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("mine");

        CliRun.Result forced = new CliRun(config).run("deploy", "init", "--target=fly", "--dir=" + out, "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("internal_port");
    }

    @Test
    void unknownTargetIsAUsageErrorOnOneLine() {
        CliRun.Result result = new CliRun(config).run("deploy", "init", "--target=heroku", "--dir=" + out);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown target 'heroku'").contains("Try 'interview deploy init --help'");
        assertThat(result.err().lines()).hasSize(2);
    }
}
