package dev.pairpad.core.store;

/** The store failed to read or write; the message names the operation and the file. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
