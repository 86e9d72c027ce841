package dev.pairpad.core.store;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.DocumentKind;
import java.time.Instant;

/** One sequenced op: it became revision {@code rev} of the room's {@code doc}, written by {@code clientId}/{@code name}. */
public record JournalEntry(String roomId, DocumentKind doc, int rev, String clientId, String name, long seq,
                           TextOperation op, Instant time) {
}
