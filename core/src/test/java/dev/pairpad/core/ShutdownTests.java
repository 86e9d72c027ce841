package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ShutdownTests {

    @Test
    void stoppingTheServerClosesSocketsWithGoingAway() {
        PairpadServer server = PairpadServer.builder().port(0).inMemoryStore().build().start();
        RoomCreated room = new TestHttp(server).createRoom("");
        try (TestSocket ada = TestSocket.open(server, room.id())) {
            ada.send(ClientMessage.Hello.join(room.candidateKey(), "Ada"));
            ada.expect(ServerMessage.Welcome.class);
            server.stop();
            assertThat(ada.awaitClose()).isEqualTo(1001);
        }
    }

    @Test
    void aRoomPastItsLifetimeIsDeleted() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        InstantSource clock = now::get;
        PairpadServer server = PairpadServer.builder().port(0).inMemoryStore().clock(clock).build().start();
        try {
            TestHttp http = new TestHttp(server);
            RoomCreated room = http.createRoom("x");
            assertThat(room.expiresAt()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
            assertThat(http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).statusCode())
                    .isEqualTo(200);
            now.set(now.get().plus(Duration.ofDays(31)));
            assertThat(http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).statusCode())
                    .isEqualTo(404);
        } finally {
            server.stop();
        }
    }
}
