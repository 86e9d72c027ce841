package dev.pairpad.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RunEvent;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TestSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomProtocolTests {

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

    static TestSocket join(RoomCreated room, String key, String name) {
        return TestSocket.joined(server, room.id(), key, name);
    }

    static TextOperation insert(int at, String text, int length) {
        return TextOperation.builder().retain(at).insert(text).retain(length - at).build();
    }

    @Test
    void welcomeCarriesTheDocumentRoleRoomAndParticipantsWithColours() {
        RoomCreated room = http.createRoom("print(1)\n");
        try (TestSocket ada = join(room, room.interviewerKey(), "Ada");
             TestSocket bob = TestSocket.open(server, room.id())) {
            bob.send(ClientMessage.Hello.join(room.candidateKey(), "Bob"));
            ServerMessage.Welcome welcome = bob.expect(ServerMessage.Welcome.class);
            assertThat(welcome.protocol()).isEqualTo(1);
            assertThat(welcome.role()).isEqualTo(Role.CANDIDATE);
            assertThat(welcome.resumed()).isFalse();
            assertThat(welcome.rev()).isZero();
            assertThat(welcome.code()).contains("print(1)\n");
            assertThat(welcome.language()).isEqualTo("python");
            assertThat(welcome.room().id()).isEqualTo(room.id());
            assertThat(welcome.room().state()).isEqualTo(RoomState.OPEN);
            assertThat(welcome.notes()).isEmpty();
            assertThat(welcome.participants()).extracting(Participant::name).containsExactly("Ada", "Bob");
            assertThat(welcome.participants()).extracting(Participant::color).doesNotHaveDuplicates()
                    .allMatch(c -> c.matches("#[0-9a-f]{6}"));
            ServerMessage.Joined joined = ada.next(ServerMessage.Joined.class);
            assertThat(joined.participant().clientId()).isEqualTo(welcome.clientId());
            assertThat(joined.participant().role()).isEqualTo(Role.CANDIDATE);
            bob.close();
            assertThat(ada.next(ServerMessage.Left.class).clientId()).isEqualTo(welcome.clientId());
        }
    }

    @Test
    void helloForAMissingRoomIsNotFoundAndCloses() {
        try (TestSocket socket = TestSocket.open(server, "noSuchRoom42")) {
            socket.send(ClientMessage.Hello.join("k", "Ada"));
            assertThat(socket.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(socket.awaitClose()).isEqualTo(4000);
        }
    }

    @Test
    void aWrongKeyIsUnauthorizedAndCloses() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = TestSocket.open(server, room.id())) {
            socket.send(ClientMessage.Hello.join("not-the-key", "Eve"));
            assertThat(socket.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
            assertThat(socket.awaitClose()).isEqualTo(4000);
        }
    }

    @Test
    void anotherProtocolVersionIsRefusedAndCloses() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = TestSocket.open(server, room.id())) {
            socket.send(new ClientMessage.Hello(2, room.candidateKey(), "Ada", Optional.empty(), Optional.empty(),
                    Optional.empty(), false));
            ServerMessage.Error error = socket.expect(ServerMessage.Error.class);
            assertThat(error.code()).isEqualTo(ErrorCode.PROTOCOL);
            assertThat(error.message()).contains("version 2");
            assertThat(socket.awaitClose()).isEqualTo(4000);
        }
    }

    @Test
    void aFirstMessageOtherThanHelloIsAProtocolErrorAndCloses() {
        RoomCreated room = http.createRoom("");
        try (TestSocket socket = TestSocket.open(server, room.id())) {
            socket.send(new ClientMessage.Ping());
            assertThat(socket.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.PROTOCOL);
            assertThat(socket.awaitClose()).isEqualTo(4000);
        }
    }

    @Test
    void pingIsAnsweredByPong() {
        RoomCreated room = http.createRoom("");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Ping());
            ada.expect(ServerMessage.Pong.class);
        }
    }

    @Test
    void concurrentInsertsAtTheSamePlaceConvergeWithTheIncomingOpFirst() {
        RoomCreated room = http.createRoom("ab");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada");
             TestSocket bob = join(room, room.interviewerKey(), "Bob")) {
            ada.send(new ClientMessage.Op(0, 1, insert(1, "X", 2), DocumentKind.CODE));
            assertThat(ada.next(ServerMessage.Ack.class).rev()).isEqualTo(1);
            bob.send(new ClientMessage.Op(0, 1, insert(1, "Y", 2), DocumentKind.CODE)); // also based on 0
            assertThat(bob.next(ServerMessage.Ack.class).rev()).isEqualTo(2);
            ServerMessage.Op fromBob = ada.next(ServerMessage.Op.class);
            assertThat(fromBob.op().apply("aXb")).isEqualTo("aYXb");
            assertThat(http.view(room).code()).isEqualTo("aYXb");
        }
    }

    @Test
    void selectionsAreTransformedToTheCurrentRevisionBeforeBroadcast() {
        RoomCreated room = http.createRoom("hello");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada");
             TestSocket bob = join(room, room.interviewerKey(), "Bob")) {
            ada.next(ServerMessage.Joined.class);
            ada.send(new ClientMessage.Op(0, 1, insert(0, ">>", 5), DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
            bob.next(ServerMessage.Op.class);
            bob.send(new ClientMessage.Selection(0, List.of(new Range(1, 3)))); // made before seeing rev 1
            ServerMessage.Selection seen = ada.next(ServerMessage.Selection.class);
            assertThat(seen.rev()).isEqualTo(1);
            assertThat(seen.ranges()).containsExactly(new Range(3, 5));
            try (TestSocket cy = TestSocket.open(server, room.id())) {
                cy.send(ClientMessage.Hello.join(room.candidateKey(), "Cy"));
                ServerMessage.Welcome welcome = cy.expect(ServerMessage.Welcome.class);
                assertThat(welcome.participants()).filteredOn(p -> p.name().equals("Bob"))
                        .singleElement().extracting(Participant::selection).isEqualTo(Optional.of(List.of(new Range(3, 5))));
            }
            bob.send(new ClientMessage.Selection(1, List.of(new Range(9, 9))));
            assertThat(bob.next(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BAD_MESSAGE);
            bob.send(new ClientMessage.Selection(5, List.of(new Range(0, 0))));
            assertThat(bob.next(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.STALE_REVISION);
        }
    }

    @Test
    void aLanguageSwitchReachesEveryoneIncludingTheSender() {
        RoomCreated room = http.createRoom("");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada");
             TestSocket bob = join(room, room.interviewerKey(), "Bob")) {
            ada.send(new ClientMessage.Language("javascript"));
            assertThat(ada.next(ServerMessage.Language.class).language()).isEqualTo("javascript");
            ServerMessage.Language seen = bob.next(ServerMessage.Language.class);
            assertThat(seen.language()).isEqualTo("javascript");
            ada.send(new ClientMessage.Language("cobol"));
            assertThat(ada.next(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BAD_MESSAGE);
        }
        assertThat(http.view(room).language()).isEqualTo("javascript");
    }

    @Test
    void runEventsAreRelayedToOthersAndKeptAsRunRecords() {
        RoomCreated room = http.createRoom("");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada");
             TestSocket bob = join(room, room.interviewerKey(), "Bob")) {
            ada.send(new ClientMessage.Run(new RunEvent("r1", RunEvent.Phase.START, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty())));
            ada.send(new ClientMessage.Run(new RunEvent("r1", RunEvent.Phase.OUTPUT,
                    Optional.of(RunEvent.Stream.STDOUT), Optional.of("42\n"), Optional.empty(), Optional.empty())));
            ada.send(new ClientMessage.Run(new RunEvent("r1", RunEvent.Phase.END, Optional.empty(), Optional.empty(),
                    Optional.of(RunEvent.Status.OK), Optional.of(12L))));
            ServerMessage.Run start = bob.next(ServerMessage.Run.class);
            assertThat(start.run().event()).isEqualTo(RunEvent.Phase.START);
            assertThat(bob.next(ServerMessage.Run.class).run().text()).contains("42\n");
            ServerMessage.Run end = bob.next(ServerMessage.Run.class);
            assertThat(end.run().status()).contains(RunEvent.Status.OK);
            assertThat(end.clientId()).isEqualTo(start.clientId());
            ada.send(new ClientMessage.Ping());
            assertThat(ada.until(ServerMessage.Pong.class)).as("the sender gets no copy of its own run events")
                    .noneMatch(m -> m instanceof ServerMessage.Run);
        }
    }

    @Test
    void notesAreASecondDocumentOnlyInterviewersEverSee() {
        RoomCreated room = http.createRoom("code");
        try (TestSocket ivy = TestSocket.open(server, room.id());
             TestSocket cand = join(room, room.candidateKey(), "Cand")) {
            ivy.send(ClientMessage.Hello.join(room.interviewerKey(), "Ivy"));
            ServerMessage.Welcome welcome = ivy.expect(ServerMessage.Welcome.class);
            assertThat(welcome.notes()).hasValueSatisfying(n -> {
                assertThat(n.rev()).isZero();
                assertThat(n.text()).contains("");
            });
            try (TestSocket watcher = TestSocket.open(server, room.id())) {
                watcher.send(new ClientMessage.Hello(1, room.interviewerKey(), "W", Optional.empty(), Optional.empty(),
                        Optional.empty(), true));
                ServerMessage.Welcome observerWelcome = watcher.expect(ServerMessage.Welcome.class);
                assertThat(observerWelcome.role()).isEqualTo(Role.OBSERVER);
                assertThat(observerWelcome.notes()).isEmpty();
                ivy.send(new ClientMessage.Op(0, 1, TextOperation.builder().insert("weak on tests").build(),
                        DocumentKind.NOTES));
                ServerMessage.Ack ack = ivy.next(ServerMessage.Ack.class);
                assertThat(ack.doc()).isEqualTo(DocumentKind.NOTES);
                assertThat(ack.rev()).isEqualTo(1);
                ivy.send(new ClientMessage.Op(0, 2, TextOperation.builder().insert("!").retain(4).build(),
                        DocumentKind.CODE));
                assertThat(ivy.next(ServerMessage.Ack.class).doc()).isEqualTo(DocumentKind.CODE);
                // the candidate and the observer get the code op and nothing about notes
                for (TestSocket other : List.of(cand, watcher)) {
                    ServerMessage next = other.next();
                    while (next instanceof ServerMessage.Joined) {
                        next = other.next();
                    }
                    assertThat(next).isInstanceOf(ServerMessage.Op.class);
                    assertThat(((ServerMessage.Op) next).doc()).isEqualTo(DocumentKind.CODE);
                }
                cand.send(new ClientMessage.Op(1, 1, TextOperation.builder().insert("x").build(), DocumentKind.NOTES));
                ServerMessage.Error refused = cand.next(ServerMessage.Error.class);
                assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
                assertThat(refused.seq()).contains(1L);
            }
        }
    }

    @Test
    void observersMayOnlyPing() {
        RoomCreated room = http.createRoom("abc");
        try (TestSocket watcher = TestSocket.open(server, room.id())) {
            watcher.send(new ClientMessage.Hello(1, room.candidateKey(), "W", Optional.empty(), Optional.empty(),
                    Optional.empty(), true));
            assertThat(watcher.expect(ServerMessage.Welcome.class).role()).isEqualTo(Role.OBSERVER);
            watcher.send(new ClientMessage.Op(0, 1, insert(0, "x", 3), DocumentKind.CODE));
            assertThat(watcher.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN);
            watcher.send(new ClientMessage.Language("javascript"));
            assertThat(watcher.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN);
            watcher.send(new ClientMessage.Run(new RunEvent("r", RunEvent.Phase.START, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
            assertThat(watcher.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN);
            watcher.send(new ClientMessage.Ping());
            watcher.expect(ServerMessage.Pong.class);
        }
        assertThat(code(room)).isEqualTo("abc");
    }

    @Test
    void aClosedRoomRefusesEditsLanguageAndRunsButStillAnswersPing() {
        RoomCreated room = http.createRoom("abc");
        try (TestSocket ada = join(room, room.interviewerKey(), "Ada")) {
            assertThat(http.post("/api/rooms/" + room.id() + "/close", "", Optional.of(room.interviewerKey()))
                    .statusCode()).isEqualTo(204);
            ada.expect(ServerMessage.Closed.class);
            ada.send(new ClientMessage.Op(0, 1, insert(0, "x", 3), DocumentKind.CODE));
            assertThat(ada.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.ROOM_CLOSED);
            ada.send(new ClientMessage.Language("javascript"));
            assertThat(ada.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.ROOM_CLOSED);
            ada.send(new ClientMessage.Run(new RunEvent("r", RunEvent.Phase.START, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
            assertThat(ada.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.ROOM_CLOSED);
            ada.send(new ClientMessage.Ping());
            ada.expect(ServerMessage.Pong.class);
        }
        try (TestSocket late = TestSocket.open(server, room.id())) {
            late.send(ClientMessage.Hello.join(room.candidateKey(), "Late"));
            assertThat(late.expect(ServerMessage.Welcome.class).room().state()).isEqualTo(RoomState.CLOSED);
        }
        assertThat(code(room)).isEqualTo("abc");
    }

    @Test
    void badOpsAreRefusedWithTheirSeqAndChangeNothing() {
        RoomCreated room = http.createRoom("abc");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Op(0, 1, TextOperation.builder().retain(5).insert("x").build(), DocumentKind.CODE));
            ServerMessage.Error wrongLength = ada.expect(ServerMessage.Error.class);
            assertThat(wrongLength.code()).isEqualTo(ErrorCode.BAD_OP);
            assertThat(wrongLength.seq()).contains(1L);
            ada.send(new ClientMessage.Op(7, 2, insert(0, "x", 3), DocumentKind.CODE));
            ServerMessage.Error stale = ada.expect(ServerMessage.Error.class);
            assertThat(stale.code()).isEqualTo(ErrorCode.STALE_REVISION);
            assertThat(stale.seq()).contains(2L);
        }
        assertThat(code(room)).isEqualTo("abc");
    }

    @Test
    void anOpSplittingASurrogatePairIsABadOp() {
        RoomCreated room = http.createRoom("a😀b");
        try (TestSocket ada = join(room, room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Op(0, 1, insert(2, "x", 4), DocumentKind.CODE));
            assertThat(ada.expect(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BAD_OP);
        }
        assertThat(code(room)).isEqualTo("a😀b");
    }

    static String code(RoomCreated room) {
        return http.view(room).code();
    }
}
