package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small, short load test on loopback: every typed op reaches every other client, and the report says so. */
class LoadtestCommandTests {
    private static TestServer server;

    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyOpReachesEveryOtherClientAndTheReportHasTheNumbers() {
        CliRun.Result result = new CliRun(config).run("loadtest", "--url", server.url(), "--rooms", "2",
                "--clients", "3", "--typists", "2", "--rate", "20", "--duration", "2", "--warmup", "0");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("loadtest: 2 rooms x 3 clients (2 typing at 20 ops/s) for 2 s")
                .containsPattern("sent: +\\d+ ops").containsPattern("missing: +0 of \\d+ expected deliveries")
                .containsPattern("latency op -> delivery: p50 \\d+\\.\\d+ ms  p95 .* p99 .* max .*\\(\\d+ samples\\)")
                .contains("same process as the load generator")
                .containsPattern("server live heap after full GC grew -?[\\d,]+ KB when 6 clients joined");
        long sent = Long.parseLong(result.out().replaceAll("(?s).*sent: +([\\d,]+) ops.*", "$1").replace(",", ""));
        assertThat(sent).isBetween(40L, 200L);
        assertThat(result.out()).contains(String.format("%,d expected deliveries", sent * 2));
    }

    @Test
    void limitsAreEnforcedBeforeAnythingIsCreated() {
        CliRun.Result tooMany = new CliRun(config).run("loadtest", "--url", server.url(), "--rooms", "100",
                "--clients", "100");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).contains("at most 2000 connections");
        assertThat(new CliRun(config).run("loadtest", "--url", server.url(), "--duration", "601").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
