package dev.pairpad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.ServerMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real java.net.http WebSocket to a room, collecting every server message for the test to wait on. */
public final class TestSocket implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;
    private final boolean reading;

    private TestSocket(String url, boolean reading) {
        this.reading = reading;
        this.socket = CLIENT.newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Connects to room {@code roomId} of {@code server}. */
    public static TestSocket open(PairpadServer server, String roomId) {
        return new TestSocket(server.url().replace("http://", "ws://") + "/ws/rooms/" + roomId, true);
    }

    /** Connects to room {@code roomId} of {@code server} and joins it afresh, reading the {@code welcome}. */
    public static TestSocket joined(PairpadServer server, String roomId, String key, String name) {
        TestSocket socket = open(server, roomId);
        socket.send(ClientMessage.Hello.join(key, name));
        socket.expect(ServerMessage.Welcome.class);
        return socket;
    }

    /** Connects but never reads what the server sends (a slow consumer). */
    public static TestSocket openNotReading(PairpadServer server, String roomId) {
        return new TestSocket(server.url().replace("http://", "ws://") + "/ws/rooms/" + roomId, false);
    }

    public static TestSocket open(String baseUrl, String roomId) {
        return new TestSocket(baseUrl.replace("http://", "ws://") + "/ws/rooms/" + roomId, true);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            if (reading) {
                webSocket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.complete(-1);
        }
    }

    public TestSocket send(ClientMessage message) {
        return sendRaw(MessageCodec.encode(message));
    }

    public TestSocket sendRaw(String text) {
        socket.sendText(text, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        return this;
    }

    public TestSocket sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        return this;
    }

    /** The next message, failing after the timeout. */
    public ServerMessage next() {
        return MessageCodec.decodeServer(nextRaw());
    }

    public String nextRaw() {
        try {
            String text = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(text).as("a message from the server within " + TIMEOUT).isNotNull();
            return text;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message if one has arrived, without waiting. */
    public java.util.Optional<ServerMessage> poll() {
        String text = received.poll();
        return text == null ? java.util.Optional.empty() : java.util.Optional.of(MessageCodec.decodeServer(text));
    }

    /** Skips messages until one of {@code type} arrives. */
    public <T extends ServerMessage> T next(Class<T> type) {
        return next(type, m -> true);
    }

    /** Skips messages until one of {@code type} matching {@code condition} arrives. */
    public <T extends ServerMessage> T next(Class<T> type, Predicate<T> condition) {
        while (true) {
            ServerMessage message = next();
            if (type.isInstance(message) && condition.test(type.cast(message))) {
                return type.cast(message);
            }
        }
    }

    /** Every message up to (not including) the first of {@code type}, which is consumed. */
    public java.util.List<ServerMessage> until(Class<? extends ServerMessage> type) {
        java.util.List<ServerMessage> before = new java.util.ArrayList<>();
        while (true) {
            ServerMessage message = next();
            if (type.isInstance(message)) {
                return before;
            }
            before.add(message);
        }
    }

    /** The next message, which must be of {@code type}. */
    public <T extends ServerMessage> T expect(Class<T> type) {
        ServerMessage message = next();
        assertThat(message).isInstanceOf(type);
        return type.cast(message);
    }

    /** True when nothing is waiting to be read right now (the server's answers to earlier messages were read). */
    public boolean nothingPending() {
        return received.isEmpty();
    }

    /** The close code the server sent, waiting for it. */
    public int awaitClose() {
        return closeCode.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public boolean isClosed() {
        return closeCode.isDone();
    }

    /** Drops the TCP connection without a close handshake (a lost network). */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
