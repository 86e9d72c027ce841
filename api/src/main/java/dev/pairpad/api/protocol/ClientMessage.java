package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A message a client sends to the server; {@link MessageCodec} reads and writes the JSON form. */
public sealed interface ClientMessage {

    /** This message's kind. */
    MessageType type();

    /**
     * Join a room, or resume when both {@code clientId} and {@code rev} are present.
     *
     * @param observe true for {@code "mode":"observe"}: join read-only whatever the key allows
     */
    record Hello(int protocol, String key, String name, Optional<String> clientId, Optional<Integer> rev,
                 Optional<Integer> notesRev, boolean observe) implements ClientMessage {
        public Hello {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }

        /** A fresh join with the current protocol version. */
        public static Hello join(String key, String name) {
            return new Hello(Protocol.VERSION, key, name, Optional.empty(), Optional.empty(), Optional.empty(), false);
        }

        /** True when this hello asks to resume (it has both a previous clientId and rev). */
        public boolean resumes() {
            return clientId.isPresent() && rev.isPresent();
        }

        @Override
        public MessageType type() {
            return MessageType.HELLO;
        }
    }

    /** An edit of {@code doc} based on revision {@code rev}, the author's {@code seq}-th op. */
    record Op(int rev, long seq, TextOperation op, DocumentKind doc) implements ClientMessage {
        public Op {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(doc, "doc");
        }

        @Override
        public MessageType type() {
            return MessageType.OP;
        }
    }

    /** The sender's selection, valid in the code document at {@code rev}. */
    record Selection(int rev, List<Range> ranges) implements ClientMessage {
        public Selection {
            ranges = List.copyOf(ranges);
        }

        @Override
        public MessageType type() {
            return MessageType.SELECTION;
        }
    }

    /** Switch the room's language to the language id {@code language}. */
    record Language(String language) implements ClientMessage {
        public Language {
            Objects.requireNonNull(language, "language");
        }

        @Override
        public MessageType type() {
            return MessageType.LANGUAGE;
        }
    }

    /** Share one event of a code run with the room. */
    record Run(RunEvent run) implements ClientMessage {
        public Run {
            Objects.requireNonNull(run, "run");
        }

        @Override
        public MessageType type() {
            return MessageType.RUN;
        }
    }

    /** Keep-alive. */
    record Ping() implements ClientMessage {
        @Override
        public MessageType type() {
            return MessageType.PING;
        }
    }
}
