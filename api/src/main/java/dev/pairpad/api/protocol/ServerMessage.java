package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A message the server sends to a client; {@link MessageCodec} reads and writes the JSON form. */
public sealed interface ServerMessage {

    /** This message's kind. */
    MessageType type();

    /** Joined ({@code code} present) or resumed ({@code code} absent, replay follows up to {@link Synced}). */
    record Welcome(int protocol, String clientId, Role role, boolean resumed, int rev, Optional<String> code,
                   String language, List<Participant> participants, RoomInfo room, Optional<NotesState> notes)
            implements ServerMessage {
        public Welcome {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(room, "room");
            participants = List.copyOf(participants);
        }

        @Override
        public MessageType type() {
            return MessageType.WELCOME;
        }
    }

    /** The recipient's op {@code seq} became revision {@code rev} of {@code doc}. */
    record Ack(int rev, long seq, DocumentKind doc) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.ACK;
        }
    }

    /** Someone else's op, now revision {@code rev} of {@code doc}. */
    record Op(int rev, String clientId, TextOperation op, DocumentKind doc) implements ServerMessage {
        public Op {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(doc, "doc");
        }

        @Override
        public MessageType type() {
            return MessageType.OP;
        }
    }

    /** Someone's selection, valid in the code document at {@code rev}. */
    record Selection(String clientId, int rev, List<Range> ranges) implements ServerMessage {
        public Selection {
            Objects.requireNonNull(clientId, "clientId");
            ranges = List.copyOf(ranges);
        }

        @Override
        public MessageType type() {
            return MessageType.SELECTION;
        }
    }

    /** Someone joined. */
    record Joined(Participant participant) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.JOINED;
        }
    }

    /** Someone left. */
    record Left(String clientId) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.LEFT;
        }
    }

    /** The room's language was switched by {@code clientId}. */
    record Language(String language, String clientId) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.LANGUAGE;
        }
    }

    /** Someone's run event. */
    record Run(String clientId, RunEvent run) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.RUN;
        }
    }

    /** The room was closed and is read-only from now on. */
    record Closed() implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.CLOSED;
        }
    }

    /** Something was refused; {@code seq} names the refused op when there was one. */
    record Error(ErrorCode code, String message, Optional<Long> seq) implements ServerMessage {
        public Error {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /** An error not tied to an op. */
        public static Error of(ErrorCode code, String message) {
            return new Error(code, message, Optional.empty());
        }

        @Override
        public MessageType type() {
            return MessageType.ERROR;
        }
    }

    /** End of the resume replay; {@code notesRev} is present for interviewers only. */
    record Synced(int rev, Optional<Integer> notesRev) implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.SYNCED;
        }
    }

    /** Answer to {@code ping}. */
    record Pong() implements ServerMessage {
        @Override
        public MessageType type() {
            return MessageType.PONG;
        }
    }
}
