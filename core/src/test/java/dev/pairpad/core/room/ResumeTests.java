package dev.pairpad.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TestSocket;
import dev.pairpad.core.TypingClient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResumeTests {

    static PairpadServer server;
    static TestHttp http;

    @BeforeAll
    static void start() {
        server = PairpadServer.builder().port(0).inMemoryStore().build().start();
        http = new TestHttp(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static ClientMessage.Hello resume(String key, String clientId, int rev, Optional<Integer> notesRev) {
        return new ClientMessage.Hello(Protocol.VERSION, key, "Ada", Optional.of(clientId), Optional.of(rev), notesRev,
                false);
    }

    /** What a connection left behind when its network was lost: its client id and the ack of its one op. */
    record Lost(String clientId, ServerMessage.Ack ack) {
    }

    /** Joins afresh, inserts {@code text} into the empty {@code doc}, reads the ack, then loses the connection. */
    static Lost insertThenLoseTheConnection(RoomCreated room, String key, String name, DocumentKind doc, String text) {
        try (TestSocket socket = TestSocket.open(server, room.id())) {
            socket.send(ClientMessage.Hello.join(key, name));
            String clientId = socket.expect(ServerMessage.Welcome.class).clientId();
            socket.send(new ClientMessage.Op(0, 1, TextOperation.builder().insert(text).build(), doc));
            ServerMessage.Ack ack = socket.expect(ServerMessage.Ack.class);
            socket.abort();
            return new Lost(clientId, ack);
        }
    }

    static String code(RoomCreated room) {
        return http.view(room).code();
    }

    @Test
    void resentOpIsAcknowledgedButNotAppliedTwice() {
        RoomCreated room = http.createRoom("");
        Lost first = insertThenLoseTheConnection(room, room.candidateKey(), "Ada", DocumentKind.CODE, "x");
        assertThat(first.ack().rev()).isEqualTo(1);
        String clientId = first.clientId();
        try (TestSocket second = TestSocket.open(server, room.id())) {
            second.send(resume(room.candidateKey(), clientId, 1, Optional.empty()));
            assertThat(second.expect(ServerMessage.Welcome.class).resumed()).isTrue();
            second.expect(ServerMessage.Synced.class);
            second.send(new ClientMessage.Op(0, 1, TextOperation.builder().insert("x").build(), DocumentKind.CODE));
            ServerMessage.Ack again = second.expect(ServerMessage.Ack.class);
            assertThat(again.rev()).isEqualTo(1);
            assertThat(again.seq()).isEqualTo(1);
        }
        assertThat(code(room)).isEqualTo("x");
    }

    @Test
    void anOpWhoseAckWasLostIsAcknowledgedOnceByTheReplayAndNotAppliedAgainWhenResent() {
        RoomCreated room = http.createRoom("");
        // as if the ack had been lost with the connection
        String clientId = insertThenLoseTheConnection(room, room.candidateKey(), "Ada", DocumentKind.CODE, "x")
                .clientId();
        try (TestSocket second = TestSocket.open(server, room.id())) {
            second.send(resume(room.candidateKey(), clientId, 0, Optional.empty()));
            ServerMessage.Welcome welcome = second.expect(ServerMessage.Welcome.class);
            assertThat(welcome.clientId()).isEqualTo(clientId);
            assertThat(welcome.rev()).isZero();
            ServerMessage.Ack replayed = second.expect(ServerMessage.Ack.class);
            assertThat(replayed.seq()).isEqualTo(1);
            assertThat(replayed.rev()).isEqualTo(1);
            assertThat(second.expect(ServerMessage.Synced.class).rev()).isEqualTo(1);
            second.send(new ClientMessage.Op(0, 1, TextOperation.builder().insert("x").build(), DocumentKind.CODE));
            second.send(new ClientMessage.Ping());
            assertThat(second.until(ServerMessage.Pong.class)).as("one ack per op per connection").isEmpty();
        }
        assertThat(code(room)).isEqualTo("x");
    }

    @Test
    void resumeReplaysOthersOpsAsOpsAndOwnOpsAsAcksThenSynced() {
        RoomCreated room = http.createRoom("");
        try (TestSocket bob = TestSocket.joined(server, room.id(), room.interviewerKey(), "Bob")) {
            String adaId = insertThenLoseTheConnection(room, room.candidateKey(), "Ada", DocumentKind.CODE, "a")
                    .clientId();
            String firstColor = bob.next(ServerMessage.Joined.class).participant().color();
            bob.next(ServerMessage.Left.class);
            bob.send(new ClientMessage.Op(1, 1, TextOperation.builder().retain(1).insert("b").build(),
                    DocumentKind.CODE));
            bob.next(ServerMessage.Ack.class);
            try (TestSocket ada = TestSocket.open(server, room.id())) {
                ada.send(resume(room.candidateKey(), adaId, 0, Optional.empty()));
                ada.expect(ServerMessage.Welcome.class);
                assertThat(ada.expect(ServerMessage.Ack.class).rev()).isEqualTo(1);
                ServerMessage.Op fromBob = ada.expect(ServerMessage.Op.class);
                assertThat(fromBob.rev()).isEqualTo(2);
                ServerMessage.Synced synced = ada.expect(ServerMessage.Synced.class);
                assertThat(synced.rev()).isEqualTo(2);
                assertThat(synced.notesRev()).isEmpty();
                ServerMessage.Joined back = bob.next(ServerMessage.Joined.class);
                assertThat(back.participant().clientId()).isEqualTo(adaId);
                assertThat(back.participant().color()).as("a participant keeps its colour").isEqualTo(firstColor);
            }
        }
    }

    @Test
    void aSecondConnectionWithTheSameClientIdReplacesTheFirstWith4001AndNoPresenceChange() {
        RoomCreated room = http.createRoom("");
        try (TestSocket bob = TestSocket.open(server, room.id()); TestSocket first = TestSocket.open(server, room.id())) {
            bob.send(ClientMessage.Hello.join(room.interviewerKey(), "Bob"));
            bob.expect(ServerMessage.Welcome.class);
            first.send(ClientMessage.Hello.join(room.candidateKey(), "Ada"));
            String adaId = first.expect(ServerMessage.Welcome.class).clientId();
            bob.expect(ServerMessage.Joined.class);
            try (TestSocket second = TestSocket.open(server, room.id())) {
                second.send(resume(room.candidateKey(), adaId, 0, Optional.empty()));
                assertThat(first.awaitClose()).isEqualTo(4001);
                second.expect(ServerMessage.Welcome.class);
                second.expect(ServerMessage.Synced.class);
                bob.send(new ClientMessage.Ping());
                List<ServerMessage> meanwhile = bob.until(ServerMessage.Pong.class);
                assertThat(meanwhile).noneMatch(m -> m instanceof ServerMessage.Left || m instanceof ServerMessage.Joined);
            }
        }
    }

    @Test
    void resumingFromARevisionAheadOfTheServerIsStale() {
        RoomCreated room = http.createRoom("");
        try (TestSocket ada = TestSocket.open(server, room.id())) {
            ada.send(resume(room.candidateKey(), "someOldClient1", 5, Optional.empty()));
            assertThat(ada.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.STALE_REVISION);
        }
    }

    @Test
    void helloWithOnlyClientIdOrOnlyRevIsAFreshJoin() {
        RoomCreated room = http.createRoom("abc");
        try (TestSocket ada = TestSocket.open(server, room.id())) {
            ada.send(new ClientMessage.Hello(Protocol.VERSION, room.candidateKey(), "Ada", Optional.of("oldId12345"),
                    Optional.empty(), Optional.empty(), false));
            ServerMessage.Welcome welcome = ada.expect(ServerMessage.Welcome.class);
            assertThat(welcome.resumed()).isFalse();
            assertThat(welcome.clientId()).isNotEqualTo("oldId12345");
            assertThat(welcome.code()).contains("abc");
        }
    }

    @Test
    void anInterviewerResumesNotesWithNotesRevOrGetsThemAfreshWithout() {
        RoomCreated room = http.createRoom("");
        String ivyId = insertThenLoseTheConnection(room, room.interviewerKey(), "Ivy", DocumentKind.NOTES, "n1")
                .clientId();
        try (TestSocket ivy = TestSocket.open(server, room.id())) {
            ivy.send(resume(room.interviewerKey(), ivyId, 0, Optional.of(0)));
            ServerMessage.Welcome welcome = ivy.expect(ServerMessage.Welcome.class);
            assertThat(welcome.notes()).hasValueSatisfying(n -> assertThat(n.text()).isEmpty());
            ServerMessage.Ack notesAck = ivy.expect(ServerMessage.Ack.class);
            assertThat(notesAck.doc()).isEqualTo(DocumentKind.NOTES);
            assertThat(ivy.expect(ServerMessage.Synced.class).notesRev()).contains(1);
            ivy.abort();
        }
        try (TestSocket ivy = TestSocket.open(server, room.id())) {
            ivy.send(resume(room.interviewerKey(), ivyId, 0, Optional.empty()));
            ServerMessage.Welcome welcome = ivy.expect(ServerMessage.Welcome.class);
            assertThat(welcome.notes()).hasValueSatisfying(n -> {
                assertThat(n.rev()).isEqualTo(1);
                assertThat(n.text()).contains("n1");
            });
            assertThat(ivy.expect(ServerMessage.Synced.class).notesRev()).contains(1);
        }
    }

    @Test
    void aClientThatKeepsTypingWhileDisconnectedResumesWithoutLosingOrDoublingAnything() {
        RoomCreated room = http.createRoom("");
        try (TypingClient ada = new TypingClient(server.url(), room.id(), room.candidateKey(), "Ada", 7).join();
             TypingClient bob = new TypingClient(server.url(), room.id(), room.interviewerKey(), "Bob", 8).join()) {
            for (int i = 0; i < 30; i++) {
                ada.type('a');
                bob.type('b');
                ada.pump();
                bob.pump();
            }
            ada.disconnect();
            for (int i = 0; i < 40; i++) {
                ada.type('A'); // offline: buffered, and an op "sent" now is lost by the transport
                bob.type('b');
                bob.pump();
            }
            ada.resume();
            for (int i = 0; i < 10; i++) {
                ada.type('a');
                ada.pump();
            }
            ada.awaitSynchronizedAt(0);
            bob.awaitSynchronizedAt(0);
            int total = http.view(room).rev();
            ada.awaitSynchronizedAt(total);
            bob.awaitSynchronizedAt(total);
            String code = code(room);
            assertThat(ada.document()).isEqualTo(code);
            assertThat(bob.document()).isEqualTo(code);
            assertThat(code.chars().filter(c -> c == 'a').count()).isEqualTo(40);
            assertThat(code.chars().filter(c -> c == 'A').count()).isEqualTo(40);
            assertThat(code.chars().filter(c -> c == 'b').count()).isEqualTo(70);
        }
    }
}
