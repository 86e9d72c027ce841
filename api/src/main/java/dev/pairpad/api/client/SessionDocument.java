package dev.pairpad.api.client;

import dev.pairpad.api.ot.ClientState;
import dev.pairpad.api.ot.OtClient;
import dev.pairpad.api.ot.ProtocolOrderException;
import dev.pairpad.api.ot.Selection;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.ServerMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * What a session knows about its room (replica, OT state, participants, language) and how each server message
 * changes it; emits the matching {@link SessionEvent}. Not thread-safe: {@link RoomSession} holds its lock.
 */
final class SessionDocument {

    /** Sends what the document decided to send: ops from the OT client, this participant's selection. */
    interface Sender {
        void send(int revision, long seq, TextOperation operation);

        /** Sends a selection valid at {@code revision}; false if it could not be sent (not connected). */
        boolean sendSelection(int revision, List<Range> ranges);
    }

    private final boolean keepText;
    private final SessionListener listener;
    private final Sender sender;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    /** The clientIds of participants with a selection: only those move with each edit (rooms can be large). */
    private final Set<String> selecting = new HashSet<>();
    /** Everyone seen in this session, kept after they leave: a resume replay may name people no longer here. */
    private final Map<String, Participant> seen = new HashMap<>();
    private final List<CompletableFuture<Void>> settledWaiters = new ArrayList<>();
    private final TreeMap<Integer, List<CompletableFuture<Void>>> revisionWaiters = new TreeMap<>();
    private OtClient ot;
    private Replica replica = new Replica("", true);
    private TextOperation lastRemote;
    private String clientId = "";
    private Role role = Role.OBSERVER;
    private String language = "";
    private boolean resumable;
    private boolean closed;
    private Optional<List<Range>> ownSelection = Optional.empty();
    private boolean ownSelectionUnsent;

    SessionDocument(boolean keepText, SessionListener listener, Sender sender) {
        this.keepText = keepText;
        this.listener = listener;
        this.sender = sender;
    }

    ClientMessage.Hello hello(String key, String name, boolean observe) {
        if (ot != null && resumable) {
            return new ClientMessage.Hello(Protocol.VERSION, key, name, Optional.of(clientId),
                    Optional.of(ot.revision()), Optional.empty(), observe);
        }
        return new ClientMessage.Hello(Protocol.VERSION, key, name, Optional.empty(), Optional.empty(),
                Optional.empty(), observe);
    }

    /** The next connection joins afresh: the replica is reloaded and unsent edits are dropped. */
    void forgetResume() {
        resumable = false;
    }

    void welcome(ServerMessage.Welcome welcome) {
        if (welcome.resumed()) {
            if (ot == null || welcome.rev() != ot.revision() || !welcome.clientId().equals(clientId)) {
                throw new ProtocolOrderException("resumed at revision " + welcome.rev() + " as " + welcome.clientId()
                        + " but this client is " + clientId + " at revision " + (ot == null ? "none" : ot.revision()));
            }
        } else {
            boolean reload = ot != null;
            ot = new OtClient(welcome.rev(), new OtClient.Callbacks() {
                @Override
                public void sendOperation(int revision, long seq, TextOperation operation) {
                    sender.send(revision, seq, operation);
                }

                @Override
                public void applyOperation(TextOperation operation) {
                    replica.apply(operation);
                    lastRemote = operation;
                }
            });
            replica = new Replica(welcome.code().orElse(""), keepText);
            clientId = welcome.clientId();
            if (reload) {
                ownSelection = Optional.empty();
                ownSelectionUnsent = false;
                failWaiters("the replica was reloaded from the server; unsent edits were dropped");
                listener.on(new SessionEvent.Reloaded("could not resume", welcome.rev()));
            }
        }
        resumable = true;
        closed = welcome.room().state() == RoomState.CLOSED;
        role = welcome.role();
        language = welcome.language();
        participants.clear();
        selecting.clear();
        welcome.participants().forEach(p -> participants.put(p.clientId(), p));
        welcome.participants().stream().filter(p -> p.selection().isPresent()).forEach(p -> selecting.add(p.clientId()));
        welcome.participants().forEach(p -> seen.put(p.clientId(), p));
        completeRevisionWaiters();
        listener.on(new SessionEvent.Connected(clientId, role, welcome.resumed(), welcome.rev(),
                keepText ? replica.text() : "", language, welcome.room(), List.copyOf(participants.values())));
    }

    void handle(ServerMessage message) {
        switch (message) {
            case ServerMessage.Ack ack when ack.doc() == DocumentKind.CODE -> {
                ot.serverAck(ack.rev(), ack.seq());
                listener.on(new SessionEvent.Acknowledged(ack.rev(), ack.seq()));
                completeWaitersIfSettled();
                flushSelection();
                completeRevisionWaiters();
            }
            case ServerMessage.Op op when op.doc() == DocumentKind.CODE -> {
                lastRemote = null;
                ot.applyServer(op.rev(), op.op());
                TextOperation applied = lastRemote == null ? TextOperation.identity(replica.length()) : lastRemote;
                moveSelections(applied);
                ownSelection = ownSelection.map(own -> moved(own, applied));
                listener.on(new SessionEvent.RemoteEdit(participant(op.clientId()), op.rev(), applied));
                completeRevisionWaiters();
            }
            case ServerMessage.Selection selection -> {
                List<Range> ranges = selection.rev() == ot.revision()
                        ? fromOt(ot.transformSelection(toOt(selection.ranges())))
                        : clamp(selection.ranges());
                Participant who = participant(selection.clientId());
                Participant moved = who.withSelection(ranges);
                participants.put(who.clientId(), moved);
                selecting.add(who.clientId());
                listener.on(new SessionEvent.SelectionChanged(moved, ranges));
            }
            case ServerMessage.Joined joined -> {
                participants.put(joined.participant().clientId(), joined.participant());
                if (joined.participant().selection().isPresent()) {
                    selecting.add(joined.participant().clientId());
                }
                seen.put(joined.participant().clientId(), joined.participant());
                listener.on(new SessionEvent.ParticipantJoined(joined.participant()));
            }
            case ServerMessage.Left left -> {
                Participant who = participant(left.clientId());
                participants.remove(left.clientId());
                selecting.remove(left.clientId());
                listener.on(new SessionEvent.ParticipantLeft(who));
            }
            case ServerMessage.Language switched -> {
                language = switched.language();
                listener.on(new SessionEvent.LanguageChanged(participant(switched.clientId()), switched.language()));
            }
            case ServerMessage.Run run -> listener.on(new SessionEvent.RunUpdate(participant(run.clientId()), run.run()));
            case ServerMessage.Closed roomClosed -> {
                closed = true;
                listener.on(new SessionEvent.RoomClosed());
            }
            default -> {
                // pong, and acks and ops of the notes document, which this client does not edit
            }
        }
    }

    void error(ServerMessage.Error error) {
        listener.on(new SessionEvent.ServerError(error.code(), error.message(), error.seq()));
    }

    void synced(ServerMessage.Synced synced) {
        listener.on(new SessionEvent.Synced(synced.rev()));
    }

    void applyLocal(TextOperation operation) {
        if (ot == null) {
            throw new IllegalStateException("cannot edit before joining");
        }
        if (!role.mayEdit()) {
            throw new IllegalStateException("this session joined as an observer and may not edit");
        }
        if (closed) {
            throw new IllegalStateException("the room is closed and read-only");
        }
        replica.apply(operation);
        moveSelections(operation);
        ownSelection = ownSelection.map(own -> moved(own, operation));
        ot.applyClient(operation);
    }

    /**
     * Sets this participant's selection (offsets in the local replica) and sends it now if nothing of ours is in
     * flight, else once the server has caught up (moved along with every edit meanwhile).
     */
    void select(List<Range> ranges) {
        int max = replica.length();
        for (Range range : ranges) {
            if (range.anchor() > max || range.head() > max) {
                throw new IllegalArgumentException("selection " + range + " is outside the document of length " + max);
            }
        }
        ownSelection = Optional.of(List.copyOf(ranges));
        ownSelectionUnsent = true;
        flushSelection();
    }

    /** After a reconnect the server knows no selection of ours: send it again once possible. */
    void selectionLost() {
        ownSelectionUnsent = ownSelection.isPresent();
    }

    void flushSelection() {
        if (ownSelectionUnsent && ot != null && ot.state() instanceof ClientState.Synchronized
                && sender.sendSelection(ot.revision(), ownSelection.get())) {
            ownSelectionUnsent = false;
        }
    }

    long outstandingSeq() {
        return switch (ot.state()) {
            case ClientState.Synchronized s -> 0;
            case ClientState.AwaitingConfirm s -> s.seq();
            case ClientState.AwaitingWithBuffer s -> s.seq();
        };
    }

    void resend() {
        ot.resend();
    }

    void ended(Optional<PairpadClientException> failure) {
        failWaiters(failure.map(Throwable::getMessage).orElse("the session was closed"));
        revisionWaiters.values().forEach(list -> list.forEach(w -> w.completeExceptionally(
                new PairpadSessionException("the session ended before reaching the revision", Optional.empty()))));
        revisionWaiters.clear();
        listener.on(new SessionEvent.Ended(failure));
    }

    CompletableFuture<Void> settled() {
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        settledWaiters.add(waiter);
        completeWaitersIfSettled();
        return waiter;
    }

    CompletableFuture<Void> reached(int revision) {
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        revisionWaiters.computeIfAbsent(revision, r -> new ArrayList<>()).add(waiter);
        completeRevisionWaiters();
        return waiter;
    }

    private void completeRevisionWaiters() {
        int now = revision();
        while (!revisionWaiters.isEmpty() && revisionWaiters.firstKey() <= now && ot != null) {
            revisionWaiters.pollFirstEntry().getValue().forEach(w -> w.complete(null));
        }
    }

    int revision() {
        return ot == null ? 0 : ot.revision();
    }

    String text() {
        return replica.text();
    }

    int length() {
        return replica.length();
    }

    String clientId() {
        return clientId;
    }

    Role role() {
        return role;
    }

    String language() {
        return language;
    }

    List<Participant> participants() {
        return List.copyOf(participants.values());
    }

    private Participant participant(String id) {
        Participant known = participants.getOrDefault(id, seen.get(id));
        return known != null ? known
                : new Participant(id, id.length() > 6 ? id.substring(0, 6) : id, Role.CANDIDATE, "#888888",
                Optional.empty());
    }

    private void moveSelections(TextOperation operation) {
        for (String id : selecting) {
            Participant p = participants.get(id);
            if (p != null && p.selection().isPresent()) {
                participants.put(id, p.withSelection(moved(p.selection().get(), operation)));
            }
        }
    }

    private List<Range> clamp(List<Range> ranges) {
        int max = replica.length();
        return ranges.stream().map(r -> new Range(Math.min(r.anchor(), max), Math.min(r.head(), max))).toList();
    }

    /** {@code ranges} moved along with {@code operation}. */
    private static List<Range> moved(List<Range> ranges, TextOperation operation) {
        return fromOt(toOt(ranges).transform(operation));
    }

    private static Selection toOt(List<Range> ranges) {
        return new Selection(ranges.stream().map(r -> new Selection.Range(r.anchor(), r.head())).toList());
    }

    private static List<Range> fromOt(Selection selection) {
        return selection.ranges().stream().map(r -> new Range(r.anchor(), r.head())).toList();
    }

    private void completeWaitersIfSettled() {
        if (ot == null || ot.state() instanceof ClientState.Synchronized) {
            settledWaiters.forEach(w -> w.complete(null));
            settledWaiters.clear();
        }
    }

    private void failWaiters(String reason) {
        settledWaiters.forEach(w -> w.completeExceptionally(new PairpadSessionException(reason, Optional.empty())));
        settledWaiters.clear();
    }
}
