package dev.pairpad.core.ws;

import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.core.room.Outbound;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A connection's bounded outbound queue, drained by its own virtual thread, so that a room never waits for a socket.
 *
 * <p>Messages leave in the order they were queued, one text frame each. The drainer takes everything queued at
 * once and writes those frames to the socket in one write; a sender wakes it only when it is idle.
 *
 * <p>When the queue is full the client is a slow consumer: the queue is dropped and the drainer closes the socket
 * with {@link Protocol#CLOSE_TOO_SLOW}; if the drainer is stuck in a write for longer than the grace period, the
 * socket is cut.
 */
final class SocketOutbound implements Outbound {

    private static final System.Logger LOG = System.getLogger(SocketOutbound.class.getName());
    private static final String CLOSE = new String("close");
    /** Most messages written in one socket write; bounds the write buffer a backlog can grow. */
    private static final int MAX_BATCH = 256;

    private final WsSession session;
    private final int capacity;
    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean idle = new AtomicBoolean();
    private final Duration grace;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean overflowed;
    private volatile int closeCode = Protocol.CLOSE_GOING_AWAY;
    private volatile String closeReason = "";
    private final FrameWriter writer;
    private final Thread drainer;

    SocketOutbound(WsSession session, int capacity, Duration grace) {
        this.session = session;
        this.capacity = capacity;
        this.grace = grace;
        this.writer = FrameWriter.of(session);
        this.drainer = Thread.ofVirtual().name("pairpad-out-" + session.socketContext().childSocketId())
                .start(this::drain);
    }

    @Override
    public boolean send(String json) {
        if (closing.get()) {
            return false;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            tooSlow();
            return false;
        }
        queue.offer(json);
        wake();
        return true;
    }

    @Override
    public boolean overflowed() {
        return overflowed;
    }

    private void wake() {
        if (idle.get() && idle.compareAndSet(true, false)) {
            LockSupport.unpark(drainer);
        }
    }

    private void tooSlow() {
        if (closing.compareAndSet(false, true)) {
            overflowed = true;
            closeCode = Protocol.CLOSE_TOO_SLOW;
            closeReason = "too slow: outbound queue full, reconnect to resync";
            queue.clear();
            queue.offer(CLOSE);
            wake();
            watchdog();
        }
    }

    @Override
    public void close(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            closeCode = code;
            closeReason = reason;
            queue.offer(CLOSE);
            wake();
            watchdog();
        }
    }

    @Override
    public void awaitClosed(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            drainer.join(Duration.ofNanos(left));
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
        List<String> batch = new ArrayList<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String json = queue.poll();
                if (json == null) {
                    idle.set(true);
                    if (queue.isEmpty()) { // a sender that saw idle false queued before we looked: no lost wake-up
                        LockSupport.park(this);
                    }
                    idle.set(false);
                    continue;
                }
                while (json != null && json != CLOSE) {
                    batch.add(json);
                    json = batch.size() < MAX_BATCH ? queue.poll() : null;
                }
                if (!batch.isEmpty()) {
                    queued.addAndGet(-batch.size());
                    writer.write(batch);
                    batch.clear();
                }
                if (json == CLOSE) {
                    session.close(closeCode, closeReason);
                    return;
                }
            }
        } catch (RuntimeException e) {
            closing.set(true);
            LOG.log(Level.DEBUG, "sending to a client failed: " + e.getMessage());
        }
    }
}
