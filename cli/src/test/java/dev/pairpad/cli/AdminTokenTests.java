package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTests {
    private static TestServer server;

    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        server = TestServer.withAdminToken("s3cret-admin-token");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listNeedsTheAdminTokenFromTheFlagOrTheEnvironment() {
        CliRun.Result refused = new CliRun(config).run("list", "--server", server.url());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(refused.err()).contains("--admin-token").contains("PAIRPAD_ADMIN_TOKEN");

        CliRun.Result flag = new CliRun(config).run("list", "--server", server.url(), "--admin-token", "s3cret-admin-token");
        assertThat(flag.exitCode()).as(flag.toString()).isZero();
        CliRun.Result env = new CliRun(config).env("PAIRPAD_ADMIN_TOKEN", "s3cret-admin-token")
                .run("list", "--server", server.url());
        assertThat(env.exitCode()).as(env.toString()).isZero();
    }
}
