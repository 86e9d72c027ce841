package dev.pairpad.api.ot;

import java.util.Objects;

/**
 * The state of an {@link OtClient} (after ot.js {@code client.js}): every transition is a method of the current
 * state returning the next one, so the three cases and their rules sit side by side.
 */
public sealed interface ClientState {

    /** Nothing of ours is in flight: the local document equals the server's at the client's revision. */
    record Synchronized() implements ClientState {
        ClientState applyClient(OtClient client, TextOperation operation) {
            long seq = client.send(operation);
            return new AwaitingConfirm(seq, operation);
        }

        ClientState applyServer(OtClient client, TextOperation operation) {
            client.applyToDocument(operation);
            return this;
        }
    }

    /** One op ({@code seq}) is sent and not yet acknowledged; it is kept transformed to the latest revision. */
    record AwaitingConfirm(long seq, TextOperation outstanding) implements ClientState {
        /** Checks that the outstanding op is present. */
        public AwaitingConfirm {
            Objects.requireNonNull(outstanding, "outstanding");
        }

        ClientState applyClient(TextOperation operation) {
            return new AwaitingWithBuffer(seq, outstanding, operation);
        }

        ClientState applyServer(OtClient client, TextOperation operation) {
            OperationPair pair = TextOperation.transform(outstanding, operation);
            client.applyToDocument(pair.right());
            return new AwaitingConfirm(seq, pair.left());
        }

        ClientState serverAck() {
            return new Synchronized();
        }

        void resend(OtClient client) {
            client.resend(seq, outstanding);
        }
    }

    /** One op is in flight and later local edits wait, composed into {@code buffer}, until it is acknowledged. */
    record AwaitingWithBuffer(long seq, TextOperation outstanding, TextOperation buffer) implements ClientState {
        /** Checks that both ops are present. */
        public AwaitingWithBuffer {
            Objects.requireNonNull(outstanding, "outstanding");
            Objects.requireNonNull(buffer, "buffer");
        }

        ClientState applyClient(TextOperation operation) {
            return new AwaitingWithBuffer(seq, outstanding, buffer.compose(operation));
        }

        ClientState applyServer(OtClient client, TextOperation operation) {
            OperationPair first = TextOperation.transform(outstanding, operation);
            OperationPair second = TextOperation.transform(buffer, first.right());
            client.applyToDocument(second.right());
            return new AwaitingWithBuffer(seq, first.left(), second.left());
        }

        ClientState serverAck(OtClient client) {
            long next = client.send(buffer);
            return new AwaitingConfirm(next, buffer);
        }

        void resend(OtClient client) {
            client.resend(seq, outstanding);
        }
    }
}
