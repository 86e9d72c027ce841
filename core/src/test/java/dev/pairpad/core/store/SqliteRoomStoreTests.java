package dev.pairpad.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.RoomState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRoomStoreTests {

    static final Instant T = Instant.ofEpochMilli(1_700_000_000_000L);

    static RoomRecord room(String id) {
        return new RoomRecord(id, "T", "python", RoomState.OPEN, KeyHash.of("c"), KeyHash.of("i"), T, T, T.plusSeconds(60));
    }

    @Test
    void everythingWrittenIsReadBackAfterReopening(@TempDir Path dir) {
        JournalEntry e1 = new JournalEntry("r1", DocumentKind.CODE, 1, "c1", "Ada", 1,
                TextOperation.builder().retain(2).insert("é😀").build(), T);
        JournalEntry n1 = new JournalEntry("r1", DocumentKind.NOTES, 1, "c1", "Ada", 2,
                TextOperation.builder().insert("n").build(), T);
        RunRecord run = new RunRecord("r1", "run", "c1", "Ada", T, "out", false, Optional.of("ok"), Optional.of(5L));
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            store.createRoom(room("r1"), "ab");
            store.write(List.of(new StoreWrite.Append(e1), new StoreWrite.Append(n1),
                    new StoreWrite.Snap(new Snapshot("r1", DocumentKind.CODE, 1, "abé😀")), new StoreWrite.Run(run)));
            store.updateRoom(room("r1").withState(RoomState.CLOSED, T.plusSeconds(1)));
        }
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            assertThat(store.findRoom("r1")).contains(room("r1").withState(RoomState.CLOSED, T.plusSeconds(1)));
            assertThat(store.journal("r1", DocumentKind.CODE, 0)).containsExactly(e1);
            assertThat(store.journal("r1", DocumentKind.NOTES, 0)).containsExactly(n1);
            assertThat(store.journal("r1", DocumentKind.CODE, 1)).isEmpty();
            assertThat(store.latestSnapshot("r1", DocumentKind.CODE)).contains(
                    new Snapshot("r1", DocumentKind.CODE, 1, "abé😀"));
            assertThat(store.latestSnapshot("r1", DocumentKind.NOTES)).contains(
                    new Snapshot("r1", DocumentKind.NOTES, 0, ""));
            assertThat(store.runs("r1")).containsExactly(run);
            assertThat(store.healthy()).isTrue();
        }
    }

    @Test
    void deletingARoomRemovesEveryTraceOfIt(@TempDir Path dir) {
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            store.createRoom(room("gone"), "secret");
            store.createRoom(room("kept"), "other");
            store.write(List.of(new StoreWrite.Append(new JournalEntry("gone", DocumentKind.CODE, 1, "c", "n", 1,
                    TextOperation.builder().retain(6).insert("!").build(), T)),
                    new StoreWrite.Run(new RunRecord("gone", "r", "c", "n", T, "o", false, Optional.empty(),
                            Optional.empty()))));
            store.deleteRoom("gone");
            assertThat(store.findRoom("gone")).isEmpty();
            assertThat(store.journal("gone", DocumentKind.CODE, 0)).isEmpty();
            assertThat(store.latestSnapshot("gone", DocumentKind.CODE)).isEmpty();
            assertThat(store.runs("gone")).isEmpty();
            assertThat(store.rooms()).extracting(RoomRecord::id).containsExactly("kept");
        }
    }

    @Test
    void aBatchThatFailsHalfwayLeavesNothingAndTheNextBatchIsWritten(@TempDir Path dir) {
        JournalEntry first = new JournalEntry("r1", DocumentKind.CODE, 1, "c1", "Ada", 1,
                TextOperation.builder().retain(2).insert("x").build(), T);
        JournalEntry second = new JournalEntry("r1", DocumentKind.CODE, 2, "c1", "Ada", 2,
                TextOperation.builder().retain(3).insert("y").build(), T);
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            store.createRoom(room("r1"), "ab");
            // the same revision twice: the second insert breaks the primary key after the first went in
            assertThatThrownBy(() -> store.write(List.of(new StoreWrite.Append(first), new StoreWrite.Append(second),
                    new StoreWrite.Append(first)))).isInstanceOf(StoreException.class);
            assertThat(store.journal("r1", DocumentKind.CODE, 0)).isEmpty();
            store.write(List.of(new StoreWrite.Append(first)));
            store.write(List.of(new StoreWrite.Append(second)));
        }
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            assertThat(store.journal("r1", DocumentKind.CODE, 0)).containsExactly(first, second);
        }
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        assertThat(KeyHash.of("abc")).hasSize(64).isNotEqualTo("abc");
        assertThat(KeyHash.matches("abc", KeyHash.of("abc"))).isTrue();
        assertThat(KeyHash.matches("abd", KeyHash.of("abc"))).isFalse();
    }

    @Test
    void eachJournalSyncSetsItsSynchronousModeAndTheFileIsHeldExclusively(@TempDir Path dir) {
        try (SqliteRoomStore store = SqliteRoomStore.open(dir)) {
            assertThat(store.pragma("synchronous")).as("FULL").isEqualTo("2");
            assertThat(store.pragma("journal_mode")).isEqualTo("wal");
            assertThat(store.pragma("locking_mode")).isEqualTo("exclusive");
        }
        try (SqliteRoomStore store = SqliteRoomStore.open(dir, JournalSync.NORMAL)) {
            assertThat(store.pragma("synchronous")).as("NORMAL").isEqualTo("1");
        }
    }
}
