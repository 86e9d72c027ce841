package dev.pairpad.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomView;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PairpadClientTests {
    private static ClientTestServer server;
    private static PairpadClient client;

    @BeforeAll
    static void start() {
        server = ClientTestServer.start();
        client = PairpadClient.of(URI.create(server.url() + "/"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RoomCreated create(String title, String starter) {
        return client.createRoom(new CreateRoomRequest(Optional.of(title), Optional.of("python"), Optional.of(starter)));
    }

    @Test
    void everyRestCallRoundTrips() throws Exception {
        RoomCreated room = create("Round trip", "print(1)\n");
        assertThat(room.title()).isEqualTo("Round trip");
        assertThat(room.state()).isEqualTo(RoomState.OPEN);
        assertThat(room.candidateUrl()).startsWith(server.url() + "/r/" + room.id() + "#k=" + room.candidateKey());
        assertThat(room.interviewerKey()).isNotEqualTo(room.candidateKey());

        RoomView view = client.room(room.id(), room.interviewerKey());
        assertThat(view.code()).isEqualTo("print(1)\n");
        assertThat(view.language()).isEqualTo("python");

        try (RoomSession session = client.session(room.id(), room.candidateKey()).name("ada").open()) {
            session.insert(0, "# hi\n");
            session.settled().get(10, TimeUnit.SECONDS);
        }
        History history = client.history(room.id(), room.interviewerKey(), 0);
        assertThat(history.ops()).hasSize(1);
        assertThat(history.ops().get(0).name()).isEqualTo("ada");
        assertThat(history.ops().get(0).op().apply("print(1)\n")).isEqualTo("# hi\nprint(1)\n");
        assertThat(client.history(room.id(), room.interviewerKey(), history.rev()).ops()).isEmpty();

        assertThat(client.rooms()).anySatisfy(summary -> assertThat(summary.id()).isEqualTo(room.id()));
        assertThat(client.languages()).extracting(l -> l.id()).contains("python", "javascript");
        client.health();

        client.close(room.id(), room.interviewerKey());
        assertThat(client.room(room.id(), room.interviewerKey()).state()).isEqualTo(RoomState.CLOSED);
        client.delete(room.id(), room.interviewerKey());
        assertThatThrownBy(() -> client.room(room.id(), room.interviewerKey()))
                .isInstanceOfSatisfying(PairpadApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void errorsCarryTheStatusAndTheServersDetail() {
        RoomCreated room = create("Errors", "");
        assertThatThrownBy(() -> client.room("no-such-room", room.interviewerKey()))
                .isInstanceOfSatisfying(PairpadApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).startsWith("show room no-such-room failed: 404");
                });
        assertThatThrownBy(() -> client.room(room.id(), "wrong-key"))
                .isInstanceOfSatisfying(PairpadApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> client.close(room.id(), room.candidateKey()))
                .isInstanceOfSatisfying(PairpadApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> client.createRoom(new CreateRoomRequest(Optional.empty(), Optional.of("cobol"),
                Optional.empty()))).isInstanceOfSatisfying(PairpadApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isNotBlank();
                });
    }

    @Test
    void aServerThatIsDownIsUnreachableNotAnApiError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PairpadClient down = PairpadClient.builder(URI.create("http://127.0.0.1:" + port)).timeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(down::languages).isInstanceOfSatisfying(PairpadUnreachableException.class,
                e -> assertThat(e.getMessage()).contains("connection refused"));
        assertThatThrownBy(() -> down.session("abc", "key").open()).isInstanceOf(PairpadUnreachableException.class);
    }

    @Test
    void joiningAnUnknownRoomEndsWithNotFound() {
        assertThatThrownBy(() -> client.session("no-such-room", "key").open())
                .isInstanceOfSatisfying(PairpadSessionException.class,
                        e -> assertThat(e.code()).hasValueSatisfying(code -> assertThat(code.wire()).isEqualTo("not-found")));
    }
}
