package dev.pairpad.api.protocol;

/** Constants of the Pairpad wire protocol that every client and the server share. */
public final class Protocol {

    /** The protocol version this code speaks; a {@code hello} with another version gets {@code protocol}. */
    public static final int VERSION = 1;

    /** The WebSocket close code sent to an old connection that a resuming one replaced. */
    public static final int CLOSE_REPLACED = 4001;

    /** The WebSocket close code sent to a client whose outbound queue overflowed; it should reconnect. */
    public static final int CLOSE_TOO_SLOW = 4008;

    /** The WebSocket close code sent after an error whose code ends the connection. */
    public static final int CLOSE_ERROR = 4000;

    /** The WebSocket close code sent when the room was deleted. */
    public static final int CLOSE_ROOM_DELETED = 4004;

    /** The WebSocket close code (Going Away) sent when the server shuts down. */
    public static final int CLOSE_GOING_AWAY = 1001;

    private Protocol() {
    }
}
