package dev.pairpad.api.ot;

import java.util.Objects;

/**
 * The result of {@link TextOperation#transform(TextOperation, TextOperation)}: {@code left} is a' (the first
 * argument rewritten to apply after the second), {@code right} is b'; both are never null.
 */
public record OperationPair(TextOperation left, TextOperation right) {
    /** Checks that both sides are present. */
    public OperationPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
