package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateWithAdminTokenTests {
    private static final String TOKEN = "create-admin-token";
    private static TestServer server;

    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        server = TestServer.creatingOnlyWithAdminToken(TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createWithoutTheTokenFailsInOneLineNamingWhereTheTokenGoes() {
        CliRun.Result refused = new CliRun(config).run("create", "--server", server.url());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("401").contains("--admin-token")
                .contains("PAIRPAD_ADMIN_TOKEN");
        CliRun.Result wrong = new CliRun(config).run("create", "--server", server.url(), "--admin-token", "nope");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCodes.SERVER_FAILURE);
    }

    @Test
    void createSendsTheAdminTokenFromTheFlagOrTheEnvironment() {
        CliRun.Result flag = new CliRun(config).run("create", "--server", server.url(), "--admin-token", TOKEN);
        assertThat(flag.exitCode()).as(flag.toString()).isZero();
        assertThat(flag.out()).contains("Created ").contains("candidate:");
        CliRun.Result env = new CliRun(config).env("PAIRPAD_ADMIN_TOKEN", TOKEN).run("create", "--server", server.url());
        assertThat(env.exitCode()).as(env.toString()).isZero();
        assertThat(env.out()).contains("Created ");
    }
}
