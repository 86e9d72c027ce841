package dev.pairpad.core.doc;

import dev.pairpad.api.ot.TextOperation;
import java.util.Objects;

/**
 * The outcome of {@link DocumentSequencer#submit}: the op became {@code revision} in the form {@code op}
 * (transformed, what others must apply); {@code duplicate} means it had already been applied earlier and nothing
 * was applied now.
 */
public record Sequenced(int revision, TextOperation op, boolean duplicate) {
    /** Checks that the op is present. */
    public Sequenced {
        Objects.requireNonNull(op, "op");
    }
}
