package dev.pairpad.core.store;

import dev.pairpad.api.protocol.RoomState;
import java.time.Instant;
import java.util.Objects;

/**
 * A room's metadata as stored; keys are kept only as SHA-256 hashes ({@link KeyHash}).
 */
public record RoomRecord(String id, String title, String language, RoomState state, String candidateKeyHash,
                         String interviewerKeyHash, Instant createdAt, Instant updatedAt, Instant expiresAt) {

    /** No field is null. */
    public RoomRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(candidateKeyHash, "candidateKeyHash");
        Objects.requireNonNull(interviewerKeyHash, "interviewerKeyHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public RoomRecord withState(RoomState newState, Instant now) {
        return new RoomRecord(id, title, language, newState, candidateKeyHash, interviewerKeyHash, createdAt, now,
                expiresAt);
    }

    public RoomRecord withLanguage(String newLanguage, Instant now) {
        return new RoomRecord(id, title, newLanguage, state, candidateKeyHash, interviewerKeyHash, createdAt, now,
                expiresAt);
    }

    public RoomRecord touched(Instant now) {
        return new RoomRecord(id, title, language, state, candidateKeyHash, interviewerKeyHash, createdAt, now,
                expiresAt);
    }
}
