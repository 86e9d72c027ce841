package dev.pairpad.core.ws;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a callback once a connection's thread has ended, within {@link #PERIOD} of its end.
 *
 * <p>Helidon calls no listener method when a peer vanishes without a close frame; the connection's thread just
 * ends. One polling thread for every connection costs far less memory than a thread per connection waiting in
 * {@code join}; it runs only while something is watched.
 */
final class ConnectionWatch {

    static final Duration PERIOD = Duration.ofMillis(250);
    private static final System.Logger LOG = System.getLogger(ConnectionWatch.class.getName());

    private final Map<Thread, Runnable> watched = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private Thread poller;

    /** Runs {@code onEnd} once, after {@code thread} has ended. */
    void watch(Thread thread, Runnable onEnd) {
        watched.put(thread, onEnd);
        lock.lock();
        try {
            if (poller == null) {
                poller = Thread.ofVirtual().name("pairpad-connection-watch").start(this::poll);
            }
        } finally {
            lock.unlock();
        }
    }

    private void poll() {
        while (true) {
            try {
                Thread.sleep(PERIOD);
            } catch (InterruptedException e) {
                lock.lock();
                try {
                    poller = null;
                } finally {
                    lock.unlock();
                }
                return;
            }
            watched.forEach((thread, onEnd) -> {
                if (!thread.isAlive() && watched.remove(thread, onEnd)) {
                    try {
                        onEnd.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, "cleaning up after a connection failed", e);
                    }
                }
            });
            lock.lock();
            try {
                if (watched.isEmpty()) {
                    poller = null;
                    return;
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
