package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean load generator against a real server on loopback: exact counts, and refusals in the error counts. */
class LoadRunTests {
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
    void everyDeliveryIsCountedExactlyOnceAndNoneIsMissingInARoomWithSeveralTypists() throws InterruptedException {
        LoadRun.Result result = new LoadRun(new LoadRun.Settings(URI.create(server.url()), 1, 6, 4, 50,
                Duration.ofSeconds(2), Duration.ZERO, Optional.empty(), Optional.empty(), false),
                new PrintWriter(new StringWriter())).run();

        assertThat(result.sent()).isGreaterThan(100);
        assertThat(result.expected()).isEqualTo(result.sent() * 5);
        assertThat(result.delivered()).isEqualTo(result.expected());
        // Each receiver checks that every author's tokens arrive once each, in typing order ("duplicate-or-gap").
        assertThat(result.errors()).isEmpty();
        assertThat(result.disconnects()).isZero();
        assertThat(result.measuredDeliveries()).isEqualTo(result.delivered());
        assertThat(result.latency().count()).isEqualTo(result.delivered());
        assertThat(result.acknowledged()).isBetween(1L, result.sent());
    }

    @Test
    void aMalformedOpIsCountedUnderItsErrorCode() throws Exception {
        URI url = URI.create(server.url());
        RoomCreated room = PairpadClient.builder(url).build()
                .createRoom(new CreateRoomRequest(Optional.empty(), Optional.empty(), Optional.empty()));
        RecordingMeter meter = new RecordingMeter();
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
        try (WsReactor reactor = new WsReactor("test-reader")) {
            LoadClient typist = new LoadClient(room.candidateKey(), "typist", 0, 1, 10, 0, new RoomTypists(),
                    meter, retries);
            WsConnection.open(reactor, new InetSocketAddress(url.getHost(), url.getPort()),
                    url.getHost() + ":" + url.getPort(), "/ws/rooms/" + room.id(), typist, 1 << 20);
            typist.joined().get(10, TimeUnit.SECONDS);

            // The new room's document is empty: an op keeping 5 characters has the wrong base length.
            typist.sendOperation(0, 1, TextOperation.builder().retain(5).insert("x").build());

            assertThat(meter.firstError.get(10, TimeUnit.SECONDS)).isEqualTo("bad-op");
            assertThat(meter.errorCounts()).containsExactly(entry("bad-op", 1L));
            assertThat(meter.firstErrorMessages().get("bad-op")).isNotBlank();
            typist.close();
        } finally {
            retries.shutdownNow();
        }
    }

    @Test
    void rateLimitedOpsArePrintedAsErrorsAndResentUntilEveryTokenIsDelivered() {
        try (TestServer strict = TestServer.withOpsPerSecond(5)) {
            CliRun.Result result = new CliRun(config).run("loadtest", "--url", strict.url(), "--rooms", "1",
                    "--clients", "3", "--typists", "2", "--rate", "40", "--duration", "2", "--warmup", "0", "--no-heap");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).containsPattern("missing: +0 of \\d+ expected deliveries")
                    .containsPattern("errors: +\\{rate-limited=\\d+\\}; disconnects: 0")
                    .contains("first rate-limited: more than 5 ops per second");
        }
    }

    /** A meter that also tells the test when the first error arrived. */
    private static final class RecordingMeter extends LoadMeter {
        final CompletableFuture<String> firstError = new CompletableFuture<>();

        @Override
        void error(String code, String message) {
            super.error(code, message);
            firstError.complete(code);
        }
    }
}
