package dev.pairpad.core.store;

import dev.pairpad.api.protocol.DocumentKind;
import java.util.List;
import java.util.Optional;

/**
 * Where rooms, their op journals, snapshots and run records live; implementations are thread-safe.
 *
 * <p>{@link #write} is atomic and durable when it returns: the server acknowledges an op only after the
 * batch holding it was written. Revision 0 of each document is the snapshot written by {@link #createRoom}.
 */
public interface RoomStore extends AutoCloseable {

    /** Stores a new room with its code at revision 0 and empty notes. */
    void createRoom(RoomRecord room, String starterCode);

    Optional<RoomRecord> findRoom(String id);

    /** Every stored room, oldest first. */
    List<RoomRecord> rooms();

    /** Replaces the metadata of an existing room. */
    void updateRoom(RoomRecord room);

    /** Removes the room and everything stored about it; no-op when it does not exist. */
    void deleteRoom(String id);

    /** Writes a batch atomically (one transaction); durable when this returns. */
    void write(List<StoreWrite> batch);

    /** The snapshot with the highest revision of {@code doc}; present for every existing room. */
    default Optional<Snapshot> latestSnapshot(String roomId, DocumentKind doc) {
        return snapshotAtOrBefore(roomId, doc, Integer.MAX_VALUE);
    }

    /**
     * The snapshot of {@code doc} with the highest revision not above {@code rev}; present for every existing
     * room, since revision 0 is always kept.
     */
    Optional<Snapshot> snapshotAtOrBefore(String roomId, DocumentKind doc, int rev);

    /** Journal entries of {@code doc} with revision greater than {@code afterRev}, in revision order. */
    List<JournalEntry> journal(String roomId, DocumentKind doc, int afterRev);

    /** Run records of the room, oldest first. */
    List<RunRecord> runs(String roomId);

    /** True when the store can read and write now (readiness). */
    boolean healthy();

    @Override
    void close();
}
