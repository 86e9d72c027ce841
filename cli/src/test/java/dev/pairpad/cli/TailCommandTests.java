package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.client.RoomSession;
import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RunEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailCommandTests {
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
    @SuppressWarnings("unchecked")
    void tailJsonPrintsEveryEventInOrderAndEndsWhenTheRoomCloses() throws Exception {
        PairpadClient client = PairpadClient.of(URI.create(server.url()));
        RoomCreated room = client.createRoom(new CreateRoomRequest(Optional.of("Tailed"), Optional.of("python"),
                Optional.of("x = 1\n")));
        new CliConfig(config).rememberRoom(room.id(), server.url(), room.interviewerKey(), room.candidateKey());

        CompletableFuture<Void> tailJoined = new CompletableFuture<>();
        CompletableFuture<Void> runEnded = new CompletableFuture<>();
        try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").open();
             RoomSession witness = client.session(room.id(), room.interviewerKey()).name("witness").observe()
                     .listener(event -> {
                         if (event instanceof SessionEvent.ParticipantJoined j && j.participant().name().equals("tail-test")) {
                             tailJoined.complete(null);
                         }
                         if (event instanceof SessionEvent.RunUpdate r && r.run().event() == RunEvent.Phase.END) {
                             runEnded.complete(null);
                         }
                     }).open()) {
            CompletableFuture<CliRun.Result> tail = CompletableFuture.supplyAsync(() -> new CliRun(config)
                    .env("PAIRPAD_SERVER", server.url()).run("tail", room.id(), "--json", "--name", "tail-test"));
            tailJoined.get(20, TimeUnit.SECONDS);

            ada.insert(6, "print(x)");
            ada.settled().get(10, TimeUnit.SECONDS);
            ada.switchLanguage("javascript");
            ada.shareRun(new RunEvent("run-1", RunEvent.Phase.START, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            ada.shareRun(new RunEvent("run-1", RunEvent.Phase.OUTPUT, Optional.of(RunEvent.Stream.STDOUT),
                    Optional.of("1\n"), Optional.empty(), Optional.empty()));
            ada.shareRun(new RunEvent("run-1", RunEvent.Phase.END, Optional.empty(), Optional.empty(),
                    Optional.of(RunEvent.Status.OK), Optional.of(7L)));
            runEnded.get(10, TimeUnit.SECONDS);
            client.close(room.id(), room.interviewerKey());

            CliRun.Result result = tail.get(20, TimeUnit.SECONDS);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            List<Map<String, Object>> events;
            try (Jsonb jsonb = JsonbBuilder.create()) {
                events = result.out().lines().map(line -> (Map<String, Object>) jsonb.fromJson(line, Map.class)).toList();
            }
            assertThat(events).extracting(e -> e.get("type")).containsExactly("connected", "edit", "language", "run",
                    "run", "run", "closed", "ended");
            Map<String, Object> connected = events.get(0);
            assertThat(connected).containsEntry("room", room.id()).containsEntry("role", "observer")
                    .containsEntry("title", "Tailed");
            assertThat((List<Map<String, Object>>) connected.get("participants"))
                    .anySatisfy(p -> assertThat(p).containsEntry("name", "ada").containsEntry("role", "candidate"));
            assertThat(events.get(1)).containsEntry("name", "ada").containsEntry("text", "print(x)")
                    .containsEntry("line", java.math.BigDecimal.valueOf(2)).containsEntry("column", java.math.BigDecimal.ONE)
                    .containsEntry("inserted", java.math.BigDecimal.valueOf(8));
            assertThat(events.get(2)).containsEntry("language", "javascript").containsEntry("name", "ada");
            assertThat(events.subList(3, 6)).extracting(e -> e.get("event")).containsExactly("start", "output", "end");
            assertThat(events.get(4)).containsEntry("text", "1\n").containsEntry("stream", "stdout");
            assertThat(events.get(5)).containsEntry("status", "ok");
        }
    }

    @Test
    void tailOfAnUnknownRoomFailsWithTheServersReason() {
        CliRun.Result result = new CliRun(config).env("PAIRPAD_SERVER", server.url())
                .run("tail", "no-such-room", "--key", "k");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER_FAILURE);
        assertThat(result.err()).contains("not-found");
        assertThat(result.err().lines()).hasSize(1);
    }
}
