package dev.pairpad.api.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestCodecTests {

    private static final Instant T = Instant.parse("2026-11-29T18:00:00Z");

    @Test
    void everyRestBodySurvivesARoundTrip() {
        RoomCreated created = new RoomCreated("id", "Title", "python", RoomState.OPEN, "ck", "ik",
                "http://h/r/id#k=ck", "http://h/r/id#k=ik", T, T.plusSeconds(60));
        assertThat(RestCodec.decodeRoomCreated(RestCodec.encode(created))).isEqualTo(created);
        RoomView view = new RoomView("id", "T", "python", RoomState.CLOSED, 3, "x = 1\n",
                List.of(new Participant("c", "Ada", Role.CANDIDATE, "#fff", Optional.empty())), T, T);
        assertThat(RestCodec.decodeRoomView(RestCodec.encode(view))).isEqualTo(view);
        History history = new History(2, 1, "a\n😀", List.of(new History.Entry(1, "c", "Ada",
                TextOperation.builder().insert("é😀").build(), T)));
        assertThat(RestCodec.decodeHistory(RestCodec.encode(history))).isEqualTo(history);
        List<RoomSummary> rooms = List.of(new RoomSummary("id", "T", "python", RoomState.OPEN, 2, T, T));
        assertThat(RestCodec.decodeSummaries(RestCodec.encodeSummaries(rooms))).isEqualTo(rooms);
        List<LanguageInfo> languages = List.of(new LanguageInfo("python", "Python", "python", "main.py",
                "/executors/python/runner.js", "/executors/python/"));
        assertThat(RestCodec.decodeLanguages(RestCodec.encodeLanguages(languages))).isEqualTo(languages);
        Problem problem = new Problem("about:blank", "Not Found", 404, "no room x");
        assertThat(RestCodec.decodeProblem(RestCodec.encode(problem))).isEqualTo(problem);
        CreateRoomRequest request = new CreateRoomRequest(Optional.of("t"), Optional.empty(), Optional.of("s"));
        // The server reads create bodies with its own JSON-B reader (CreateRoomBodyTests); clients only write them.
        assertThat(RestCodec.encode(request)).isEqualTo("{\"title\":\"t\",\"starterCode\":\"s\"}");
    }
}
