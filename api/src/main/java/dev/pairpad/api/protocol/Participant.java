package dev.pairpad.api.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone in a room, with a colour that stays the same for that participant.
 *
 * @param selection the participant's last selection, transformed to the revision of the message carrying it
 */
public record Participant(String clientId, String name, Role role, String color, Optional<List<Range>> selection) {

    /** All fields present; the selection list is copied. */
    public Participant {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(color, "color");
        selection = selection.map(List::copyOf);
    }

    /** This participant with {@code ranges} as their selection. */
    public Participant withSelection(List<Range> ranges) {
        return new Participant(clientId, name, role, color, Optional.of(ranges));
    }
}
