package dev.pairpad.api.client;

/** The server answered, but not as PROTOCOL.md says (unparseable body, unexpected status or message). */
public final class PairpadProtocolException extends PairpadClientException {
    private static final long serialVersionUID = 1L;

    public PairpadProtocolException(String message) {
        super(message);
    }

    public PairpadProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
