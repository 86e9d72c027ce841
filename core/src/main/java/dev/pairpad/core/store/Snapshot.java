package dev.pairpad.core.store;

import dev.pairpad.api.protocol.DocumentKind;

/** The full text of a room's {@code doc} at revision {@code rev}. */
public record Snapshot(String roomId, DocumentKind doc, int rev, String text) {
}
