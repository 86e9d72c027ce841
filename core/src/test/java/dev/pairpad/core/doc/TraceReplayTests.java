package dev.pairpad.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real editing traces (testdata/traces) replay through the room document and sequencer to their end content. */
class TraceReplayTests {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.EPOCH);

    private static List<Trace> traces() throws IOException {
        try (Stream<Path> files = Files.list(Trace.directory())) {
            return files.filter(file -> file.toString().endsWith(".json.gz")).sorted().map(Trace::load).toList();
        }
    }

    @Test
    void everySequentialTraceReplaysThroughTheSequencerToItsEndContent() throws IOException {
        List<Trace> sequential = traces().stream().filter(trace -> !trace.concurrent()).toList();
        assertThat(sequential).extracting(Trace::name)
                .contains("automerge-paper", "rustcode", "sveltecomponent");
        for (Trace trace : sequential) {
            DocumentSequencer sequencer = TraceReplay.sequential(trace, CLOCK);
            assertThat(sequencer.text()).as(trace.name()).isEqualTo(trace.endContent());
            assertThat(sequencer.revision()).as(trace.name()).isEqualTo(trace.patches());
        }
    }

    @Test
    void automergePaperHasAllItsKeystrokes() {
        Trace trace = Trace.load(Trace.directory().resolve("automerge-paper.json.gz"));
        assertThat(trace.patches()).isEqualTo(259_778);
        assertThat(trace.endContent()).hasSize(104_852);
    }

    @Test
    void theConcurrentTraceReplaysThroughOtToItsEndContent() {
        Trace trace = Trace.load(Trace.directory().resolve("friendsforever.json.gz"));
        assertThat(trace.concurrent()).isTrue();
        DocumentSequencer sequencer = TraceReplay.concurrent(trace, CLOCK);
        assertThat(sequencer.text()).isEqualTo(trace.endContent());
        assertThat(sequencer.revision()).isEqualTo(trace.transactions()).isEqualTo(26_078);
    }
}
