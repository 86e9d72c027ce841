package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomView;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.room.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurabilityTests {

    static char letter(int i) {
        return (char) ('a' + i % 26);
    }

    static RoomView view(String base, RoomCreated room) {
        return RestCodec.decodeRoomView(new TestHttp(base).get("/api/rooms/" + room.id(),
                Optional.of(room.interviewerKey())).body());
    }

    @ParameterizedTest(name = "journal sync {0}")
    @ValueSource(strings = {"full", "normal"})
    void aServerKilledWithSigkillMidTypingLosesNoAcknowledgedOp(String journalSync, @TempDir Path data)
            throws Exception {
        RoomCreated room;
        int acknowledged = 0;
        try (ServerProcess first = ServerProcess.start(data, "--journal-sync", journalSync)) {
            room = new TestHttp(first.url()).createRoom("");
            try (TestSocket typist = TestSocket.open(first.url(), room.id())) {
                typist.send(ClientMessage.Hello.join(room.candidateKey(), "Typist"));
                typist.expect(ServerMessage.Welcome.class);
                int sent = 350;
                for (int i = 0; i < sent; i++) {
                    typist.send(new ClientMessage.Op(i, i + 1, TextOperation.builder().retain(i)
                            .insert(String.valueOf(letter(i))).build(), DocumentKind.CODE));
                    if (i == 200) {
                        while (acknowledged < 100) {
                            if (typist.next() instanceof ServerMessage.Ack) {
                                acknowledged++;
                            }
                        }
                        first.kill();
                        break;
                    }
                }
                for (Optional<ServerMessage> m = typist.poll(); m.isPresent(); m = typist.poll()) {
                    if (m.get() instanceof ServerMessage.Ack ack) {
                        acknowledged++;
                        assertThat(ack.rev()).isEqualTo(acknowledged);
                    }
                }
            }
        }
        assertThat(acknowledged).isGreaterThanOrEqualTo(100);
        try (ServerProcess second = ServerProcess.start(data, "--journal-sync", journalSync)) {
            RoomView restored = view(second.url(), room);
            assertThat(restored.rev()).isGreaterThanOrEqualTo(acknowledged);
            assertThat(restored.code()).hasSize(restored.rev());
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < restored.rev(); i++) {
                expected.append(letter(i));
            }
            assertThat(restored.code()).isEqualTo(expected.toString());
        }
    }

    @Test
    void aRestartRestoresEveryRoomItsHistoryNotesStateAndLetsClientsResume(@TempDir Path data) {
        PairpadServer first = PairpadServer.builder().port(0).dataDirectory(data).limits(snapshotEvery(3)).build().start();
        RoomCreated open;
        RoomCreated closed;
        String clientId;
        try {
            TestHttp http = new TestHttp(first);
            open = http.createRoom("start\n");
            closed = http.createRoom("done");
            try (TestSocket ivy = TestSocket.open(first, open.id())) {
                ivy.send(ClientMessage.Hello.join(open.interviewerKey(), "Ivy"));
                clientId = ivy.expect(ServerMessage.Welcome.class).clientId();
                for (int i = 0; i < 7; i++) {
                    ivy.send(new ClientMessage.Op(i, i + 1, TextOperation.builder().retain(6 + i).insert("x").build(),
                            DocumentKind.CODE));
                    ivy.next(ServerMessage.Ack.class);
                }
                ivy.send(new ClientMessage.Op(0, 8, TextOperation.builder().insert("note").build(), DocumentKind.NOTES));
                ivy.next(ServerMessage.Ack.class);
                ivy.send(new ClientMessage.Language("javascript"));
                ivy.next(ServerMessage.Language.class);
            }
            assertThat(http.post("/api/rooms/" + closed.id() + "/close", "", Optional.of(closed.interviewerKey()))
                    .statusCode()).isEqualTo(204);
        } finally {
            first.stop();
        }
        PairpadServer second = PairpadServer.builder().port(0).dataDirectory(data).limits(snapshotEvery(3)).build()
                .start();
        try {
            RoomView view = view(second.url(), open);
            assertThat(view.code()).isEqualTo("start\nxxxxxxx");
            assertThat(view.rev()).isEqualTo(7);
            assertThat(view.language()).isEqualTo("javascript");
            assertThat(view(second.url(), closed).state()).isEqualTo(RoomState.CLOSED);
            History history = RestCodec.decodeHistory(new TestHttp(second).get("/api/rooms/" + open.id()
                    + "/history", Optional.of(open.interviewerKey())).body());
            assertThat(history.ops()).hasSize(7);
            try (TestSocket ivy = TestSocket.open(second, open.id())) {
                ivy.send(new ClientMessage.Hello(Protocol.VERSION, open.interviewerKey(), "Ivy", Optional.of(clientId),
                        Optional.of(5), Optional.of(0), false));
                assertThat(ivy.expect(ServerMessage.Welcome.class).resumed()).isTrue();
                assertThat(ivy.expect(ServerMessage.Ack.class).rev()).isEqualTo(6);
                assertThat(ivy.expect(ServerMessage.Ack.class).rev()).isEqualTo(7);
                ServerMessage.Ack notes = ivy.expect(ServerMessage.Ack.class);
                assertThat(notes.doc()).isEqualTo(DocumentKind.NOTES);
                assertThat(ivy.expect(ServerMessage.Synced.class).notesRev()).contains(1);
                // a resent op from before the restart is still recognised
                ivy.send(new ClientMessage.Op(0, 1, TextOperation.builder().retain(6).insert("x").build(),
                        DocumentKind.CODE));
                ivy.send(new ClientMessage.Ping());
                ivy.until(ServerMessage.Pong.class);
            }
            assertThat(view(second.url(), open).code()).isEqualTo("start\nxxxxxxx");
        } finally {
            second.stop();
        }
    }

    @Test
    void anIdleRoomIsUnloadedAndReloadedOnDemand(@TempDir Path data) {
        Limits limits = new Limits(1 << 20, 1 << 20, 200, 400, 60, 32, 65536, Duration.ZERO, Duration.ofDays(1), 500,
                8192, Duration.ofSeconds(5));
        PairpadServer server = PairpadServer.builder().port(0).dataDirectory(data).limits(limits).build().start();
        try {
            RoomCreated room = new TestHttp(server).createRoom("abc");
            try (TestSocket ada = TestSocket.joined(server, room.id(), room.candidateKey(), "Ada")) {
                ada.send(new ClientMessage.Op(0, 1, TextOperation.builder().retain(3).insert("d").build(),
                        DocumentKind.CODE));
                ada.next(ServerMessage.Ack.class);
                assertThat(server.rooms().isLoaded(room.id())).isTrue();
            }
            long deadline = System.nanoTime() + TestSocket.TIMEOUT.toNanos();
            while (server.rooms().isLoaded(room.id()) && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            assertThat(server.rooms().isLoaded(room.id())).as("unloaded after everyone left").isFalse();
            assertThat(view(server.url(), room).code()).isEqualTo("abcd");
            assertThat(server.rooms().isLoaded(room.id())).isTrue();
        } finally {
            server.stop();
        }
    }

    static Limits snapshotEvery(int ops) {
        Limits d = Limits.defaults();
        return new Limits(d.maxDocumentBytes(), d.maxMessageBytes(), d.opsPerSecond(), d.opsBurst(), d.roomsPerMinute(),
                d.maxParticipants(), d.maxRunOutputBytes(), d.idleUnload(), d.roomTtl(), ops,
                d.outboundQueueMessages(), d.slowConsumerGrace());
    }
}
