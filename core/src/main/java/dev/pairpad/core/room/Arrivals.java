package dev.pairpad.core.room;

import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.NotesState;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.ProtocolException;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomInfo;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.doc.DocumentSequencer;
import dev.pairpad.core.doc.Revision;
import dev.pairpad.core.store.RoomRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a connection enters a room: a fresh join at the latest revision, or a resume that replays every revision
 * after the client's one (own ops as {@code ack}, others' as {@code op}) and ends with {@code synced}.
 * Called with the room's lock held.
 */
final class Arrivals {

    private final Room room;

    Arrivals(Room room) {
        this.room = room;
    }

    Session joinFresh(Role keyRole, String name, Outbound out) {
        requireRoomFor(Optional.empty());
        String clientId = Keys.clientId();
        Session session = newSession(clientId, name, keyRole, out);
        session.codeFrom = room.code.revision();
        session.notesFrom = room.notes.revision();
        session.codeResumedFrom = session.codeFrom;
        session.notesResumedFrom = session.notesFrom;
        Optional<NotesState> notesState = session.role.seesNotes()
                ? Optional.of(new NotesState(room.notes.revision(), Optional.of(room.notes.text())))
                : Optional.empty();
        room.sessions.add(session);
        out.send(MessageCodec.encode(welcome(session, false, room.code.revision(), Optional.of(room.code.text()), notesState)));
        room.broadcastExcept(session, MessageCodec.encode(new ServerMessage.Joined(session.participant(Optional.empty()))));
        return session;
    }

    Session resume(ClientMessage.Hello hello, Role keyRole, String name, Outbound out) {
        String clientId = hello.clientId().get();
        int rev = hello.rev().get();
        if (rev < room.code.oldestRevision()) {
            throw new ProtocolException(ErrorCode.STALE_REVISION, "resume from revision " + rev
                    + " but the room keeps history only from revision " + room.code.oldestRevision());
        }
        if (rev > room.code.revision()) {
            throw new ProtocolException(ErrorCode.STALE_REVISION, "resume from revision " + rev
                    + " but the room is at revision " + room.code.revision() + ": reload the document");
        }
        Optional<Session> previous = room.sessions.stream().filter(s -> s.clientId.equals(clientId)).findFirst();
        requireRoomFor(previous);
        Session session = newSession(clientId, name, keyRole, out);
        boolean notesResume = session.role.seesNotes() && hello.notesRev().isPresent();
        if (notesResume && hello.notesRev().get() > room.notes.revision()) {
            throw new ProtocolException(ErrorCode.STALE_REVISION, "resume from notes revision "
                    + hello.notesRev().get() + " but the notes are at revision " + room.notes.revision());
        }
        previous.ifPresent(old -> {
            old.active = false;
            room.sessions.remove(old);
            old.out.close(Protocol.CLOSE_REPLACED, "replaced");
        });
        session.codeFrom = Math.max(rev, room.codePublished);
        session.codeResumedFrom = rev;
        Optional<NotesState> notesState = Optional.empty();
        if (session.role.seesNotes()) {
            if (notesResume) {
                session.notesFrom = Math.max(hello.notesRev().get(), room.notesPublished);
                session.notesResumedFrom = hello.notesRev().get();
                notesState = Optional.of(new NotesState(hello.notesRev().get(),
                        Optional.empty()));
            } else {
                session.notesFrom = room.notes.revision();
                session.notesResumedFrom = session.notesFrom;
                notesState = Optional.of(new NotesState(room.notes.revision(),
                        Optional.of(room.notes.text())));
            }
        }
        room.sessions.add(session);
        out.send(MessageCodec.encode(welcome(session, true, rev, Optional.empty(), notesState)));
        replay(session, DocumentKind.CODE, room.code, rev, room.codePublished);
        if (notesResume) {
            replay(session, DocumentKind.NOTES, room.notes, hello.notesRev().get(), room.notesPublished);
        }
        out.send(MessageCodec.encode(new ServerMessage.Synced(session.codeFrom,
                session.role.seesNotes() ? Optional.of(session.notesFrom) : Optional.empty())));
        if (previous.isEmpty()) {
            room.broadcastExcept(session, MessageCodec.encode(new ServerMessage.Joined(session.participant(Optional.empty()))));
        }
        return session;
    }

    private void replay(Session session, DocumentKind doc, DocumentSequencer sequencer, int from, int upTo) {
        for (Revision revision : sequencer.since(from)) {
            if (revision.revision() > upTo) {
                break;
            }
            ServerMessage message = revision.clientId().equals(session.clientId)
                    ? new ServerMessage.Ack(revision.revision(), revision.seq(), doc)
                    : new ServerMessage.Op(revision.revision(), revision.clientId(), revision.op(), doc);
            session.out.send(MessageCodec.encode(message));
        }
    }

    private void requireRoomFor(Optional<Session> replacing) {
        int present = room.sessions.size() - (replacing.isPresent() ? 1 : 0);
        if (present >= room.context.limits().maxParticipants()) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "room " + room.id() + " is full: "
                    + room.context.limits().maxParticipants() + " participants");
        }
    }

    private Session newSession(String clientId, String name, Role keyRole, Outbound out) {
        Set<String> present = new HashSet<>();
        room.sessions.forEach(s -> present.add(s.clientId));
        long now = System.nanoTime();
        return new Session(clientId, name, keyRole, room.palette.colorOf(clientId, present), out,
                new TokenBucket(room.context.limits().opsPerSecond(), room.context.limits().opsBurst(), now));
    }

    private ServerMessage.Welcome welcome(Session session, boolean resumed, int rev, Optional<String> text,
                                          Optional<NotesState> notesState) {
        int target = resumed ? session.codeFrom : rev;
        List<Participant> participants = new ArrayList<>();
        for (Session s : room.sessions) {
            participants.add(s.participant(room.selectionAt(s, target)));
        }
        RoomRecord current = room.record;
        return new ServerMessage.Welcome(Protocol.VERSION, session.clientId, session.role, resumed, rev, text,
                current.language(), participants,
                new RoomInfo(current.id(), current.title(), current.state()), notesState);
    }
}
