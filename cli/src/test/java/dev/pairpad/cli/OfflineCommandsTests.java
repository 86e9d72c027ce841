package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI does without a server: usage errors, an unreachable server, help and version. */
class OfflineCommandsTests {
    @TempDir
    Path config;

    static String deadServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void serverDownIsExitCodeThreeWithOneLineNamingTheServer() throws IOException {
        String server = deadServer();
        CliRun.Result result = new CliRun(config).run("languages", "--server", server);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("cannot reach " + server).contains("connection refused")
                .contains("PAIRPAD_SERVER").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        CliRun.Result result = new CliRun(config).run("languages", "--server", deadServer(), "--verbose");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err()).contains("PairpadUnreachableException").contains("\tat ");
    }

    @Test
    void serverComesFromTheEnvironmentWhenNoFlagIsGiven() throws IOException {
        String server = deadServer();
        CliRun.Result result = new CliRun(config).env("PAIRPAD_SERVER", server).run("languages");
        assertThat(result.err()).contains("cannot reach " + server);
    }

    @Test
    void serverComesFromTheConfigFileWhenNeitherFlagNorEnvironmentSaysIt() throws IOException {
        String server = deadServer();
        java.nio.file.Files.writeString(config.resolve("config.properties"), "server=" + server + "/\n");
        CliRun.Result result = new CliRun(config).run("languages");
        assertThat(result.err()).contains("cannot reach " + server + " ");
        String flagged = deadServer();
        assertThat(new CliRun(config).env("PAIRPAD_SERVER", server).run("languages", "--server", flagged).err())
                .contains("cannot reach " + flagged);
    }

    @Test
    void badFlagIsExitCodeTwoWithAHint() {
        CliRun.Result result = new CliRun(config).run("create", "--colour", "blue");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown option").contains("'--colour'").contains("Try 'interview create --help'");
        assertThat(result.err().lines()).hasSize(2);
    }

    @Test
    void unknownRoomKeyIsAUsageErrorThatSaysWhatToPass() {
        CliRun.Result result = new CliRun(config).run("show", "abc123", "--server", "http://127.0.0.1:1");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no key known for room abc123").contains("--key");
    }

    @Test
    void aRoomIdThatStartsWithADashIsARoomNotAnOption() {
        CliRun.Result result = new CliRun(config).run("show", "-abc123", "--server", "http://127.0.0.1:1");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no key known for room -abc123");
    }

    @Test
    void malformedServerAddressIsAUsageError() {
        CliRun.Result result = new CliRun(config).run("languages", "--server", "ftp://example.org");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("must start with http:// or https://");
    }

    @Test
    void everyCommandHasHelpWithExamplesAndExitCodes() {
        for (String command : new String[] {"create", "list", "show", "history", "close", "delete", "languages",
                "tail", "deploy", "completion"}) {
            CliRun.Result result = new CliRun(config).run(command, "--help");
            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: interview " + command).contains("Examples:")
                    .contains("Exit codes:").contains("3   cannot reach the server");
        }
        CliRun.Result nested = new CliRun(config).run("deploy", "check", "--help");
        assertThat(nested.out()).contains("Examples:").contains("Exit codes:");
    }

    @Test
    void versionNamesTheProgram() {
        CliRun.Result result = new CliRun(config).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("interview (Pairpad) ");
    }

    @Test
    void completionScriptCompletesTheSubcommands() {
        CliRun.Result bash = new CliRun(config).run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F _complete_interview").contains("tail").contains("deploy")
                .contains("(\"compose\" \"railway\" \"fly\" \"render\")");
        assertThat(new CliRun(config).run("completion", "zsh").out()).contains("bashcompinit");
        assertThat(new CliRun(config).run("completion", "fish").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void deployCheckAgainstAPortWhereNothingListensFailsAtTheHealthStep() throws IOException {
        CliRun.Result result = new CliRun(config).run("deploy", "check", deadServer());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.out()).contains("FAIL  health");
        assertThat(result.err()).contains("deploy check failed at step 'health'").contains("cannot reach");
    }

    @Test
    void colourIsOffWhenNotATerminal() throws IOException {
        CliRun.Result result = new CliRun(config).run("languages", "--server", deadServer());
        assertThat(result.err()).doesNotContain("\u001b[");
        assertThat(new CliContext(java.util.Map.of("NO_COLOR", "1"), config, true, java.io.InputStream.nullInputStream())
                .colour()).isFalse();
        assertThat(new CliContext(java.util.Map.of(), config, true, java.io.InputStream.nullInputStream()).colour()).isTrue();
    }
}
