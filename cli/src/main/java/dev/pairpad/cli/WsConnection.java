package dev.pairpad.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One client WebSocket over a plain non-blocking {@link SocketChannel}, served by a {@link WsReactor}: does the
 * upgrade itself, answers pings and close frames, and hands each whole text message to its {@link Listener} on the
 * reactor thread, in order. {@link #send} may be called from any thread; messages leave in the order sent.
 */
final class WsConnection implements WsFrameDecoder.Sink {
    /** What happens on a connection; every call comes from the reactor thread. */
    interface Listener {
        /** The server accepted the upgrade: messages may be sent. */
        void opened(WsConnection connection);

        /** One text message (UTF-8), valid only during the call; {@code now} is when its read batch began. */
        void text(byte[] data, int offset, int length, long now);

        /** The connection is gone (called once); {@code requested} when {@link #close()} asked for it. */
        void closed(String reason, boolean requested);
    }

    private static final int MAX_HEAD = 16 * 1024;
    private final WsReactor reactor;
    private final SocketChannel channel;
    private final Listener listener;
    private final WsHandshake handshake;
    private final WsFrameDecoder decoder;
    private final ArrayDeque<ByteBuffer> outgoing = new ArrayDeque<>();
    private SelectionKey key;
    private boolean upgraded;
    private boolean gone;
    private volatile boolean closeRequested;

    private WsConnection(WsReactor reactor, SocketChannel channel, Listener listener, WsHandshake handshake,
                         int maxMessage) {
        this.reactor = reactor;
        this.channel = channel;
        this.listener = listener;
        this.handshake = handshake;
        this.decoder = new WsFrameDecoder(16 * 1024, maxMessage);
    }

    /**
     * Connects to {@code address} (blocking, on the caller's thread), sends the upgrade request for {@code path} and
     * hands the connection to {@code reactor}; {@link Listener#opened} or {@link Listener#closed} follows.
     */
    static WsConnection open(WsReactor reactor, InetSocketAddress address, String hostHeader, String path,
                             Listener listener, int maxMessage) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(address);
            WsHandshake handshake = WsHandshake.random();
            ByteBuffer request = ByteBuffer.wrap(handshake.request(hostHeader, path));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            channel.configureBlocking(false);
            WsConnection connection = new WsConnection(reactor, channel, listener, handshake, maxMessage);
            reactor.execute(connection::register);
            return connection;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Sends one text message; dropped silently once the connection is gone (the listener has been told). */
    void send(String text) {
        sendFrame(WsFrames.frame(WsFrameDecoder.TEXT, text.getBytes(StandardCharsets.UTF_8),
                ThreadLocalRandom.current().nextInt()));
    }

    /** Sends a close frame (1000) and closes the socket; {@link Listener#closed} is told with requested = true. */
    void close() {
        closeRequested = true;
        sendFrame(WsFrames.frame(WsFrameDecoder.CLOSE, new byte[] {0x03, (byte) 0xE8}, ThreadLocalRandom.current().nextInt()));
        reactor.execute(() -> closeNow("closed by the load test"));
    }

    private void sendFrame(ByteBuffer frame) {
        synchronized (outgoing) {
            if (gone) {
                return;
            }
            if (outgoing.isEmpty() && key != null) {
                try {
                    channel.write(frame);
                } catch (IOException e) {
                    reactor.execute(() -> closeNow("write failed: " + e.getMessage()));
                    return;
                }
                if (!frame.hasRemaining()) {
                    return;
                }
            }
            outgoing.add(frame);
            if (key != null && key.isValid()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                reactor.wakeup();
            }
        }
    }

    private void register() {
        try {
            synchronized (outgoing) {
                key = channel.register(reactor.selector(),
                        outgoing.isEmpty() ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE, this);
            }
        } catch (ClosedChannelException e) {
            closeNow("socket closed before it could be read");
        }
    }

    /** Called by the reactor when the socket is readable or writable. */
    void ready(SelectionKey selected) {
        try {
            if (selected.isValid() && selected.isWritable()) {
                flush();
            }
            if (selected.isValid() && selected.isReadable()) {
                read();
            }
        } catch (IOException e) {
            closeNow("connection failed: " + e.getMessage());
        } catch (WsProtocolException e) {
            closeNow(e.getMessage());
        } catch (RuntimeException e) {
            // A listener bug must not stop the reactor thread (and with it every other connection): drop this one.
            closeNow("load generator failed on this connection: " + e);
        }
    }

    private void flush() throws IOException {
        synchronized (outgoing) {
            while (!outgoing.isEmpty()) {
                ByteBuffer head = outgoing.peek();
                channel.write(head);
                if (head.hasRemaining()) {
                    return;
                }
                outgoing.poll();
            }
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void read() throws IOException {
        for (int reads = 0; reads < 4 && !gone; reads++) {
            ByteBuffer target = decoder.readBuffer();
            int room = target.remaining();
            int n = channel.read(target);
            if (n < 0) {
                closeNow(upgraded ? "connection closed by the server" : "connection closed during the upgrade");
                return;
            }
            decoder.filled(target);
            if (!upgraded && !upgrade()) {
                return;
            }
            decoder.decode(this);
            if (n < room) {
                return;
            }
        }
    }

    /** Checks the upgrade response once it is complete; true when frames may follow. */
    private boolean upgrade() {
        int end = WsHandshake.headEnd(decoder.array(), decoder.start(), decoder.start() + decoder.available());
        if (end < 0) {
            if (decoder.available() > MAX_HEAD) {
                throw new WsProtocolException("upgrade response head over " + MAX_HEAD + " bytes");
            }
            return false;
        }
        handshake.check(new String(decoder.array(), decoder.start(), end - decoder.start(), StandardCharsets.ISO_8859_1));
        decoder.skip(end - decoder.start());
        upgraded = true;
        listener.opened(this);
        return true;
    }

    @Override
    public void text(byte[] data, int offset, int length) {
        listener.text(data, offset, length, reactor.now());
    }

    @Override
    public void control(int opcode, byte[] data, int offset, int length) {
        if (opcode == WsFrameDecoder.PING) {
            byte[] payload = new byte[length];
            System.arraycopy(data, offset, payload, 0, length);
            sendFrame(WsFrames.frame(WsFrameDecoder.PONG, payload, ThreadLocalRandom.current().nextInt()));
        } else if (opcode == WsFrameDecoder.CLOSE) {
            int code = length >= 2 ? ((data[offset] & 0xFF) << 8) | (data[offset + 1] & 0xFF) : 1005;
            String reason = length > 2 ? new String(data, offset + 2, length - 2, StandardCharsets.UTF_8) : "";
            if (!closeRequested) {
                sendFrame(WsFrames.frame(WsFrameDecoder.CLOSE, new byte[] {0x03, (byte) 0xE8},
                        ThreadLocalRandom.current().nextInt()));
            }
            closeNow("closed by the server (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
        }
    }

    /** Closes the socket at once and tells the listener; on the reactor thread only. */
    void closeNow(String reason) {
        synchronized (outgoing) {
            if (gone) {
                return;
            }
            gone = true;
            outgoing.clear();
        }
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the socket is being dropped anyway
        }
        listener.closed(reason, closeRequested);
    }
}
