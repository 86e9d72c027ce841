package dev.pairpad.core.room;

/** The sending side of one client connection, as the room sees it; implementations never block. */
public interface Outbound {

    /**
     * Queues one message; false when the connection cannot take it (closed, or a slow consumer that is
     * now being cut off).
     */
    boolean send(String json);

    /** True when a {@link #send} was refused because the client did not keep up (not merely because it closed). */
    default boolean overflowed() {
        return false;
    }

    /** Sends what is queued, then closes with {@code code} and {@code reason}. */
    void close(int code, String reason);

    /** Waits until a {@link #close} has been sent (or the connection is gone), at most until {@code deadlineNanos}. */
    default void awaitClosed(long deadlineNanos) throws InterruptedException {
    }
}
