package dev.pairpad.core.ws;

import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.core.room.Outbound;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection's bounded outbound queue, drained by its own virtual thread, so that a room never waits for a socket.
 *
 * <p>When the queue is full the client is a slow consumer: the queue is dropped and the drainer closes the socket
 * with {@link Protocol#CLOSE_TOO_SLOW}; if the drainer is stuck in a write for longer than the grace period, the
 * socket is cut.
 */
final class SocketOutbound implements Outbound {

    private static final System.Logger LOG = System.getLogger(SocketOutbound.class.getName());
    private static final String CLOSE = new String("close");

    private final WsSession session;
    private final LinkedBlockingQueue<String> queue;
    private final Duration grace;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile int closeCode = Protocol.CLOSE_GOING_AWAY;
    private volatile String closeReason = "";
    private final Thread drainer;

    SocketOutbound(WsSession session, int capacity, Duration grace) {
        this.session = session;
        this.queue = new LinkedBlockingQueue<>(capacity + 1);
        this.grace = grace;
        this.drainer = Thread.ofVirtual().name("pairpad-out-" + session.socketContext().childSocketId())
                .start(this::drain);
    }

    @Override
    public boolean send(String json) {
        if (closing.get()) {
            return false;
        }
        if (queue.remainingCapacity() > 1 && queue.offer(json)) {
            return true;
        }
        tooSlow();
        return false;
    }

    private void tooSlow() {
        if (closing.compareAndSet(false, true)) {
            closeCode = Protocol.CLOSE_TOO_SLOW;
            closeReason = "too slow: outbound queue full, reconnect to resync";
            queue.clear();
            queue.offer(CLOSE);
            watchdog();
        }
    }

    @Override
    public void close(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            closeCode = code;
            closeReason = reason;
            queue.offer(CLOSE);
            watchdog();
        }
    }

    /** Ends the drainer without a close frame (the socket is gone already). */
    void abandon() {
        closing.set(true);
        drainer.interrupt();
    }

    private void watchdog() {
        Thread.ofVirtual().start(() -> {
            try {
                drainer.join(grace);
            } catch (InterruptedException e) {
                return;
            }
            if (drainer.isAlive()) {
                cutSocket();
            }
        });
    }

    private void cutSocket() {
        if (session.socketContext() instanceof ConnectionContext context) {
            try {
                context.serverSocket().close();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "cutting a stuck socket failed: " + e.getMessage());
            }
        }
        drainer.interrupt();
    }

    private void drain() {
        try {
            while (true) {
                String json = queue.poll(30, TimeUnit.SECONDS);
                if (json == null) {
                    if (closing.get() && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                if (json == CLOSE) {
                    session.close(closeCode, closeReason);
                    return;
                }
                session.send(json, true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            closing.set(true);
            LOG.log(Level.DEBUG, "sending to a client failed: " + e.getMessage());
        }
    }
}
