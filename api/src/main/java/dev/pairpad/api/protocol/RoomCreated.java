package dev.pairpad.api.protocol;

import java.time.Instant;

/** Answer of {@code POST /api/rooms}: the new room, its two keys and the absolute links that carry them. */
public record RoomCreated(String id, String title, String language, RoomState state, String candidateKey,
                          String interviewerKey, String candidateUrl, String interviewerUrl, Instant createdAt,
                          Instant expiresAt) {
}
