package dev.pairpad.api.protocol;

import java.time.Instant;
import java.util.List;

/** Answer of {@code GET /api/rooms/{id}}: the code at revision {@code rev} and who is connected. */
public record RoomView(String id, String title, String language, RoomState state, int rev, String code,
                       List<Participant> participants, Instant createdAt, Instant updatedAt) {

    /** The participant list is copied. */
    public RoomView {
        participants = List.copyOf(participants);
    }
}
