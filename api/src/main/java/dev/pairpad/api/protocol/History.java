package dev.pairpad.api.protocol;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Answer of {@code GET /api/rooms/{id}/history?from=R}: the code document as it was at revision {@code from}
 * ({@code code}) and every op after it, in order, so that applying {@code ops} to {@code code} gives the
 * document at {@code rev}.
 */
public record History(int rev, int from, String code, List<Entry> ops) {

    /** The op list is copied; {@code code} is never null. */
    public History {
        Objects.requireNonNull(code, "code");
        ops = List.copyOf(ops);
    }

    /** One journal entry: {@code op} became revision {@code rev}, written by {@code name} ({@code clientId}). */
    public record Entry(int rev, String clientId, String name, TextOperation op, Instant time) {
    }
}
