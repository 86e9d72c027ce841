package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.util.List;

/** Answer of {@code GET /api/rooms/{id}/history}: the code document's ops after a revision, in order. */
public record History(int rev, List<Entry> ops) {

    /** The op list is copied. */
    public History {
        ops = List.copyOf(ops);
    }

    /** One journal entry: {@code op} became revision {@code rev}, written by {@code name} ({@code clientId}). */
    public record Entry(int rev, String clientId, String name, TextOperation op, Instant time) {
    }
}
