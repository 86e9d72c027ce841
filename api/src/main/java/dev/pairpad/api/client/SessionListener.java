package dev.pairpad.api.client;

/**
 * Receives a {@link RoomSession}'s events, one at a time and in order, on the session's network thread while it
 * holds the session's lock: return quickly, and do not wait for the same session inside.
 */
@FunctionalInterface
public interface SessionListener {

    /** Called once per event. */
    void on(SessionEvent event);

    /** A listener that ignores everything. */
    static SessionListener ignoring() {
        return event -> { };
    }
}
