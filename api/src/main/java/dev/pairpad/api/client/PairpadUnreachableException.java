package dev.pairpad.api.client;

import java.net.URI;

/** No answer from the server at all: refused, unknown host, timed out or cut off before a response. */
public final class PairpadUnreachableException extends PairpadClientException {
    private static final long serialVersionUID = 1L;

    private final URI server;

    public PairpadUnreachableException(URI server, String reason, Throwable cause) {
        super("cannot reach " + server + " (" + reason + ")", cause);
        this.server = server;
    }

    /** The server address that did not answer. */
    public URI server() {
        return server;
    }
}
