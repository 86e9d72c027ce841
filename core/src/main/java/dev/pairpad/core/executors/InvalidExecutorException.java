package dev.pairpad.core.executors;

/** A language executor found on the class path cannot be offered; the message names the provider and the problem. */
public final class InvalidExecutorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidExecutorException(String message) {
        super(message);
    }
}
