package dev.pairpad.api.client;

/** Something between this client and a Pairpad server went wrong; the message says what and where. */
public sealed class PairpadClientException extends RuntimeException
        permits PairpadApiException, PairpadUnreachableException, PairpadProtocolException,
        PairpadSessionException {
    private static final long serialVersionUID = 1L;

    PairpadClientException(String message) {
        super(message);
    }

    PairpadClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
