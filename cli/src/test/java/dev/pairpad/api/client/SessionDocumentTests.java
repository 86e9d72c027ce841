package dev.pairpad.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.MessageCodec;
import org.junit.jupiter.api.Test;

class SessionDocumentTests {
    private final SessionDocument document = new SessionDocument(true, SessionListener.ignoring(),
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
}
