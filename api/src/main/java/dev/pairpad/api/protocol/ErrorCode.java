package dev.pairpad.api.protocol;

/** The error codes of the {@code error} message; {@link #closesConnection()} says whether the socket ends. */
public enum ErrorCode implements Wire {
    /** Not JSON, unknown type, missing or ill-typed field. */
    BAD_MESSAGE("bad-message", false),
    /** Malformed operation, wrong base length, or an edit that splits a surrogate pair. */
    BAD_OP("bad-op", false),
    /** Based on a revision the server does not have: resync by reconnecting. */
    STALE_REVISION("stale-revision", false),
    /** The role may not do this. */
    FORBIDDEN("forbidden", false),
    /** The room is closed and read-only. */
    ROOM_CLOSED("room-closed", false),
    /** The message or the resulting document is over the limit. */
    TOO_LARGE("too-large", false),
    /** Too many operations too fast. */
    RATE_LIMITED("rate-limited", false),
    /** No such room. */
    NOT_FOUND("not-found", true),
    /** Bad key. */
    UNAUTHORIZED("unauthorized", true),
    /** Unsupported protocol version, or a message out of order (before {@code hello}, a second {@code hello}). */
    PROTOCOL("protocol", true);

    private final String wire;
    private final boolean closesConnection;

    ErrorCode(String wire, boolean closesConnection) {
        this.wire = wire;
        this.closesConnection = closesConnection;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** True when the server closes the connection after sending this error. */
    public boolean closesConnection() {
        return closesConnection;
    }

    /** The code spelled {@code wire}; throws {@link ProtocolException} for an unknown spelling. */
    public static ErrorCode fromWire(String wire) {
        return Wire.parse(ErrorCode.class, wire, "code");
    }
}
