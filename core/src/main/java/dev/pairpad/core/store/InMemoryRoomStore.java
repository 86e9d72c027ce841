package dev.pairpad.core.store;

import dev.pairpad.api.protocol.DocumentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link RoomStore} in memory, for tests and throw-away servers; everything is lost on exit. */
public final class InMemoryRoomStore implements RoomStore {

    private final Map<String, RoomData> rooms = new LinkedHashMap<>();

    private static final class RoomData {
        RoomRecord record;
        final Map<DocumentKind, List<JournalEntry>> journals = new HashMap<>();
        final Map<DocumentKind, TreeMap<Integer, Snapshot>> snapshots = new HashMap<>();
        final Map<String, RunRecord> runs = new LinkedHashMap<>();

        RoomData(RoomRecord record) {
            this.record = record;
        }

        void put(Snapshot snapshot) {
            snapshots.computeIfAbsent(snapshot.doc(), d -> new TreeMap<>()).put(snapshot.rev(), snapshot);
        }
    }

    @Override
    public synchronized void createRoom(RoomRecord room, String starterCode) {
        if (rooms.containsKey(room.id())) {
            throw new IllegalStateException("room " + room.id() + " already exists");
        }
        RoomData data = new RoomData(room);
        data.put(new Snapshot(room.id(), DocumentKind.CODE, 0, starterCode));
        data.put(new Snapshot(room.id(), DocumentKind.NOTES, 0, ""));
        rooms.put(room.id(), data);
    }

    @Override
    public synchronized Optional<RoomRecord> findRoom(String id) {
        return Optional.ofNullable(rooms.get(id)).map(data -> data.record);
    }

    @Override
    public synchronized List<RoomRecord> rooms() {
        return rooms.values().stream().map(data -> data.record).toList();
    }

    @Override
    public synchronized void updateRoom(RoomRecord room) {
        RoomData data = rooms.get(room.id());
        if (data != null) {
            data.record = room;
        }
    }

    @Override
    public synchronized void deleteRoom(String id) {
        rooms.remove(id);
    }

    @Override
    public synchronized void write(List<StoreWrite> batch) {
        for (StoreWrite write : batch) {
            switch (write) {
                case StoreWrite.Append a -> {
                    RoomData data = rooms.get(a.entry().roomId());
                    if (data != null) {
                        data.journals.computeIfAbsent(a.entry().doc(), d -> new ArrayList<>()).add(a.entry());
                    }
                }
                case StoreWrite.Snap s -> {
                    RoomData data = rooms.get(s.snapshot().roomId());
                    if (data != null) {
                        data.put(s.snapshot());
                    }
                }
                case StoreWrite.Run r -> {
                    RoomData data = rooms.get(r.run().roomId());
                    if (data != null) {
                        data.runs.put(r.run().runId() + "\u0000" + r.run().clientId(), r.run());
                    }
                }
            }
        }
    }

    @Override
    public synchronized Optional<Snapshot> snapshotAtOrBefore(String roomId, DocumentKind doc, int rev) {
        return Optional.ofNullable(rooms.get(roomId))
                .map(data -> data.snapshots.get(doc))
                .map(byRevision -> byRevision.floorEntry(rev))
                .map(Map.Entry::getValue);
    }

    @Override
    public synchronized List<JournalEntry> journal(String roomId, DocumentKind doc, int afterRev) {
        RoomData data = rooms.get(roomId);
        if (data == null) {
            return List.of();
        }
        return data.journals.getOrDefault(doc, List.of()).stream().filter(e -> e.rev() > afterRev).toList();
    }

    @Override
    public synchronized List<RunRecord> runs(String roomId) {
        RoomData data = rooms.get(roomId);
        return data == null ? List.of() : List.copyOf(data.runs.values());
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
    }
}
