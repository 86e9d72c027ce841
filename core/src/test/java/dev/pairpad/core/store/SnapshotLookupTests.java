package dev.pairpad.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.DocumentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both stores keep every snapshot, so the document at any revision can be rebuilt (history, playback). */
class SnapshotLookupTests {

    @Test
    void theInMemoryStoreFindsTheNewestSnapshotNotAboveARevision() {
        try (InMemoryRoomStore store = new InMemoryRoomStore()) {
            snapshotsAtZeroFiveAndTen(store);
        }
    }

    @Test
    void theSqliteStoreFindsTheNewestSnapshotNotAboveARevision(@TempDir Path dir) {
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            snapshotsAtZeroFiveAndTen(store);
        }
    }

    private static void snapshotsAtZeroFiveAndTen(RoomStore store) {
        store.createRoom(SqliteRoomStoreTests.room("r"), "starter");
        store.write(List.of(new StoreWrite.Snap(new Snapshot("r", DocumentKind.CODE, 5, "five")),
                new StoreWrite.Snap(new Snapshot("r", DocumentKind.CODE, 10, "ten"))));
        Consumer<int[]> expect = pair -> assertThat(store.snapshotAtOrBefore("r", DocumentKind.CODE, pair[0]))
                .get().extracting(Snapshot::rev).isEqualTo(pair[1]);
        expect.accept(new int[] {0, 0});
        expect.accept(new int[] {4, 0});
        expect.accept(new int[] {5, 5});
        expect.accept(new int[] {9, 5});
        expect.accept(new int[] {10, 10});
        expect.accept(new int[] {Integer.MAX_VALUE, 10});
        assertThat(store.snapshotAtOrBefore("r", DocumentKind.CODE, 0)).get().extracting(Snapshot::text)
                .isEqualTo("starter");
        assertThat(store.latestSnapshot("r", DocumentKind.CODE)).get().extracting(Snapshot::text).isEqualTo("ten");
        assertThat(store.latestSnapshot("r", DocumentKind.NOTES)).get().extracting(Snapshot::text).isEqualTo("");
        assertThat(store.snapshotAtOrBefore("nope", DocumentKind.CODE, 3)).isEmpty();
    }
}
