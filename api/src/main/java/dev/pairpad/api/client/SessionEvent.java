package dev.pairpad.api.client;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomInfo;
import dev.pairpad.api.protocol.RunEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened in a {@link RoomSession}, delivered in order to its {@link SessionListener}.
 * Events about others carry the participant as the session knew them at that moment.
 */
public sealed interface SessionEvent {

    /**
     * Joined the room, or resumed it ({@code resumed}); {@code text} is the replica now (empty when the session
     * keeps no text), {@code room} the room's id, title and state.
     */
    record Connected(String clientId, Role role, boolean resumed, int revision, String text, String language,
                     RoomInfo room, List<Participant> participants) implements SessionEvent {
    }

    /** Someone else's edit became {@code revision}; {@code applied} is it as applied to the local replica. */
    record RemoteEdit(Participant author, int revision, TextOperation applied) implements SessionEvent {
    }

    /** Our op {@code seq} became {@code revision}. */
    record Acknowledged(int revision, long seq) implements SessionEvent {
    }

    /** Someone's selection, moved onto the local replica. */
    record SelectionChanged(Participant participant, List<Range> ranges) implements SessionEvent {
    }

    /** Someone joined. */
    record ParticipantJoined(Participant participant) implements SessionEvent {
    }

    /** Someone left. */
    record ParticipantLeft(Participant participant) implements SessionEvent {
    }

    /** The room's language was switched. */
    record LanguageChanged(Participant by, String language) implements SessionEvent {
    }

    /** One event of someone's code run. */
    record RunUpdate(Participant by, RunEvent run) implements SessionEvent {
    }

    /** The room was closed; it is read-only from now on. */
    record RoomClosed() implements SessionEvent {
    }

    /** The server refused something (the connection stays unless the code closes it). */
    record ServerError(ErrorCode code, String message, Optional<Long> seq) implements SessionEvent {
    }

    /** The resume replay is complete; unacknowledged edits were sent again. */
    record Synced(int revision) implements SessionEvent {
    }

    /** The connection was lost; the session tries again after {@code retryIn} (attempt {@code attempt}). */
    record Disconnected(String reason, int attempt, Duration retryIn) implements SessionEvent {
    }

    /** The replica could not be resumed and was reloaded from the server; unsent local edits were dropped. */
    record Reloaded(String reason, int revision) implements SessionEvent {
    }

    /** The session is over: closed by us ({@code failure} empty) or by a failure it cannot recover from. */
    record Ended(Optional<PairpadClientException> failure) implements SessionEvent {
    }
}
