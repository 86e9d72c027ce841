package dev.pairpad.core.doc;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a document's history: {@code op} (as sequenced, based on {@code revision - 1}) by {@code clientId}
 * with its {@code seq}, at {@code time}. Also the shape of a journal entry.
 */
public record Revision(int revision, String clientId, long seq, TextOperation op, Instant time) {
    /** Checks that the revision is positive and nothing is missing. */
    public Revision {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1, was " + revision);
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(time, "time");
    }
}
