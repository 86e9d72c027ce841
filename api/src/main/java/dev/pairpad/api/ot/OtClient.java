package dev.pairpad.api.ot;

import java.util.Objects;

/**
 * The client half of server-authoritative OT: keeps at most one op in flight, buffers later local edits, and
 * transforms them against ops from the server so that the local document converges with the server's. Revisions
 * and seqs follow PROTOCOL.md; local ops are transformed as the FIRST argument (PROTOCOL.md "Concurrent inserts").
 * Not thread-safe: feed it from one thread (or under one lock). No network: the {@link Callbacks} send and apply.
 *
 * <p>Reconnect (PROTOCOL.md "Resume"): send {@code hello} with {@link #revision()}, feed the replayed messages to
 * {@link #applyServer} / {@link #serverAck} as usual, and on {@code synced} call {@link #resend()}, which sends the
 * still-unacknowledged op again under the SAME seq (the server applies it at most once). Local edits made while
 * disconnected are simply buffered; an op "sent" while disconnected is lost by the transport and resent here.
 */
public final class OtClient {
    /** What the client needs from its surroundings. */
    public interface Callbacks {
        /** Send {@code {"type":"op","rev":revision,"seq":seq,"op":operation}} to the server. */
        void sendOperation(int revision, long seq, TextOperation operation);

        /** Apply a remote change (already transformed) to the local document. */
        void applyOperation(TextOperation operation);
    }

    private final Callbacks callbacks;
    private int revision;
    private long nextSeq;
    private ClientState state = new ClientState.Synchronized();

    /** Starts synchronized at {@code revision} (the {@code welcome} revision), numbering ops from seq 1. */
    public OtClient(int revision, Callbacks callbacks) {
        this(revision, 1, callbacks);
    }

    /** Starts synchronized at {@code revision}, giving the next op {@code nextSeq} (to continue after a resume). */
    public OtClient(int revision, long nextSeq, Callbacks callbacks) {
        if (revision < 0 || nextSeq < 1) {
            throw new IllegalArgumentException("revision must be >= 0 and nextSeq >= 1, were " + revision + " and " + nextSeq);
        }
        this.revision = revision;
        this.nextSeq = nextSeq;
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    }

    /** The last server revision this client has applied (what to send as {@code rev} when resuming). */
    public int revision() {
        return revision;
    }

    /** The seq the next sent op will carry. */
    public long nextSeq() {
        return nextSeq;
    }

    /** The current state; never null. */
    public ClientState state() {
        return state;
    }

    /** Records a local edit (already applied to the local document) and sends it when nothing else is in flight. */
    public void applyClient(TextOperation operation) {
        Objects.requireNonNull(operation, "operation");
        state = switch (state) {
            case ClientState.Synchronized s -> s.applyClient(this, operation);
            case ClientState.AwaitingConfirm s -> s.applyClient(operation);
            case ClientState.AwaitingWithBuffer s -> s.applyClient(operation);
        };
    }

    /**
     * Takes another participant's op that became {@code serverRevision}, transforms it past our unacknowledged
     * edits and hands it to {@link Callbacks#applyOperation}.
     *
     * @throws ProtocolOrderException if {@code serverRevision} is not {@code revision() + 1}
     */
    public void applyServer(int serverRevision, TextOperation operation) {
        Objects.requireNonNull(operation, "operation");
        requireNext(serverRevision, "op");
        state = switch (state) {
            case ClientState.Synchronized s -> s.applyServer(this, operation);
            case ClientState.AwaitingConfirm s -> s.applyServer(this, operation);
            case ClientState.AwaitingWithBuffer s -> s.applyServer(this, operation);
        };
        revision = serverRevision;
    }

    /**
     * Takes the server's {@code ack}: our op {@code seq} became {@code serverRevision}; sends the buffered edits.
     *
     * @throws ProtocolOrderException if no op is in flight, {@code seq} is not the one in flight, or the revision
     *                                does not follow {@link #revision()}
     */
    public void serverAck(int serverRevision, long seq) {
        long expected = switch (state) {
            case ClientState.Synchronized s -> throw new ProtocolOrderException(
                    "ack for seq " + seq + " but no operation is awaiting confirmation");
            case ClientState.AwaitingConfirm s -> s.seq();
            case ClientState.AwaitingWithBuffer s -> s.seq();
        };
        if (seq != expected) {
            throw new ProtocolOrderException("ack for seq " + seq + " but seq " + expected + " is awaiting confirmation");
        }
        requireNext(serverRevision, "ack");
        revision = serverRevision;
        state = switch (state) {
            case ClientState.Synchronized s -> s;
            case ClientState.AwaitingConfirm s -> s.serverAck();
            case ClientState.AwaitingWithBuffer s -> s.serverAck(this);
        };
    }

    /** After a reconnect's replay ({@code synced}): sends the unacknowledged op again under its original seq. */
    public void resend() {
        switch (state) {
            case ClientState.Synchronized s -> { }
            case ClientState.AwaitingConfirm s -> s.resend(this);
            case ClientState.AwaitingWithBuffer s -> s.resend(this);
        }
    }

    /**
     * Moves a remote participant's selection, valid at {@link #revision()}, onto the local document (past our
     * unacknowledged edits); offsets stay inside the document and keep their order.
     */
    public Selection transformSelection(Selection selection) {
        return switch (state) {
            case ClientState.Synchronized s -> selection;
            case ClientState.AwaitingConfirm s -> selection.transform(s.outstanding());
            case ClientState.AwaitingWithBuffer s -> selection.transform(s.outstanding()).transform(s.buffer());
        };
    }

    long send(TextOperation operation) {
        long seq = nextSeq++;
        callbacks.sendOperation(revision, seq, operation);
        return seq;
    }

    void resend(long seq, TextOperation operation) {
        callbacks.sendOperation(revision, seq, operation);
    }

    void applyToDocument(TextOperation operation) {
        callbacks.applyOperation(operation);
    }

    private void requireNext(int serverRevision, String kind) {
        if (serverRevision != revision + 1) {
            throw new ProtocolOrderException(kind + " for revision " + serverRevision + " but the client is at revision "
                    + revision + " and expects " + (revision + 1));
        }
    }

    @Override
    public String toString() {
        return "OtClient[revision=" + revision + ", nextSeq=" + nextSeq + ", state=" + state.getClass().getSimpleName() + "]";
    }
}
