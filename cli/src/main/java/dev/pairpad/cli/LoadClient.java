package dev.pairpad.cli;

import dev.pairpad.api.ot.ClientState;
import dev.pairpad.api.ot.OtClient;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.ServerMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One load-test participant on a {@link WsConnection}. Every received {@code op} is scanned ({@link OpScan}), not
 * parsed into a tree: its tokens are timed against their author's typing times and counted once each, and its
 * revision must follow the last one. A typist also keeps the server's document length and runs a real
 * {@link OtClient} while one of its edits is in flight (one op in flight, later edits composed, received ops
 * transformed past them); while nothing is in flight there is nothing to transform, so it only tracks revision and
 * length. Welcome, ack and error go through {@link MessageCodec}.
 */
final class LoadClient implements WsConnection.Listener, OtClient.Callbacks {
    private static final int MAX_LENGTH = 256 * 1024;
    private static final long RATE_LIMITED_RETRY_MILLIS = 100;
    private final String key;
    private final String name;
    private final LoadMeter meter;
    private final int receivers;
    private final RoomTypists typistsOfRoom;
    private final int typistIndex;
    private final int[] nextToken;
    private final CompletableFuture<LoadClient> joined = new CompletableFuture<>();
    private final OpScan scan = new OpScan();
    private final AtomicLongArray typedAt;
    private final AtomicInteger next = new AtomicInteger();
    private final ScheduledExecutorService retries;
    private volatile WsConnection connection;
    private volatile String clientId;
    private boolean welcomed;
    // Guarded by this: the reactor thread and the typing clock both change them (typists only).
    private int revision;
    private long length;
    private long nextSeq = 1;
    private OtClient ot;
    private boolean stopped;

    /**
     * @param typistIndex    this client's place among the room's typists, or -1 for a reader
     * @param typists        how many typists the room has
     * @param tokens         how many tokens a typist may type
     * @param receivers      how many other clients of the room receive each op
     * @param typistsOfRoom  the room's typists, published before anyone types
     */
    LoadClient(String key, String name, int typistIndex, int typists, int tokens, int receivers,
               RoomTypists typistsOfRoom, LoadMeter meter, ScheduledExecutorService retries) {
        this.key = key;
        this.name = name;
        this.meter = meter;
        this.receivers = receivers;
        this.typistsOfRoom = typistsOfRoom;
        this.typistIndex = typistIndex;
        this.nextToken = new int[typists];
        this.typedAt = new AtomicLongArray(typistIndex >= 0 ? tokens : 0);
        this.retries = retries;
    }

    /** Completes with this client once {@code welcome} arrived; fails with the reason when it cannot join. */
    CompletableFuture<LoadClient> joined() {
        return joined;
    }

    String clientId() {
        return clientId;
    }

    boolean typist() {
        return typistIndex >= 0;
    }

    void close() {
        WsConnection c = connection;
        if (c != null) {
            c.close();
        }
    }

    /** Types the next token at the end of the document (first cutting 4 KB at the start beyond 256 K). */
    void typeOne() {
        int token = next.getAndIncrement();
        if (token >= typedAt.length()) {
            return;
        }
        String text = Integer.toString(token, 36) + ";";
        synchronized (this) {
            typedAt.set(token, System.nanoTime());
            if (!stopped) {
                TextOperation op = length > MAX_LENGTH
                        ? TextOperation.builder().delete(4096).retain((int) length - 4096).insert(text).build()
                        : TextOperation.builder().retain((int) length).insert(text).build();
                length = op.targetLength();
                if (ot == null) {
                    ot = new OtClient(revision, nextSeq, this);
                }
                ot.applyClient(op);
            }
        }
        meter.sent.increment();
        meter.expected.add(receivers);
    }

    long typedAt(int token) {
        return token < typedAt.length() ? typedAt.get(token) : Long.MIN_VALUE;
    }

    @Override
    public void opened(WsConnection opened) {
        connection = opened;
        opened.send(MessageCodec.encode(ClientMessage.Hello.join(key, name)));
    }

    @Override
    public void text(byte[] data, int offset, int length, long now) {
        if (welcomed && scan.scan(data, offset, length)) {
            if (scan.codeDocument()) {
                remoteOp(now);
            }
            return;
        }
        ServerMessage message;
        try {
            message = MessageCodec.decodeServer(new String(data, offset, length, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            meter.error("unreadable-message", e.getMessage());
            return;
        }
        switch (message) {
            case ServerMessage.Welcome welcome -> welcome(welcome);
            case ServerMessage.Ack ack when ack.doc() == DocumentKind.CODE -> ack(ack);
            case ServerMessage.Error error -> error(error);
            case ServerMessage.Op op when op.doc() == DocumentKind.CODE ->
                    meter.error("unscannable-op", "an op message the scanner could not read: rev " + op.rev());
            default -> { }
        }
    }

    private synchronized void welcome(ServerMessage.Welcome welcome) {
        clientId = welcome.clientId();
        revision = welcome.rev();
        length = welcome.code().map(String::length).orElse(0);
        welcomed = true;
        joined.complete(this);
    }

    private void remoteOp(long now) {
        synchronized (this) {
            if (scan.rev() != revision + 1) {
                stop("out-of-order", "op for revision " + scan.rev() + " after revision " + revision);
                revision = scan.rev();
            } else if (ot == null) {
                if (typist() && !stopped && scan.baseLength() != length) {
                    stop("diverged", "op of base length " + scan.baseLength() + " on a document of " + length);
                }
                length = scan.targetLength();
                revision = scan.rev();
            } else {
                try {
                    ot.applyServer(scan.rev(), scan.operation());
                    revision = ot.revision();
                } catch (RuntimeException e) {
                    stop("out-of-order", e.getMessage());
                    revision = scan.rev();
                }
            }
        }
        int tokens = scan.tokenCount();
        if (tokens == 0) {
            return;
        }
        LoadClient author = scan.author(typistsOfRoom);
        if (author == null) {
            return;
        }
        for (int i = 0; i < tokens; i++) {
            int token = scan.token(i);
            // An author's tokens reach each receiver in typing order: anything else is a duplicate or a gap.
            if (token != nextToken[author.typistIndex]) {
                meter.error("duplicate-or-gap", "token " + token + " of " + author.name + " after token "
                        + (nextToken[author.typistIndex] - 1));
            }
            nextToken[author.typistIndex] = token + 1;
            meter.delivered(author.typedAt(token), now);
        }
    }

    private synchronized void ack(ServerMessage.Ack ack) {
        meter.acknowledged.increment();
        if (ot == null) {
            meter.error("unexpected-ack", "ack for seq " + ack.seq() + " with nothing in flight");
            return;
        }
        try {
            ot.serverAck(ack.rev(), ack.seq());
        } catch (RuntimeException e) {
            stop("out-of-order", e.getMessage());
            return;
        }
        revision = ot.revision();
        if (ot.state() instanceof ClientState.Synchronized) {
            nextSeq = ot.nextSeq();
            ot = null;
        }
    }

    private synchronized void error(ServerMessage.Error error) {
        meter.error(error.code().wire(), error.message());
        if (error.code().closesConnection() && !joined.isDone()) {
            joined.completeExceptionally(new IllegalStateException(error.code().wire() + ": " + error.message()));
        }
        Optional<Long> refused = error.seq();
        if (refused.isEmpty() || ot == null || refused.get() != inFlight()) {
            return;
        }
        if (error.code() == ErrorCode.RATE_LIMITED) {
            long seq = refused.get();
            retries.schedule(() -> {
                synchronized (this) {
                    if (ot != null && !stopped && inFlight() == seq) {
                        ot.resend();
                    }
                }
            }, RATE_LIMITED_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            // The edit was refused (counted above): ours and the server's document now differ; stop editing.
            stop(null, null);
        }
    }

    private long inFlight() {
        return switch (ot.state()) {
            case ClientState.Synchronized s -> -1;
            case ClientState.AwaitingConfirm s -> s.seq();
            case ClientState.AwaitingWithBuffer s -> s.seq();
        };
    }

    /** Stops typing (tokens still count as sent, and their deliveries as missing); counts {@code code} once. */
    private void stop(String code, String message) {
        if (!stopped && code != null) {
            meter.error(code, message);
        }
        stopped = true;
        ot = null;
    }

    @Override
    public void closed(String reason, boolean requested) {
        if (!requested) {
            meter.disconnected(reason);
        }
        synchronized (this) {
            stopped = true;
            ot = null;
        }
        joined.completeExceptionally(new IllegalStateException(reason));
    }

    @Override
    public void sendOperation(int revision, long seq, TextOperation operation) {
        connection.send(MessageCodec.encode(new ClientMessage.Op(revision, seq, operation, DocumentKind.CODE)));
    }

    @Override
    public void applyOperation(TextOperation operation) {
        if (operation.baseLength() != length) {
            stop("diverged", "op of base length " + operation.baseLength() + " on a document of " + length);
        }
        length = operation.targetLength();
    }
}
