package dev.pairpad.core.doc;

/**
 * Thrown when an op or a resume names a revision the sequencer cannot serve: ahead of the server (a restored
 * backup) or older than the history it keeps. The client must reload (PROTOCOL.md error {@code stale-revision}).
 */
public final class StaleRevisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the revision asked for and the revisions available. */
    public StaleRevisionException(String message) {
        super(message);
    }
}
