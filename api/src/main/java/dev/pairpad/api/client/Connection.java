package dev.pairpad.api.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket connection: joins partial text frames into messages and queues sends, since
 * {@link WebSocket#sendText} allows only one send in flight. Reports the end exactly once.
 */
final class Connection implements WebSocket.Listener {

    /** Where a connection's messages and its end go. */
    interface Handler {
        void message(Connection connection, String text);

        void lost(Connection connection, int closeCode, String reason);
    }

    private final Handler handler;
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile WebSocket socket;
    private boolean sending;

    private Connection(Handler handler) {
        this.handler = handler;
    }

    static CompletableFuture<Connection> open(HttpClient client, URI uri, Duration timeout, Handler handler) {
        Connection connection = new Connection(handler);
        return client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, connection)
                .thenApply(socket -> {
                    connection.socket = socket;
                    return connection;
                });
    }

    /** Queues {@code text}; it is sent after everything queued before it. */
    void send(String text) {
        WebSocket target;
        synchronized (queue) {
            if (lost.get()) {
                return;
            }
            if (sending) {
                queue.add(text);
                return;
            }
            sending = true;
            target = socket;
        }
        transmit(target, text);
    }

    private void transmit(WebSocket target, String text) {
        target.sendText(text, true).whenComplete((ignored, failure) -> {
            if (failure != null) {
                abort("send failed: " + failure.getMessage());
                return;
            }
            String next;
            synchronized (queue) {
                next = queue.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            transmit(target, next);
        });
    }

    /** True once the end of this connection was reported. */
    boolean ended() {
        return lost.get();
    }

    /** Closes politely with {@code code}; the end is reported to the handler as usual. */
    void close(int code, String reason) {
        WebSocket target = socket;
        if (target != null && !target.isOutputClosed()) {
            target.sendClose(code, reason).whenComplete((ignored, failure) -> target.abort());
        }
        report(code, reason);
    }

    /** Drops the connection at once. */
    void abort(String reason) {
        WebSocket target = socket;
        if (target != null) {
            target.abort();
        }
        report(-1, reason);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        this.socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            if (!lost.get()) {
                handler.message(this, text);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        report(statusCode, reason.isEmpty() ? "closed by the server (" + statusCode + ")" : reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        report(-1, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    private void report(int code, String reason) {
        if (lost.compareAndSet(false, true)) {
            synchronized (queue) {
                queue.clear();
            }
            handler.lost(this, code, reason);
        }
    }
}
