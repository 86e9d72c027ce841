package dev.pairpad.api.ot;

/**
 * Thrown by {@link OtClient} when a server message cannot follow what the client has seen (a revision gap, an
 * ack for another seq or for nothing); the replica can no longer be trusted and should be reloaded.
 */
public final class ProtocolOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the expected and the received message. */
    public ProtocolOrderException(String message) {
        super(message);
    }
}
