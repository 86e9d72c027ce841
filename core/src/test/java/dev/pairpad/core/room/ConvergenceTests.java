package dev.pairpad.core.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomView;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TypingClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConvergenceTests {

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

    @Test
    void fiveClientsTypingConcurrentlyAtRandomPositionsEndIdenticalWithNoCharacterLostOrDuplicated() throws Exception {
        RoomCreated room = http.createRoom("0123456789");
        int clients = 5;
        int keystrokes = 150;
        List<TypingClient> typists = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            typists.add(new TypingClient(server.url(), room.id(), i == 0 ? room.interviewerKey() : room.candidateKey(),
                    "typist" + i, 1000 + i).join());
        }
        CyclicBarrier go = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                TypingClient typist = typists.get(i);
                char letter = (char) ('a' + i);
                done.add(CompletableFuture.runAsync(() -> {
                    try {
                        go.await(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (int k = 0; k < keystrokes; k++) {
                        typist.type(letter);
                        typist.pump();
                    }
                }, pool));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            for (TypingClient typist : typists) {
                CompletableFuture.runAsync(() -> typist.awaitSynchronizedAt(0), pool).get(120, TimeUnit.SECONDS);
            }
            int expectedRev = http.view(room).rev();
            List<CompletableFuture<Void>> synced = new ArrayList<>();
            for (TypingClient typist : typists) {
                synced.add(CompletableFuture.runAsync(() -> typist.awaitSynchronizedAt(expectedRev), pool));
            }
            CompletableFuture.allOf(synced.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        RoomView view = http.view(room);
        for (TypingClient typist : typists) {
            assertThat(typist.document()).isEqualTo(view.code());
            typist.close();
        }
        for (int i = 0; i < clients; i++) {
            char letter = (char) ('a' + i);
            assertThat(view.code().chars().filter(c -> c == letter).count()).as("copies of " + letter)
                    .isEqualTo(keystrokes);
        }
        assertThat(view.code().replaceAll("[a-e]", "")).isEqualTo("0123456789");
    }
}
