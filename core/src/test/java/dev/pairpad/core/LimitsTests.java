package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.Problem;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RunEvent;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.store.RunRecord;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LimitsTests {

    static PairpadServer server;
    static TestHttp http;

    @BeforeAll
    static void start() {
        Limits limits = new Limits(50, 1000, 5, 5, 1000, 2, 10, Duration.ofMinutes(5), Duration.ofDays(1), 500,
                8192, Duration.ofSeconds(5));
        server = PairpadServer.builder().port(0).inMemoryStore().limits(limits).build().start();
        http = new TestHttp(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static TestSocket join(RoomCreated room, String key) {
        return TestSocket.joined(server, room.id(), key, "Lim");
    }

    static String code(RoomCreated room) {
        return http.view(room).code();
    }

    @Test
    void aMessageOverTheSizeLimitIsTooLargeAndTheConnectionStaysOpen() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = join(room, room.candidateKey())) {
            socket.sendRaw("{\"type\":\"language\",\"language\":\"" + "x".repeat(1500) + "\"}");
            assertThat(socket.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.TOO_LARGE);
            socket.send(new ClientMessage.Ping());
            socket.expect(ServerMessage.Pong.class);
        }
    }

    @Test
    void anOpThatWouldGrowTheDocumentOverTheLimitIsTooLarge() {
        RoomCreated room = http.createRoom("0123456789");
        try (TestSocket socket = join(room, room.candidateKey())) {
            socket.send(new ClientMessage.Op(0, 1, TextOperation.builder().retain(10).insert("y".repeat(41)).build(),
                    DocumentKind.CODE));
            ServerMessage.Error error = socket.expect(ServerMessage.Error.class);
            assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
            assertThat(error.seq()).contains(1L);
            socket.send(new ClientMessage.Op(0, 2, TextOperation.builder().retain(10).insert("y".repeat(40)).build(),
                    DocumentKind.CODE));
            assertThat(socket.expect(ServerMessage.Ack.class).seq()).isEqualTo(2);
        }
        assertThat(code(room)).hasSize(50);
    }

    @Test
    void starterCodeOverTheDocumentLimitAndBodiesOverTheMessageLimitAre413() {
        Problem starter = RestCodec.decodeProblem(http.post("/api/rooms", "{\"starterCode\":\"" + "s".repeat(51) + "\"}",
                Optional.empty()).body());
        assertThat(starter.status()).isEqualTo(413);
        assertThat(starter.detail()).contains("starterCode");
        HttpResponse<String> body = http.post("/api/rooms", "{\"title\":\"" + "t".repeat(2000) + "\"}", Optional.empty());
        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(body.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void opsBeyondTheRateLimitAreRateLimitedAndNotApplied() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = join(room, room.candidateKey())) {
            int sent = 12;
            for (int i = 0; i < sent; i++) {
                socket.send(new ClientMessage.Op(0, i + 1, TextOperation.builder().insert("z").build(),
                        DocumentKind.CODE));
            }
            int acks = 0;
            int limited = 0;
            for (int i = 0; i < sent; i++) {
                ServerMessage message = socket.next();
                if (message instanceof ServerMessage.Ack) {
                    acks++;
                } else if (message instanceof ServerMessage.Error error) {
                    assertThat(error.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(error.seq()).isPresent();
                    limited++;
                }
            }
            assertThat(limited).isPositive();
            assertThat(code(room)).hasSize(acks);
            socket.send(new ClientMessage.Ping());
            socket.next(ServerMessage.Pong.class);
        }
    }

    @Test
    void aRoomAcceptsNoMoreThanTheParticipantLimit() {
        RoomCreated room = http.createRoom("");
        try (TestSocket one = join(room, room.candidateKey()); TestSocket two = join(room, room.interviewerKey());
             TestSocket three = TestSocket.open(server, room.id())) {
            three.send(ClientMessage.Hello.join(room.candidateKey(), "Third"));
            ServerMessage.Error error = three.expect(ServerMessage.Error.class);
            assertThat(error.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(error.message()).contains("full");
        }
    }

    @Test
    void runOutputIsKeptTruncatedToTheLimitInTheRunRecord() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = join(room, room.candidateKey())) {
            socket.send(new ClientMessage.Run(new RunEvent("r9", RunEvent.Phase.START, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
            socket.send(new ClientMessage.Run(new RunEvent("r9", RunEvent.Phase.OUTPUT,
                    Optional.of(RunEvent.Stream.STDOUT), Optional.of("0123456789ABCDEF"), Optional.empty(),
                    Optional.empty())));
            socket.send(new ClientMessage.Run(new RunEvent("r9", RunEvent.Phase.END, Optional.empty(),
                    Optional.empty(), Optional.of(RunEvent.Status.ERROR), Optional.of(33L))));
            socket.send(new ClientMessage.Ping());
            socket.next(ServerMessage.Pong.class);
        }
        List<RunRecord> runs = awaitRuns(room.id());
        RunRecord run = runs.getFirst();
        assertThat(run.runId()).isEqualTo("r9");
        assertThat(run.name()).isEqualTo("Lim");
        assertThat(run.output()).isEqualTo("0123456789");
        assertThat(run.truncated()).isTrue();
        assertThat(run.status()).contains("error");
        assertThat(run.ms()).contains(33L);
    }

    /** Run records are written by the journal writer after the messages were handled; wait for that. */
    static List<RunRecord> awaitRuns(String roomId) {
        long deadline = System.nanoTime() + TestSocket.TIMEOUT.toNanos();
        List<RunRecord> runs = server.store().runs(roomId);
        while (runs.isEmpty() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            runs = server.store().runs(roomId);
        }
        assertThat(runs).hasSize(1);
        return runs;
    }
}
