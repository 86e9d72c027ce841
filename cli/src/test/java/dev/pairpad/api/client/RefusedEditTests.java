package dev.pairpad.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edits the server will not take: too large (reload without them) and in a closed room (refused locally). */
class RefusedEditTests {
    private static ClientTestServer server;
    private static PairpadClient client;

    @BeforeAll
    static void start() {
        server = ClientTestServer.start(64);
        client = PairpadClient.of(URI.create(server.url()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anEditTheServerRefusesIsDroppedAndTheReplicaReloadedFromTheServer() throws Exception {
        RoomCreated room = client.createRoom(new CreateRoomRequest(Optional.empty(), Optional.empty(), Optional.of("ok\n")));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<SessionEvent.Reloaded> reloaded = new CompletableFuture<>();
        try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").listener(event -> {
            events.add(event);
            if (event instanceof SessionEvent.Reloaded r) {
                reloaded.complete(r);
            }
        }).open()) {
            ada.insert(3, "x".repeat(100));
            assertThat(reloaded.get(10, TimeUnit.SECONDS).revision()).isZero();
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(SessionEvent.ServerError.class,
                    error -> assertThat(error.code().wire()).isEqualTo("too-large")));
            ada.reached(0).get(10, TimeUnit.SECONDS);
            assertThat(ada.text()).isEqualTo("ok\n");

            ada.insert(0, "# ");
            ada.settled().get(10, TimeUnit.SECONDS);
            assertThat(client.room(room.id(), room.interviewerKey()).code()).isEqualTo("# ok\n");
        }
    }

    @Test
    void editsInAClosedRoomAreRefusedBeforeTheyAreSent() throws Exception {
        RoomCreated room = client.createRoom(new CreateRoomRequest(Optional.empty(), Optional.empty(), Optional.of("")));
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").listener(event -> {
            if (event instanceof SessionEvent.RoomClosed) {
                closed.complete(null);
            }
        }).open()) {
            client.close(room.id(), room.interviewerKey());
            closed.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> ada.insert(0, "late")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
            assertThat(ada.text()).isEmpty();
        }
    }
}
