package dev.pairpad.api.ot;

/**
 * Thrown when an operation is malformed or does not fit the document or operation it meets; the message names
 * the broken precondition (wrong base length, delete past the end, a split surrogate pair, a bad wire item).
 */
public final class InvalidOperationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the broken precondition. */
    public InvalidOperationException(String message) {
        super(message);
    }
}
