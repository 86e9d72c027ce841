package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** A room's typists are found from the bytes of a clientId inside a message, and only once published. */
class RoomTypistsTests {

    @Test
    void everyPublishedTypistIsFoundFromItsClientIdBytesAndNoOtherIdMatches() {
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try {
            RoomTypists typists = new RoomTypists();
            List<LoadClient> clients = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                LoadClient client = new LoadClient("key", "typist " + i, i, 300, 1, 1, typists, new LoadMeter(), unused);
                clients.add(client);
                typists.add("c" + i, client);
            }
            byte[] message = "{\"clientId\":\"c17\"}".getBytes(StandardCharsets.UTF_8);
            assertThat(typists.find(message, 13, 3)).as("not yet published").isNull();

            typists.publish();

            for (int i = 0; i < 300; i++) {
                byte[] padded = ("xx\"c" + i + "\"yy").getBytes(StandardCharsets.UTF_8);
                assertThat(typists.find(padded, 3, padded.length - 6)).isSameAs(clients.get(i));
            }
            assertThat(typists.find(message, 13, 3)).isSameAs(clients.get(17));
            assertThat(typists.find(message, 13, 2)).isSameAs(clients.get(1));
            byte[] stranger = "c300".getBytes(StandardCharsets.UTF_8);
            assertThat(typists.find(stranger, 0, stranger.length)).isNull();
        } finally {
            unused.shutdownNow();
        }
    }
}
