package dev.pairpad.api.protocol;

import java.util.Optional;

/** A message broke the protocol; {@link #code()} is the error code to answer with, the message says why. */
public final class ProtocolException extends RuntimeException {

    private final ErrorCode code;
    private final Long seq;

    /** A violation with the given code and a message naming the broken precondition. */
    public ProtocolException(ErrorCode code, String message) {
        this(code, message, Optional.empty());
    }

    /** A violation about the op with the given {@code seq}, when it could be read. */
    public ProtocolException(ErrorCode code, String message, Optional<Long> seq) {
        super(message);
        this.code = code;
        this.seq = seq.orElse(null);
    }

    /** The error code to send; never null. */
    public ErrorCode code() {
        return code;
    }

    /** The {@code seq} of the offending op, when the message was an op whose seq could be read. */
    public Optional<Long> seq() {
        return Optional.ofNullable(seq);
    }
}
