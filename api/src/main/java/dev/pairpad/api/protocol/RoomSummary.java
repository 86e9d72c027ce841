package dev.pairpad.api.protocol;

import java.time.Instant;

/** One row of {@code GET /api/rooms}; {@code participants} is the number connected now. */
public record RoomSummary(String id, String title, String language, RoomState state, int participants,
                          Instant createdAt, Instant updatedAt) {
}
