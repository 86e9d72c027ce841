package dev.pairpad.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomView;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomSessionTests {
    private static ClientTestServer server;
    private static PairpadClient client;

    @BeforeAll
    static void start() {
        server = ClientTestServer.start();
        client = PairpadClient.of(URI.create(server.url()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RoomCreated room(String starter) {
        return client.createRoom(new CreateRoomRequest(Optional.of("session"), Optional.empty(), Optional.of(starter)));
    }

    /** Waits until both replicas have applied the server's latest revision, then returns the server's view. */
    private static RoomView converged(RoomCreated room, RoomSession... sessions) throws Exception {
        for (RoomSession session : sessions) {
            session.settled().get(20, TimeUnit.SECONDS);
        }
        RoomView view = client.room(room.id(), room.interviewerKey());
        for (RoomSession session : sessions) {
            session.reached(view.rev()).get(20, TimeUnit.SECONDS);
        }
        return view;
    }

    @Test
    void twoClientsTypingAtRandomPlacesAtOnceEndWithTheServersDocument() throws Exception {
        RoomCreated room = room("hello world\n");
        try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").open();
             RoomSession bob = client.session(room.id(), room.interviewerKey()).name("bob").open()) {
            long seed = new Random().nextLong();
            CompletableFuture<Void> adaTypes = CompletableFuture.runAsync(() -> type(ada, new Random(seed), 'a', 150));
            CompletableFuture<Void> bobTypes = CompletableFuture.runAsync(() -> type(bob, new Random(seed + 1), 'b', 150));
            adaTypes.get(30, TimeUnit.SECONDS);
            bobTypes.get(30, TimeUnit.SECONDS);
            RoomView view = converged(room, ada, bob);
            assertThat(ada.text()).as("seed %d", seed).isEqualTo(view.code());
            assertThat(bob.text()).as("seed %d", seed).isEqualTo(view.code());
            assertThat(view.code().chars().filter(c -> c == 'a').count()).as("seed %d", seed).isEqualTo(150);
            assertThat(view.code().chars().filter(c -> c == 'b').count()).as("seed %d", seed).isEqualTo(150);
        }
    }

    private static void type(RoomSession session, Random random, char letter, int count) {
        for (int i = 0; i < count; i++) {
            session.edit(length -> dev.pairpad.api.ot.TextOperation.splice(length, random.nextInt(length + 1), 0,
                    String.valueOf(letter)));
        }
    }

    @Test
    void typingThroughDroppedConnectionsLosesAndDoublesNothing() throws Exception {
        RoomCreated room = room("");
        List<SessionEvent> adaEvents = new CopyOnWriteArrayList<>();
        java.util.concurrent.Semaphore resumed = new java.util.concurrent.Semaphore(0);
        try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada")
                .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 50)).listener(event -> {
                    adaEvents.add(event);
                    if (event instanceof SessionEvent.Synced) {
                        resumed.release();
                    }
                }).open();
             RoomSession watcher = client.session(room.id(), room.interviewerKey()).name("watcher").observe().open()) {
            StringBuilder typed = new StringBuilder();
            int drops = 0;
            for (int i = 0; i < 120; i++) {
                String token = i + ",";
                typed.append(token);
                ada.edit(length -> dev.pairpad.api.ot.TextOperation.builder().retain(length).insert(token).build());
                if (i % 15 == 7) {
                    ada.dropConnection();
                    drops++;
                }
                if (i % 15 == 12) {
                    // five more tokens were typed while disconnected; now wait for the resume to finish
                    assertThat(resumed.tryAcquire(10, TimeUnit.SECONDS)).as("resumed after drop %d", drops).isTrue();
                }
            }
            RoomView view = converged(room, ada, watcher);
            assertThat(view.code()).isEqualTo(typed.toString());
            assertThat(ada.text()).isEqualTo(typed.toString());
            assertThat(watcher.text()).isEqualTo(typed.toString());
            assertThat(adaEvents).filteredOn(e -> e instanceof SessionEvent.Disconnected).hasSize(drops);
            assertThat(adaEvents).filteredOn(e -> e instanceof SessionEvent.Connected c && c.resumed()).hasSize(drops);
            assertThat(adaEvents).noneMatch(e -> e instanceof SessionEvent.Reloaded);
            assertThat(ada.clientId()).isEqualTo(((SessionEvent.Connected) adaEvents.get(0)).clientId());
        }
    }

    @Test
    void aSelectionMadeWhileAnEditIsInFlightReachesOthersAtItsPlace() throws Exception {
        RoomCreated room = room("abc");
        CompletableFuture<List<dev.pairpad.api.protocol.Range>> seen = new CompletableFuture<>();
        try (RoomSession watcher = client.session(room.id(), room.interviewerKey()).name("watcher").observe()
                .listener(event -> {
                    if (event instanceof SessionEvent.SelectionChanged s && s.participant().name().equals("ada")) {
                        seen.complete(s.ranges());
                    }
                }).open();
             RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").open()) {
            ada.insert(3, "def");
            ada.select(List.of(new dev.pairpad.api.protocol.Range(6, 6)));
            ada.insert(0, ">>");
            // Sent at once (6 at revision 1, moved to 8 by revision 2) or after the ack (8 at revision 2): either way
            // the watcher ends with ada's caret after "def", which ">>" pushed to 8.
            ada.settled().get(10, TimeUnit.SECONDS);
            watcher.reached(2).get(10, TimeUnit.SECONDS);
            seen.get(10, TimeUnit.SECONDS);
            assertThat(watcher.participants()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("ada");
                assertThat(p.selection()).contains(List.of(new dev.pairpad.api.protocol.Range(8, 8)));
            });
        }
    }

    @Test
    void observerSeesJoinsEditsLanguageRunsAndClosingInOrder() throws Exception {
        RoomCreated room = room("x\n");
        List<String> seen = new ArrayList<>();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try (RoomSession watcher = client.session(room.id(), room.interviewerKey()).name("watcher").observe()
                .listener(event -> {
                    switch (event) {
                        case SessionEvent.ParticipantJoined j -> seen.add("joined " + j.participant().name());
                        case SessionEvent.RemoteEdit e -> seen.add("edit " + e.author().name() + " " + e.revision());
                        case SessionEvent.LanguageChanged l -> seen.add("language " + l.language());
                        case SessionEvent.ParticipantLeft l -> seen.add("left " + l.participant().name());
                        case SessionEvent.RoomClosed c -> {
                            seen.add("closed");
                            closed.complete(null);
                        }
                        default -> { }
                    }
                }).open()) {
            try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada").open()) {
                ada.insert(0, "y");
                ada.settled().get(10, TimeUnit.SECONDS);
                ada.switchLanguage("javascript");
                watcher.reached(1).get(10, TimeUnit.SECONDS);
            }
            client.close(room.id(), room.interviewerKey());
            closed.get(10, TimeUnit.SECONDS);
            assertThat(watcher.text()).isEqualTo("yx\n");
            assertThat(watcher.language()).isEqualTo("javascript");
        }
        assertThat(seen).containsExactly("joined ada", "edit ada 1", "language javascript", "left ada", "closed");
    }
}
