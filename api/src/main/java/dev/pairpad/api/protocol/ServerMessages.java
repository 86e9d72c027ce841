package dev.pairpad.api.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON form of each {@link ServerMessage}. */
final class ServerMessages {

    private ServerMessages() {
    }

    static ServerMessage decode(MessageType type, Fields f) {
        return switch (type) {
            case WELCOME -> welcome(f);
            case ACK -> new ServerMessage.Ack(f.nonNegativeInt("rev"), f.longAtLeast("seq", 1), ClientMessages.doc(f));
            case OP -> new ServerMessage.Op(f.nonNegativeInt("rev"), f.string("clientId"),
                    f.operation("op", Optional.empty()), ClientMessages.doc(f));
            case SELECTION -> new ServerMessage.Selection(f.string("clientId"), f.nonNegativeInt("rev"),
                    ClientMessages.ranges(f, "ranges"));
            case LANGUAGE -> new ServerMessage.Language(f.string("language"), f.string("clientId"));
            case RUN -> new ServerMessage.Run(f.string("clientId"), ClientMessages.runEvent(f));
            case JOINED -> new ServerMessage.Joined(participant(f.object("participant")));
            case LEFT -> new ServerMessage.Left(f.string("clientId"));
            case CLOSED -> new ServerMessage.Closed();
            case ERROR -> new ServerMessage.Error(f.enumValue("code", ErrorCode.class), f.string("message"),
                    f.optionalLong("seq", 1, Long.MAX_VALUE, "an integer >= 1"));
            case SYNCED -> new ServerMessage.Synced(f.nonNegativeInt("rev"), f.optionalNonNegativeInt("notesRev"));
            case PONG -> new ServerMessage.Pong();
            default -> throw new IllegalStateException("not a server message type: " + type);
        };
    }

    private static ServerMessage.Welcome welcome(Fields f) {
        List<Participant> participants = participants(f);
        Fields room = f.object("room");
        Optional<NotesState> notes = f.has("notes")
                ? Optional.of(notes(f.object("notes")))
                : Optional.empty();
        return new ServerMessage.Welcome(f.nonNegativeInt("protocol"), f.string("clientId"),
                f.enumValue("role", Role.class), f.bool("resumed"), f.nonNegativeInt("rev"),
                f.optionalString("code"), f.string("language"), participants,
                new RoomInfo(room.string("id"), room.string("title"), room.enumValue("state", RoomState.class)),
                notes);
    }

    private static NotesState notes(Fields f) {
        return new NotesState(f.nonNegativeInt("rev"), f.optionalString("text"));
    }

    static List<Participant> participants(Fields f) {
        List<Participant> participants = new ArrayList<>();
        for (Fields p : f.objects("participants")) {
            participants.add(participant(p));
        }
        return participants;
    }

    static Participant participant(Fields f) {
        Optional<List<Range>> selection = f.has("selection")
                ? Optional.of(ClientMessages.ranges(f, "selection"))
                : Optional.empty();
        return new Participant(f.string("clientId"), f.string("name"), f.enumValue("role", Role.class),
                f.string("color"), selection);
    }

    static String encode(ServerMessage message) {
        JsonWriter w = JsonWriter.object().string("type", message.type().wire());
        switch (message) {
            case ServerMessage.Welcome m -> {
                w.number("protocol", m.protocol()).string("clientId", m.clientId()).string("role", m.role().wire())
                        .bool("resumed", m.resumed()).number("rev", m.rev());
                m.code().ifPresent(code -> w.string("code", code));
                w.string("language", m.language());
                writeParticipants(w.field("participants"), m.participants());
                JsonWriter room = JsonWriter.object(w.field("room"));
                room.string("id", m.room().id()).string("title", m.room().title())
                        .string("state", m.room().state().wire()).close();
                m.notes().ifPresent(notes -> {
                    JsonWriter n = JsonWriter.object(w.field("notes")).number("rev", notes.rev());
                    notes.text().ifPresent(text -> n.string("text", text));
                    n.close();
                });
            }
            case ServerMessage.Ack m -> {
                w.number("rev", m.rev()).number("seq", m.seq());
                ClientMessages.writeDoc(w, m.doc());
            }
            case ServerMessage.Op m -> {
                w.number("rev", m.rev()).string("clientId", m.clientId()).operation("op", m.op());
                ClientMessages.writeDoc(w, m.doc());
            }
            case ServerMessage.Selection m -> ClientMessages.writeRanges(
                    w.string("clientId", m.clientId()).number("rev", m.rev()), m.ranges());
            case ServerMessage.Joined m -> writeParticipant(w.field("participant"), m.participant());
            case ServerMessage.Left m -> w.string("clientId", m.clientId());
            case ServerMessage.Language m -> w.string("language", m.language()).string("clientId", m.clientId());
            case ServerMessage.Run m -> ClientMessages.writeRun(w.string("clientId", m.clientId()), m.run());
            case ServerMessage.Closed m -> { }
            case ServerMessage.Error m -> {
                w.string("code", m.code().wire()).string("message", m.message());
                m.seq().ifPresent(seq -> w.number("seq", seq));
            }
            case ServerMessage.Synced m -> {
                w.number("rev", m.rev());
                m.notesRev().ifPresent(rev -> w.number("notesRev", rev));
            }
            case ServerMessage.Pong m -> { }
        }
        return w.end();
    }

    static void writeParticipants(StringBuilder out, List<Participant> participants) {
        out.append('[');
        for (int i = 0; i < participants.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeParticipant(out, participants.get(i));
        }
        out.append(']');
    }

    static void writeParticipant(StringBuilder out, Participant p) {
        JsonWriter w = JsonWriter.object(out).string("clientId", p.clientId()).string("name", p.name())
                .string("role", p.role().wire()).string("color", p.color());
        p.selection().ifPresent(ranges -> ClientMessages.writeRanges(w, "selection", ranges));
        w.close();
    }
}
