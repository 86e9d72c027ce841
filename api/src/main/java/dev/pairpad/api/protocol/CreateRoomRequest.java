package dev.pairpad.api.protocol;

import java.util.Optional;

/** Body of {@code POST /api/rooms}; every field is optional (server defaults apply). */
public record CreateRoomRequest(Optional<String> title, Optional<String> language, Optional<String> starterCode) {

    /** A request with every field left to the server. */
    public static CreateRoomRequest defaults() {
        return new CreateRoomRequest(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
