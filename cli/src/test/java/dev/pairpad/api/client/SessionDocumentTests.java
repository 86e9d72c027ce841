package dev.pairpad.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.MessageCodec;
import org.junit.jupiter.api.Test;

class SessionDocumentTests {
    private final java.util.List<SessionEvent> events = new java.util.ArrayList<>();
    private final SessionDocument document = new SessionDocument(true, events::add,
            new SessionDocument.Sender() {
                @Override
                public void send(int revision, long seq, dev.pairpad.api.ot.TextOperation operation) {
                }

                @Override
                public boolean sendSelection(int revision, java.util.List<dev.pairpad.api.protocol.Range> ranges) {
                    return false;
                }
            });

    @Test
    void observingSessionsSayHelloInObserveMode() {
        assertThat(MessageCodec.encode(document.hello("key", "tail", true))).contains("\"mode\":\"observe\"");
        assertThat(MessageCodec.encode(document.hello("key", "ada", false))).doesNotContain("mode");
    }

    @Test
    void aFreshSessionJoinsWithoutResumeFields() {
        String hello = MessageCodec.encode(document.hello("key", "ada", false));
        assertThat(hello).contains("\"protocol\":1").doesNotContain("clientId").doesNotContain("\"rev\"");
    }

    @Test
    void editsReplayedAfterTheirAuthorLeftStillCarryTheAuthorsName() {
        dev.pairpad.api.protocol.Participant ada = new dev.pairpad.api.protocol.Participant("ada-id", "ada",
                dev.pairpad.api.protocol.Role.CANDIDATE, "#e6194b", java.util.Optional.empty());
        document.welcome(new dev.pairpad.api.protocol.ServerMessage.Welcome(1, "me", dev.pairpad.api.protocol.Role.OBSERVER,
                false, 0, java.util.Optional.of(""), "python", java.util.List.of(ada),
                new dev.pairpad.api.protocol.RoomInfo("r", "t", dev.pairpad.api.protocol.RoomState.OPEN),
                java.util.Optional.empty()));
        document.handle(new dev.pairpad.api.protocol.ServerMessage.Left("ada-id"));
        document.handle(new dev.pairpad.api.protocol.ServerMessage.Op(1, "ada-id",
                dev.pairpad.api.ot.TextOperation.builder().insert("x").build(), dev.pairpad.api.protocol.DocumentKind.CODE));
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(SessionEvent.RemoteEdit.class,
                edit -> assertThat(edit.author().name()).isEqualTo("ada"));
        assertThat(document.text()).isEqualTo("x");
    }
}
