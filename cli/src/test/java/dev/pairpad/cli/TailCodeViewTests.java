package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomInfo;
import dev.pairpad.api.protocol.RoomState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailCodeViewTests {
    @TempDir
    Path config;

    private String lastFrame(StringWriter out) {
        String text = out.toString();
        return text.substring(text.lastIndexOf("----\n") + 5);
    }

    @Test
    void showsTheWholeCodeWithEachCursorWhereItIsAfterLaterEdits() {
        StringWriter out = new StringWriter();
        TailCodeView view = new TailCodeView(new PrintWriter(out), new Style(false),
                CliContext.forTests(config, Map.of("LINES", "20", "COLUMNS", "60")));
        Participant ada = new Participant("a", "ada", Role.CANDIDATE, "#e6194b", Optional.empty());
        view.on(new SessionEvent.Connected("me", Role.OBSERVER, false, 0, "def f():\n    pass\n", "python",
                new RoomInfo("r1", "Backend", RoomState.OPEN), List.of(ada)));
        view.on(new SessionEvent.SelectionChanged(new Participant("a", "ada", Role.CANDIDATE, "#e6194b",
                Optional.of(List.of(new Range(13, 13)))), List.of(new Range(13, 13))));
        view.on(new SessionEvent.RemoteEdit(ada, 1, TextOperation.builder().insert("# hi\n").retain(18).build()));
        view.draw();
        assertThat(lastFrame(out).lines().toList()).containsExactly(
                "\"Backend\" (r1) · python · rev 1 ·   ada",
                "1 # hi",
                "2 def f():",
                "3     |pass",
                "4 ",
                "ada +5 \"# hi\\n\"");
        view.finish();
        assertThat(out.toString()).endsWith("left the room at revision 1 (ada +5 \"# hi\\n\")\n");
    }
}
