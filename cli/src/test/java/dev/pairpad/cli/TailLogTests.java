package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomInfo;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RunEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TailLogTests {
    private final Participant ada = new Participant("c-ada", "ada", Role.CANDIDATE, "#e06c75", Optional.empty());
    private final Participant bob = new Participant("c-bob", "bob", Role.INTERVIEWER, "#61afef", Optional.empty());
    private final StringWriter text = new StringWriter();
    private final TailLog log = new TailLog(new PrintWriter(text), new Style(false),
            Clock.fixed(Instant.parse("2026-11-29T12:01:05Z"), ZoneOffset.UTC));

    private static TextOperation insert(int length, int at, String s) {
        return TextOperation.builder().retain(at).insert(s).retain(length - at).build();
    }

    @Test
    void keystrokesOfOnePersonInARowBecomeOneLineWithWhereTheyStarted() {
        log.on(new SessionEvent.Connected("me", Role.OBSERVER, false, 3, "x = 1\n", "python",
                new RoomInfo("r1", "Backend", RoomState.OPEN), List.of(ada)));
        log.on(new SessionEvent.RemoteEdit(ada, 4, insert(6, 6, "f")));
        log.on(new SessionEvent.RemoteEdit(ada, 5, insert(7, 7, "o")));
        log.on(new SessionEvent.RemoteEdit(ada, 6, insert(8, 8, "rx")));
        log.on(new SessionEvent.RemoteEdit(ada, 7, TextOperation.builder().retain(9).delete(1).build()));
        log.on(new SessionEvent.RemoteEdit(ada, 8, insert(9, 9, " i\n")));
        log.on(new SessionEvent.RemoteEdit(ada, 9, insert(12, 12, "x")));
        log.on(new SessionEvent.ParticipantJoined(bob));
        log.on(new SessionEvent.RemoteEdit(bob, 10, insert(13, 0, "#")));
        log.on(new SessionEvent.RunUpdate(ada, new RunEvent("run1", RunEvent.Phase.START, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())));
        log.on(new SessionEvent.RunUpdate(ada, new RunEvent("run1", RunEvent.Phase.OUTPUT,
                Optional.of(RunEvent.Stream.STDOUT), Optional.of("hello\n"), Optional.empty(), Optional.empty())));
        log.on(new SessionEvent.RunUpdate(ada, new RunEvent("run1", RunEvent.Phase.END, Optional.empty(),
                Optional.empty(), Optional.of(RunEvent.Status.OK), Optional.of(12L))));
        log.on(new SessionEvent.LanguageChanged(bob, "javascript"));
        log.on(new SessionEvent.RoomClosed());
        log.finish();

        assertThat(text.toString().lines().toList()).containsExactly(
                "12:01:05  watching \"Backend\" (r1, python, revision 3, open) as observer; Ctrl+C to leave",
                "12:01:05  here: ada (candidate)",
                "12:01:05  ada  +6 \"for i\\n\"  L2:1",
                "12:01:05  ada  +1 \"x\"  L3:1",
                "12:01:05  bob joined (interviewer)",
                "12:01:05  bob  +1 \"#\"  L1:1",
                "12:01:05  ada ran the code",
                "          │ hello",
                "12:01:05  ada's run ended: ok in 12 ms",
                "12:01:05  bob switched the language to javascript",
                "12:01:05  the room was closed; it is read-only now");
    }

    @Test
    void reconnectingIsAnnounced() {
        log.on(new SessionEvent.Connected("me", Role.OBSERVER, false, 0, "", "python",
                new RoomInfo("r1", "Backend", RoomState.OPEN), List.of()));
        log.on(new SessionEvent.Disconnected("server shutting down", 1, java.time.Duration.ofMillis(200)));
        log.on(new SessionEvent.Disconnected("connection refused", 2, java.time.Duration.ofMillis(400)));
        log.on(new SessionEvent.Connected("me", Role.OBSERVER, true, 0, "", "python",
                new RoomInfo("r1", "Backend", RoomState.OPEN), List.of()));
        log.on(new SessionEvent.Synced(5));
        assertThat(text.toString()).contains("connection lost (server shutting down); reconnecting in 0.2 s (attempt 1)")
                .contains("still no connection (connection refused); retrying in 0.4 s (attempt 2)")
                .contains("reconnected, resuming at revision 0").contains("caught up at revision 5");
    }
}
