package dev.pairpad.cli;

/** The user asked for something the command cannot do as asked; exit code 2, message says what to change. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
