package dev.pairpad.api.client;

import dev.pairpad.api.ot.OtClient;
import dev.pairpad.api.ot.ProtocolOrderException;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.ProtocolException;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RunEvent;
import dev.pairpad.api.protocol.ServerMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * A live connection to one room over WebSocket: joins with {@code hello}, keeps a local replica of the code
 * document in step through {@link OtClient}, sends local edits, and reports everything else to its
 * {@link SessionListener}. When the connection drops it reconnects with capped exponential backoff and resumes
 * (PROTOCOL.md "Resume"): the replay brings the replica up to date and the unacknowledged op is sent again under
 * the same seq, so nothing typed is lost or applied twice. Thread-safe.
 */
public final class RoomSession implements AutoCloseable {
    private static final Duration RATE_LIMITED_RETRY = Duration.ofMillis(500);
    private final PairpadClient client;
    private final URI socketUri;
    private final RoomSessionBuilder options;
    private final Object lock = new Object();
    private final SessionDocument document;
    private final CompletableFuture<RoomSession> opened = new CompletableFuture<>();
    private final CompletableFuture<Optional<PairpadClientException>> ended = new CompletableFuture<>();

    // guarded by lock
    private Connection connection;
    private boolean welcomed;
    private long highestSeqSentOnConnection;
    private int attempt;
    private boolean over;
    private ScheduledFuture<?> pinger;

    private RoomSession(RoomSessionBuilder options) {
        this.client = options.client;
        this.options = options;
        this.socketUri = socketUri(client.server(), options.roomId);
        this.document = new SessionDocument(options.keepText, options.listener, new SessionDocument.Sender() {
            @Override
            public void send(int revision, long seq, TextOperation operation) {
                sendOperation(revision, seq, operation);
            }

            @Override
            public boolean sendSelection(int revision, List<Range> ranges) {
                return RoomSession.this.send(new ClientMessage.Selection(revision, ranges));
            }
        });
    }

    static RoomSession open(RoomSessionBuilder options) {
        return new RoomSession(options).open();
    }

    /** The last revision of the code this session applied from the server. */
    public int revision() {
        synchronized (lock) {
            return document.revision();
        }
    }

    /** The local replica of the code, including local edits not yet acknowledged. */
    public String text() {
        synchronized (lock) {
            return document.text();
        }
    }

    /** The length of the local replica in UTF-16 units. */
    public int length() {
        synchronized (lock) {
            return document.length();
        }
    }

    /** This participant's id, stable across resumes. */
    public String clientId() {
        synchronized (lock) {
            return document.clientId();
        }
    }

    /** The role the server gave this session. */
    public Role role() {
        synchronized (lock) {
            return document.role();
        }
    }

    /** The room's current language id. */
    public String language() {
        synchronized (lock) {
            return document.language();
        }
    }

    /** Everyone in the room as last heard, with selections moved onto the local replica. */
    public List<Participant> participants() {
        synchronized (lock) {
            return document.participants();
        }
    }

    /** True while a connection is up and joined. */
    public boolean connected() {
        synchronized (lock) {
            return welcomed;
        }
    }

    /** Applies {@code operation} (based on the local replica) locally and sends it; queued while disconnected. */
    public void edit(TextOperation operation) {
        synchronized (lock) {
            requireOpen();
            document.applyLocal(operation);
        }
    }

    /**
     * Applies the edit {@code change} builds for the replica's current length, with no remote op applied in
     * between (e.g. appending: {@code length -> builder().retain(length).insert("x").build()}).
     */
    public void edit(IntFunction<TextOperation> change) {
        synchronized (lock) {
            edit(change.apply(document.length()));
        }
    }

    /** Inserts {@code text} at UTF-16 offset {@code index} of the local replica. */
    public void insert(int index, String text) {
        synchronized (lock) {
            edit(TextOperation.splice(document.length(), index, 0, text));
        }
    }

    /** Deletes {@code count} UTF-16 units at offset {@code index} of the local replica. */
    public void delete(int index, int count) {
        synchronized (lock) {
            edit(TextOperation.splice(document.length(), index, count, ""));
        }
    }

    /**
     * Shares this participant's selection (UTF-16 offsets in the local replica). Sent at once when no own edit is
     * in flight, else as soon as the server has acknowledged them, moved along with every edit in between.
     */
    public void select(List<Range> ranges) {
        synchronized (lock) {
            requireOpen();
            document.select(ranges);
        }
    }

    /** Asks the server to switch the room's language. */
    public void switchLanguage(String language) {
        synchronized (lock) {
            requireOpen();
            send(new ClientMessage.Language(language));
        }
    }

    /** Shares one event of a code run with the room. */
    public void shareRun(RunEvent run) {
        synchronized (lock) {
            requireOpen();
            send(new ClientMessage.Run(run));
        }
    }

    /** Completes when every local edit made so far has been acknowledged by the server. */
    public CompletableFuture<Void> settled() {
        synchronized (lock) {
            return document.settled();
        }
    }

    /** Completes once the replica has applied revision {@code revision} (or a later one) from the server. */
    public CompletableFuture<Void> reached(int revision) {
        synchronized (lock) {
            return document.reached(revision);
        }
    }

    /** Completes when the session is over: empty when closed by {@link #close()}, else the failure. */
    public CompletableFuture<Optional<PairpadClientException>> ended() {
        return ended;
    }

    /** Drops the current connection as if the network failed (the session reconnects and resumes). */
    public void dropConnection() {
        Connection current;
        synchronized (lock) {
            current = connection;
        }
        if (current != null) {
            current.abort("dropped on purpose");
        }
    }

    /** Leaves the room politely; idempotent. */
    @Override
    public void close() {
        Connection current;
        synchronized (lock) {
            if (over) {
                return;
            }
            current = connection;
            finish(Optional.empty());
        }
        if (current != null) {
            current.close(1000, "bye");
        }
    }

    private RoomSession open() {
        connect();
        try {
            return opened.get(options.joinTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PairpadClientException failure ? failure
                    : new PairpadProtocolException("joining failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            close();
            throw new PairpadUnreachableException(client.server(), "no welcome within " + options.joinTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new PairpadUnreachableException(client.server(), "interrupted while joining", e);
        }
    }

    private void connect() {
        Connection.open(client.transport().client(), socketUri, client.transport().timeout(), new Connection.Handler() {
            @Override
            public void message(Connection source, String text) {
                receive(source, text);
            }

            @Override
            public void lost(Connection source, int closeCode, String reason) {
                connectionLost(source, closeCode, reason);
            }
        }).whenComplete((fresh, failure) -> {
            if (failure != null) {
                connectFailed(failure);
                return;
            }
            synchronized (lock) {
                if (over) {
                    fresh.close(1000, "bye");
                    return;
                }
                connection = fresh;
                welcomed = false;
                highestSeqSentOnConnection = 0;
                if (fresh.ended()) {
                    // closed between the handshake and now: its end was reported before it was ours
                    connectionLost(fresh, -1, "closed right after connecting");
                    return;
                }
                fresh.send(MessageCodec.encode(document.hello(options.key, options.name, options.observe)));
                Scheduling.scheduler().schedule(() -> {
                    synchronized (lock) {
                        if (connection == fresh && !welcomed) {
                            fresh.abort("no welcome within " + options.joinTimeout.toSeconds() + " s");
                        }
                    }
                }, options.joinTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private void connectFailed(Throwable failure) {
        PairpadUnreachableException unreachable = HttpTransport.unreachable(client.server(), failure);
        synchronized (lock) {
            if (!opened.isDone()) {
                finish(Optional.of(unreachable));
                return;
            }
            scheduleReconnect(unreachable.getMessage());
        }
    }

    private void receive(Connection source, String text) {
        synchronized (lock) {
            if (source != connection || over) {
                return;
            }
            ServerMessage message;
            try {
                message = MessageCodec.decodeServer(text);
            } catch (ProtocolException e) {
                source.abort("unreadable message from the server: " + e.getMessage());
                return;
            }
            try {
                handle(source, message);
            } catch (ProtocolOrderException e) {
                document.forgetResume();
                source.abort("replica out of step with the server (" + e.getMessage() + "); reloading");
            }
        }
    }

    private void handle(Connection source, ServerMessage message) {
        switch (message) {
            case ServerMessage.Welcome welcome -> {
                welcomed = true;
                attempt = 0;
                document.welcome(welcome);
                document.selectionLost();
                if (!welcome.resumed()) {
                    document.flushSelection();
                }
                startPinging();
                opened.complete(this);
            }
            case ServerMessage.Synced synced -> {
                long outstanding = document.outstandingSeq();
                if (outstanding > highestSeqSentOnConnection) {
                    document.resend();
                }
                document.synced(synced);
                document.flushSelection();
            }
            case ServerMessage.Error error -> {
                document.error(error);
                if (error.code() == ErrorCode.STALE_REVISION) {
                    document.forgetResume();
                    source.abort("stale revision; reloading");
                } else if (error.code().closesConnection()) {
                    finish(Optional.of(new PairpadSessionException(
                            "room " + options.roomId + ": " + error.code().wire() + ": " + error.message(),
                            Optional.of(error.code()))));
                    source.abort("ended by the server");
                } else if (error.seq().isPresent() && error.seq().get() == document.outstandingSeq()) {
                    refused(source, error.seq().get(), error.code());
                }
            }
            default -> document.handle(message);
        }
    }

    /** The server refused our op in flight: resend it later when rate limited, else reload without it. */
    private void refused(Connection source, long seq, ErrorCode code) {
        if (code == ErrorCode.RATE_LIMITED) {
            Scheduling.scheduler().schedule(() -> {
                synchronized (lock) {
                    if (connection == source && welcomed && document.outstandingSeq() == seq) {
                        document.resend();
                    }
                }
            }, RATE_LIMITED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            document.forgetResume();
            source.abort("the server refused edit " + seq + " (" + code.wire() + "); reloading the room");
        }
    }

    private void connectionLost(Connection source, int closeCode, String reason) {
        synchronized (lock) {
            if (source != connection) {
                return;
            }
            connection = null;
            welcomed = false;
            stopPinging();
            if (over) {
                return;
            }
            if (!opened.isDone()) {
                finish(Optional.of(new PairpadSessionException("room " + options.roomId
                        + ": connection closed before joining: " + reason, Optional.empty())));
                return;
            }
            if (closeCode == Protocol.CLOSE_REPLACED || closeCode == Protocol.CLOSE_ROOM_DELETED) {
                finish(Optional.of(new PairpadSessionException("room " + options.roomId + ": " + reason
                        + (closeCode == Protocol.CLOSE_REPLACED ? " (another connection resumed this participant)"
                        : " (the room was deleted)"), Optional.empty())));
                return;
            }
            scheduleReconnect(reason);
        }
    }

    private void scheduleReconnect(String reason) {
        attempt++;
        if (attempt > options.backoff.maxAttempts()) {
            finish(Optional.of(new PairpadUnreachableException(client.server(),
                    "gave up after " + options.backoff.maxAttempts() + " attempts: " + reason, null)));
            return;
        }
        Duration delay = options.backoff.delay(attempt);
        options.listener.on(new SessionEvent.Disconnected(reason, attempt, delay));
        Scheduling.scheduler().schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sendOperation(int revision, long seq, TextOperation operation) {
        if (welcomed) {
            highestSeqSentOnConnection = Math.max(highestSeqSentOnConnection, seq);
            send(new ClientMessage.Op(revision, seq, operation, DocumentKind.CODE));
        }
    }

    /** Sends {@code message} on the joined connection; false (nothing sent) while not joined. */
    private boolean send(ClientMessage message) {
        if (!welcomed || connection == null) {
            return false;
        }
        connection.send(MessageCodec.encode(message));
        return true;
    }

    private void startPinging() {
        stopPinging();
        long every = options.pingInterval.toMillis();
        pinger = Scheduling.scheduler().scheduleAtFixedRate(() -> {
            synchronized (lock) {
                send(new ClientMessage.Ping());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private void stopPinging() {
        if (pinger != null) {
            pinger.cancel(false);
            pinger = null;
        }
    }

    private void finish(Optional<PairpadClientException> failure) {
        if (over) {
            return;
        }
        over = true;
        stopPinging();
        failure.ifPresent(opened::completeExceptionally);
        opened.completeExceptionally(new PairpadSessionException("session closed", Optional.empty()));
        document.ended(failure);
        ended.complete(failure);
    }

    private void requireOpen() {
        if (over) {
            throw new IllegalStateException("the session on room " + options.roomId + " is over");
        }
    }

    static URI socketUri(URI server, String roomId) {
        String scheme = "https".equals(server.getScheme()) ? "wss" : "ws";
        String base = server.toString().substring(server.getScheme().length());
        return URI.create(scheme + base + "/ws/rooms/"
                + URLEncoder.encode(roomId, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
