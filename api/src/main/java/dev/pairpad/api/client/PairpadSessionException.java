package dev.pairpad.api.client;

import dev.pairpad.api.protocol.ErrorCode;
import java.util.Optional;

/** A WebSocket session failed for good: the server refused it with an error code, or replaced or deleted it. */
public final class PairpadSessionException extends PairpadClientException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<ErrorCode> code;

    public PairpadSessionException(String message, Optional<ErrorCode> code) {
        super(message);
        this.code = code;
    }

    /** The protocol error code that ended the session, if one did. */
    public Optional<ErrorCode> code() {
        return code;
    }
}
