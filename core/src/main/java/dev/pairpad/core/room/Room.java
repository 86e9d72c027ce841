package dev.pairpad.core.room;

import dev.pairpad.api.ot.InvalidOperationException;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.ProtocolException;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomView;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.doc.DocumentSequencer;
import dev.pairpad.core.doc.Revision;
import dev.pairpad.core.doc.Sequenced;
import dev.pairpad.core.doc.StaleRevisionException;
import dev.pairpad.core.store.JournalEntry;
import dev.pairpad.core.store.KeyHash;
import dev.pairpad.core.store.RoomRecord;
import dev.pairpad.core.store.Snapshot;
import dev.pairpad.core.store.StoreWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One loaded room: its two documents, its participants and the rules of PROTOCOL.md; all work under one lock.
 *
 * <p>An op is sequenced under the lock, handed to the group-commit journal writer, and published (ack to the
 * author, op to everyone else) by the writer thread once durable, again under the lock and in revision order.
 * A connection joins at the latest revision; it is sent only revisions after the one it joined at.
 */
public final class Room {

    final ReentrantLock lock = new ReentrantLock();
    final RoomContext context;
    final DocumentSequencer code;
    final DocumentSequencer notes;
    final List<Session> sessions = new ArrayList<>();
    final Palette palette = new Palette();
    private final RunRecorder runs;
    private final Arrivals arrivals = new Arrivals(this);
    volatile RoomRecord record;
    private volatile Instant updatedAt;
    int codePublished;
    int notesPublished;
    private boolean gone;
    private long idleSinceNanos;

    Room(RoomRecord record, DocumentSequencer code, DocumentSequencer notes, Instant updatedAt, RoomContext context) {
        this.record = record;
        this.code = code;
        this.notes = notes;
        this.context = context;
        this.updatedAt = updatedAt;
        this.codePublished = code.revision();
        this.notesPublished = notes.revision();
        this.runs = new RunRecorder(record.id(), context);
        this.idleSinceNanos = System.nanoTime();
    }

    public String id() {
        return record.id();
    }

    public RoomRecord record() {
        return record;
    }

    /** Checks the key, then sends {@code welcome} (and the resume replay) to {@code out}; the caller sends errors. */
    public Session join(ClientMessage.Hello hello, Outbound out) {
        if (hello.protocol() != Protocol.VERSION) {
            throw new ProtocolException(ErrorCode.PROTOCOL, "protocol version " + hello.protocol()
                    + " is not supported; this server speaks version " + Protocol.VERSION);
        }
        Role keyRole = roleOf(hello.key());
        Role role = hello.observe() ? Role.OBSERVER : keyRole;
        String name = hello.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "name must be 1 to 100 characters, got "
                    + name.length());
        }
        if (hello.resumes() && !Keys.plausible(hello.clientId().get())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "clientId must be 1 to 64 URL-safe characters");
        }
        lock.lock();
        try {
            requireLoaded();
            return hello.resumes() ? arrivals.resume(hello, role, name, out) : arrivals.joinFresh(role, name, out);
        } finally {
            lock.unlock();
        }
    }

    private Role roleOf(String key) {
        RoomRecord current = record;
        if (KeyHash.matches(key, current.interviewerKeyHash())) {
            return Role.INTERVIEWER;
        }
        if (KeyHash.matches(key, current.candidateKeyHash())) {
            return Role.CANDIDATE;
        }
        throw new ProtocolException(ErrorCode.UNAUTHORIZED, "the key does not open room " + current.id());
    }

    Optional<List<Range>> selectionAt(Session s, int target) {
        if (s.selectionRev < 0 || s.selectionRev > target) {
            return s.selectionRev < 0 ? Optional.empty() : Optional.of(s.selection);
        }
        return Optional.of(Selections.transform(s.selection, code.since(s.selectionRev), target));
    }

    /** Handles one message of a joined session; refusals come back as {@link ProtocolException}. */
    public void handle(Session session, ClientMessage message, long receivedNanos) {
        switch (message) {
            case ClientMessage.Ping p -> session.out.send(MessageCodec.encode(new ServerMessage.Pong()));
            case ClientMessage.Hello h -> throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "already joined: hello is only the first message");
            case ClientMessage.Op op -> submit(session, op, receivedNanos);
            case ClientMessage.Selection s -> select(session, s);
            case ClientMessage.Language l -> switchLanguage(session, l.language());
            case ClientMessage.Run r -> {
                requireMayAct(session, "run");
                lock.lock();
                try {
                    requireLoaded();
                    requireOpen();
                    runs.record(session.clientId, session.name, r.run());
                    broadcastExcept(session, MessageCodec.encode(new ServerMessage.Run(session.clientId, r.run())));
                } finally {
                    lock.unlock();
                }
                context.writer().commitPending();
            }
        }
    }

    private void requireMayAct(Session session, String what) {
        if (!session.role.mayEdit()) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "observers may not send " + what);
        }
    }

    private void requireOpen() {
        if (record.state() == RoomState.CLOSED) {
            throw new ProtocolException(ErrorCode.ROOM_CLOSED, "room " + id() + " is closed and read-only");
        }
    }

    private void submit(Session session, ClientMessage.Op op, long receivedNanos) {
        Optional<Long> seq = Optional.of(op.seq());
        if (!session.role.mayEdit()) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "observers may not edit", seq);
        }
        if (op.doc() == DocumentKind.NOTES && !session.role.seesNotes()) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "only interviewers may edit the notes", seq);
        }
        if (!session.bucket.tryTake(receivedNanos)) {
            throw new ProtocolException(ErrorCode.RATE_LIMITED, "more than " + context.limits().opsPerSecond()
                    + " ops per second: slow down and resend", seq);
        }
        DocumentSequencer sequencer = op.doc() == DocumentKind.CODE ? code : notes;
        lock.lock();
        try {
            requireLoaded();
            if (!session.active) {
                throw new ProtocolException(ErrorCode.BAD_MESSAGE, "this connection was replaced", seq);
            }
            requireOpen();
            int growth = op.op().targetLength() - op.op().baseLength();
            if (growth > 0 && (long) sequencer.length() + growth > context.limits().maxDocumentBytes()) {
                throw new ProtocolException(ErrorCode.TOO_LARGE, "the " + op.doc().wire() + " document would grow to "
                        + (sequencer.length() + growth) + " characters, over the limit of "
                        + context.limits().maxDocumentBytes(), seq);
            }
            Sequenced result;
            try {
                result = sequencer.submit(session.clientId, op.seq(), op.rev(), op.op());
            } catch (InvalidOperationException e) {
                throw new ProtocolException(ErrorCode.BAD_OP, e.getMessage(), seq);
            } catch (StaleRevisionException e) {
                throw new ProtocolException(ErrorCode.STALE_REVISION, e.getMessage(), seq);
            }
            if (result.duplicate()) {
                // Own ops after the resume point are acknowledged on this connection by the replay or by
                // publish, exactly once; only an op acknowledged on an earlier connection is acknowledged again.
                if (result.revision() <= session.resumedFrom(op.doc())) {
                    session.out.send(MessageCodec.encode(new ServerMessage.Ack(result.revision(), op.seq(), op.doc())));
                }
                return;
            }
            context.metrics().opSequenced(receivedNanos);
            Instant now = context.clock().instant();
            updatedAt = now;
            JournalEntry entry = new JournalEntry(id(), op.doc(), result.revision(), session.clientId, session.name,
                    op.seq(), result.op(), now);
            List<StoreWrite> writes = new ArrayList<>(2);
            writes.add(new StoreWrite.Append(entry));
            if (result.revision() % context.limits().snapshotEvery() == 0) {
                writes.add(new StoreWrite.Snap(new Snapshot(id(), op.doc(), result.revision(), sequencer.text())));
            }
            context.writer().submit(writes, () -> publish(entry, receivedNanos));
        } finally {
            lock.unlock();
        }
        context.writer().commitPending();
    }

    /** Runs on the journal writer thread once {@code entry} is durable: ack to its author, op to the others. */
    private void publish(JournalEntry entry, long receivedNanos) {
        lock.lock();
        try {
            if (entry.doc() == DocumentKind.CODE) {
                codePublished = entry.rev();
            } else {
                notesPublished = entry.rev();
            }
            if (gone) {
                return;
            }
            String opJson = null;
            int recipients = 0;
            List<Session> slow = null;
            for (Session s : sessions) {
                if (!s.sees(entry.doc()) || s.from(entry.doc()) >= entry.rev()) {
                    continue;
                }
                String json;
                if (s.clientId.equals(entry.clientId())) {
                    json = MessageCodec.encode(new ServerMessage.Ack(entry.rev(), entry.seq(), entry.doc()));
                } else {
                    if (opJson == null) {
                        opJson = MessageCodec.encode(new ServerMessage.Op(entry.rev(), entry.clientId(), entry.op(),
                                entry.doc()));
                    }
                    json = opJson;
                }
                if (s.out.send(json)) {
                    recipients++;
                } else {
                    slow = slow == null ? new ArrayList<>() : slow;
                    slow.add(s);
                }
            }
            context.metrics().opBroadcast(System.nanoTime() - receivedNanos, recipients);
            if (slow != null) {
                slow.forEach(this::drop);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes a session whose connection refused a message, as if it had left. */
    private void drop(Session session) {
        if (session.active && session.out.overflowed()) {
            context.metrics().slowConsumerDropped();
        }
        leave(session);
    }

    private void select(Session session, ClientMessage.Selection selection) {
        requireMayAct(session, "selections");
        if (selection.ranges().size() > 100) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "at most 100 selection ranges, got "
                    + selection.ranges().size());
        }
        if (!session.bucket.tryTake(System.nanoTime())) {
            throw new ProtocolException(ErrorCode.RATE_LIMITED, "too many messages per second: slow down");
        }
        lock.lock();
        try {
            requireLoaded();
            int rev = selection.rev();
            List<Revision> later;
            try {
                later = code.since(rev);
            } catch (StaleRevisionException e) {
                throw new ProtocolException(ErrorCode.STALE_REVISION, e.getMessage());
            }
            int length = later.isEmpty() ? code.length() : later.getFirst().op().baseLength();
            for (Range range : selection.ranges()) {
                if (range.anchor() > length || range.head() > length) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "selection " + range.anchor() + ".."
                            + range.head() + " is outside the document of length " + length + " at revision " + rev);
                }
            }
            int target = Math.max(rev, codePublished);
            session.selection = Selections.transform(selection.ranges(), later, target);
            session.selectionRev = target;
            broadcastExcept(session, MessageCodec.encode(new ServerMessage.Selection(session.clientId, target,
                    session.selection)));
        } finally {
            lock.unlock();
        }
    }

    private void switchLanguage(Session session, String language) {
        requireMayAct(session, "language");
        if (context.languages().find(language).isEmpty()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "unknown language \"" + language + "\"; see "
                    + "GET /api/languages");
        }
        lock.lock();
        try {
            requireLoaded();
            requireOpen();
            record = record.withLanguage(language, context.clock().instant());
            context.store().updateRoom(record);
            broadcastExcept(null, MessageCodec.encode(new ServerMessage.Language(language, session.clientId)));
        } finally {
            lock.unlock();
        }
    }

    /** Removes a session whose connection ended; others see {@code left} unless it was replaced. */
    public void leave(Session session) {
        lock.lock();
        try {
            if (sessions.remove(session)) {
                session.active = false;
                if (!gone) {
                    broadcastExcept(session, MessageCodec.encode(new ServerMessage.Left(session.clientId)));
                }
            }
            if (sessions.isEmpty()) {
                idleSinceNanos = System.nanoTime();
            }
        } finally {
            lock.unlock();
        }
    }

    void broadcastExcept(Session except, String json) {
        List<Session> slow = null;
        for (Session s : sessions) {
            if (s != except && !s.out.send(json)) {
                slow = slow == null ? new ArrayList<>() : slow;
                slow.add(s);
            }
        }
        if (slow != null) {
            slow.forEach(this::drop);
        }
    }

    private void requireLoaded() {
        if (gone) {
            throw new RoomGoneException(id());
        }
    }

    /** The room as {@code GET /api/rooms/{id}} shows it. */
    public RoomView view() {
        lock.lock();
        try {
            List<Participant> participants = new ArrayList<>();
            for (Session s : sessions) {
                participants.add(s.participant(selectionAt(s, code.revision())));
            }
            RoomRecord current = record;
            return new RoomView(current.id(), current.title(), current.language(), current.state(), code.revision(),
                    code.text(), participants, current.createdAt(), updatedAt);
        } finally {
            lock.unlock();
        }
    }

    /** Number of connected participants. */
    public int participantCount() {
        lock.lock();
        try {
            return sessions.size();
        } finally {
            lock.unlock();
        }
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Makes the room read-only and tells everyone; false when it was closed already. */
    public boolean close() {
        lock.lock();
        try {
            requireLoaded();
            if (record.state() == RoomState.CLOSED) {
                return false;
            }
            record = record.withState(RoomState.CLOSED, context.clock().instant());
            context.store().updateRoom(record);
            broadcastExcept(null, MessageCodec.encode(new ServerMessage.Closed()));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks the room gone and closes every connection with {@code code}; the registry removes it. Returns the
     * connections being closed, whose close frames are still on their way.
     */
    List<Outbound> shutDown(int closeCode, String reason) {
        lock.lock();
        try {
            gone = true;
            List<Outbound> closing = new ArrayList<>();
            for (Session s : sessions) {
                s.active = false;
                s.out.close(closeCode, reason);
                closing.add(s.out);
            }
            sessions.clear();
            runs.flush();
            return closing;
        } finally {
            lock.unlock();
        }
    }

    /** Unloads (marks gone) when nobody is connected, nothing is pending and it has been idle long enough. */
    boolean unloadIfIdle(long nowNanos, long idleNanos) {
        lock.lock();
        try {
            if (gone || !sessions.isEmpty() || codePublished != code.revision() || notesPublished != notes.revision()
                    || nowNanos - idleSinceNanos < idleNanos) {
                return false;
            }
            gone = true;
            runs.flush();
            context.store().updateRoom(record.touched(updatedAt));
            return true;
        } finally {
            lock.unlock();
        }
    }
}
