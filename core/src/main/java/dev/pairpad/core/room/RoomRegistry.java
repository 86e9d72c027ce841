package dev.pairpad.core.room;

import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomSummary;
import dev.pairpad.core.doc.DocumentSequencer;
import dev.pairpad.core.doc.Revision;
import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.core.metrics.ServerMetrics;
import dev.pairpad.core.store.GroupCommitWriter;
import dev.pairpad.core.store.JournalEntry;
import dev.pairpad.core.store.KeyHash;
import dev.pairpad.core.store.RoomRecord;
import dev.pairpad.core.store.RoomStore;
import dev.pairpad.core.store.Snapshot;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Every room of the server: creates them, loads them from the store on demand, unloads idle ones, deletes
 * expired ones. Rooms work in parallel; each is sequential under its own lock.
 */
public final class RoomRegistry implements AutoCloseable {

    private final RoomContext context;
    private final ConcurrentHashMap<String, Room> loaded = new ConcurrentHashMap<>();

    /** A room was created; the plain keys exist only in this answer (the store keeps hashes). */
    public record Created(RoomRecord record, String candidateKey, String interviewerKey) {
    }

    public RoomRegistry(RoomStore store, Limits limits, ServerMetrics metrics, ExecutorRegistry languages,
                        InstantSource clock) {
        this.context = new RoomContext(store, new GroupCommitWriter(store), limits, metrics, languages, clock);
        metrics.loadedRooms(loaded::size);
    }

    /** Creates a room whose code is {@code starterCode} at revision 0. */
    public Created create(String title, String language, String starterCode) {
        Instant now = Instant.ofEpochMilli(context.clock().millis());
        String candidateKey = Keys.key();
        String interviewerKey = Keys.key();
        RoomRecord record = new RoomRecord(Keys.roomId(), title, language, RoomState.OPEN, KeyHash.of(candidateKey),
                KeyHash.of(interviewerKey), now, now, now.plus(context.limits().roomTtl()));
        context.store().createRoom(record, starterCode);
        return new Created(record, candidateKey, interviewerKey);
    }

    /** Runs {@code work} on the loaded room {@code id}, loading it first; empty when there is no such room. */
    public <T> Optional<T> withRoom(String id, Function<Room, T> work) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Room> room = find(id);
            if (room.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.apply(room.get()));
            } catch (RoomGoneException e) {
                loaded.remove(id, room.get());
            }
        }
        throw new IllegalStateException("room " + id + " kept being unloaded while in use");
    }

    /** The loaded room {@code id}, loading it from the store when needed; empty when it does not exist or expired. */
    public Optional<Room> find(String id) {
        if (!Keys.plausible(id)) {
            return Optional.empty();
        }
        Room room = loaded.computeIfAbsent(id, this::load);
        if (room != null && room.record().expiresAt().isBefore(context.clock().instant())) {
            delete(id);
            return Optional.empty();
        }
        return Optional.ofNullable(room);
    }

    private Room load(String id) {
        Optional<RoomRecord> record = context.store().findRoom(id);
        if (record.isEmpty()) {
            return null;
        }
        DocumentSequencer code = restore(id, DocumentKind.CODE);
        DocumentSequencer notes = restore(id, DocumentKind.NOTES);
        List<JournalEntry> last = context.store().journal(id, DocumentKind.CODE, Math.max(0, code.revision() - 1));
        Instant updatedAt = record.get().updatedAt();
        if (!last.isEmpty() && last.getLast().time().isAfter(updatedAt)) {
            updatedAt = last.getLast().time();
        }
        return new Room(record.get(), code, notes, updatedAt, context);
    }

    private DocumentSequencer restore(String id, DocumentKind doc) {
        Snapshot snapshot = context.store().latestSnapshot(id, doc)
                .orElseThrow(() -> new IllegalStateException("room " + id + " has no " + doc.wire() + " snapshot"));
        List<Revision> journal = new ArrayList<>();
        for (JournalEntry entry : context.store().journal(id, doc, 0)) {
            journal.add(new Revision(entry.rev(), entry.clientId(), entry.seq(), entry.op(), entry.time()));
        }
        return DocumentSequencer.restore(snapshot.text(), snapshot.rev(), journal, context.clock());
    }

    /** Closes every connection of room {@code id} and removes all its data; false when there was no such room. */
    public boolean delete(String id) {
        Room room = loaded.remove(id);
        if (room != null) {
            room.shutDown(Protocol.CLOSE_ROOM_DELETED, "room deleted");
        }
        boolean existed = room != null || context.store().findRoom(id).isPresent();
        try {
            context.writer().flush(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.store().deleteRoom(id);
        return existed;
    }

    /** Every room, loaded or not, with its number of connected participants. */
    public List<RoomSummary> summaries() {
        List<RoomSummary> result = new ArrayList<>();
        for (RoomRecord stored : context.store().rooms()) {
            Room room = loaded.get(stored.id());
            RoomRecord current = room == null ? stored : room.record();
            result.add(new RoomSummary(current.id(), current.title(), current.language(), current.state(),
                    room == null ? 0 : room.participantCount(), current.createdAt(),
                    room == null ? current.updatedAt() : room.updatedAt()));
        }
        return result;
    }

    /** True when room {@code id} is held in memory now. */
    public boolean isLoaded(String id) {
        return loaded.containsKey(id);
    }

    /** Unloads rooms idle longer than the limit and deletes expired rooms. */
    public void sweep() {
        long now = System.nanoTime();
        long idle = context.limits().idleUnload().toNanos();
        for (Room room : loaded.values()) {
            if (room.unloadIfIdle(now, idle)) {
                loaded.remove(room.id(), room);
            }
        }
        context.writer().commitPending();
        Instant wall = context.clock().instant();
        for (RoomRecord record : context.store().rooms()) {
            if (record.expiresAt().isBefore(wall)) {
                delete(record.id());
            }
        }
    }

    /** True when the store answers and the journal writer is not failing. */
    public boolean healthy() {
        return !context.writer().failing() && context.store().healthy();
    }

    /** Commits pending ops, then closes every connection with Going Away. */
    @Override
    public void close() {
        try {
            context.writer().flush(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Outbound> closing = new ArrayList<>();
        for (Room room : loaded.values()) {
            closing.addAll(room.shutDown(Protocol.CLOSE_GOING_AWAY, "server shutting down"));
        }
        loaded.clear();
        context.writer().close();
        // The web server cuts every connection when it stops: let the close frames (1001) leave first.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (Outbound out : closing) {
                out.awaitClosed(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
