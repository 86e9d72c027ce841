package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTests {

    @Test
    void serveListsEverySettingAsAnOption() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine line = Interview.commandLine(CliContext.forTests(Path.of("unused"), java.util.Map.of()));
        line.setOut(new java.io.PrintWriter(out, true));
        line.execute("serve", "--help");
        for (dev.pairpad.core.config.Setting setting : dev.pairpad.core.config.Setting.values()) {
            assertThat(out.toString()).contains("--" + setting.option()).contains(setting.environmentVariable());
        }
    }

    @Test
    void serveWithAnInvalidPortIsAUsageError() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine line = Interview.commandLine(CliContext.forTests(Path.of("unused"), java.util.Map.of()));
        line.setErr(new java.io.PrintWriter(err));
        int code = line.execute("serve", "--port", "seventy", "--store", "memory");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("PAIRPAD_PORT must be an integer");
    }

    @Test
    void serveRequiringTheAdminTokenForCreationWithoutOneRefusesToStartNamingBothSettings() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine line = Interview.commandLine(CliContext.forTests(Path.of("unused"),
                java.util.Map.of("PAIRPAD_CREATE_REQUIRES_ADMIN", "true")));
        line.setErr(new java.io.PrintWriter(err));
        int code = line.execute("serve", "--port", "0", "--store", "memory");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("PAIRPAD_CREATE_REQUIRES_ADMIN")
                .contains("PAIRPAD_ADMIN_TOKEN");
    }

    @Test
    void servePrintsTheUrlServesHealthAndStopsGracefullyOnSigterm(@TempDir Path data) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Interview.class.getName(), "serve",
                "--host", "127.0.0.1", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String url = null;
            Pattern listening = Pattern.compile("Listening on (http://\\S+),");
            while (url == null) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                lines.add(line);
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertThat(url).as("output: " + lines).isNotNull();
            assertThat(String.join("\n", lines)).contains("Open http://127.0.0.1:");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(data.resolve("pairpad.db")).exists();

            assertThat(process.toHandle().destroy()).isTrue(); // SIGTERM, keeping our end of the pipe open
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).contains("Pairpad stopped.");
        } finally {
            process.destroyForcibly();
        }
    }
}
