package dev.pairpad.cli;

import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Range;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code tail --code}: the whole current code on screen, redrawn in place (alternate screen), each participant's
 * cursor a block in their colour, a header with the room and a status line with the latest happening.
 * Redraws at most every 40 ms, so a burst of edits (a resume replay) costs one frame.
 */
final class TailCodeView implements TailOutput {
    private static final long FRAME_MILLIS = 40;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "interview-tail-draw");
        thread.setDaemon(true);
        return thread;
    });

    private final PrintWriter out;
    private final Style style;
    private final TerminalSize size;
    private final Map<String, Participant> people = new LinkedHashMap<>();
    private String document = "";
    private String header = "";
    private String status = "";
    private String self = "";
    private int revision;
    private int focusOffset;
    private boolean drawScheduled;
    private boolean started;
    private boolean finished;

    TailCodeView(PrintWriter out, Style style, CliContext context) {
        this.out = out;
        this.style = style;
        this.size = new TerminalSize(context);
    }

    @Override
    public synchronized void on(SessionEvent event) {
        switch (event) {
            case SessionEvent.Connected c -> {
                document = c.text();
                self = c.clientId();
                revision = c.revision();
                header = "\"" + c.room().title() + "\" (" + c.room().id() + ") · " + c.language();
                people.clear();
                c.participants().forEach(p -> people.put(p.clientId(), p));
                status = c.resumed() ? "reconnected" : "watching; Ctrl+C to leave";
            }
            case SessionEvent.RemoteEdit e -> {
                document = e.applied().apply(document);
                revision = e.revision();
                EditSummary summary = EditSummary.of(e.applied());
                focusOffset = summary.offset();
                people.replaceAll((id, p) -> p.selection().isEmpty() ? p : moved(p, e));
                status = e.author().name() + " " + summary.what();
            }
            case SessionEvent.SelectionChanged s -> people.put(s.participant().clientId(), s.participant());
            case SessionEvent.ParticipantJoined j -> {
                people.put(j.participant().clientId(), j.participant());
                status = j.participant().name() + " joined";
            }
            case SessionEvent.ParticipantLeft l -> {
                people.remove(l.participant().clientId());
                status = l.participant().name() + " left";
            }
            case SessionEvent.LanguageChanged l -> {
                header = header.substring(0, header.lastIndexOf(" · ")) + " · " + l.language();
                status = l.by().name() + " switched to " + l.language();
            }
            case SessionEvent.RunUpdate r -> status = r.by().name() + " run " + r.run().event().wire()
                    + r.run().text().map(t -> ": " + t.strip()).orElse("")
                    + r.run().status().map(s -> " (" + s.wire() + ")").orElse("");
            case SessionEvent.RoomClosed c -> status = "the room was closed";
            case SessionEvent.Disconnected d -> status = "connection lost (" + d.reason() + "); reconnecting";
            case SessionEvent.ServerError e -> status = "server error " + e.code().wire() + ": " + e.message();
            default -> {
                return;
            }
        }
        scheduleDraw();
    }

    @Override
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (started && style.enabled()) {
            out.print("\u001b[?25h\u001b[?1049l");
        }
        out.println("left the room at revision " + revision + " (" + status + ")");
        out.flush();
    }

    private static Participant moved(Participant p, SessionEvent.RemoteEdit e) {
        // The session already moved selections it knows; this keeps the view's copy in step between messages.
        List<Range> ranges = p.selection().get().stream()
                .map(r -> new Range(e.applied().transformIndex(r.anchor()), e.applied().transformIndex(r.head()))).toList();
        return p.withSelection(ranges);
    }

    private void scheduleDraw() {
        if (!drawScheduled && !finished) {
            drawScheduled = true;
            TIMER.schedule(this::draw, FRAME_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void draw() {
        drawScheduled = false;
        if (finished) {
            return;
        }
        int[] dims = size.rowsAndColumns();
        int rows = Math.max(dims[0] - 3, 3);
        int columns = Math.max(dims[1], 20);
        List<String> lines = document.lines().toList();
        if (lines.isEmpty() || document.endsWith("\n")) {
            lines = new ArrayList<>(lines);
            lines.add("");
        }
        int focusLine = (int) document.substring(0, Math.min(focusOffset, document.length())).chars().filter(c -> c == '\n').count();
        int first = Math.max(0, Math.min(focusLine - rows / 2, lines.size() - rows));
        int gutter = Integer.toString(lines.size()).length();
        StringBuilder frame = new StringBuilder();
        if (style.enabled()) {
            frame.append(started ? "" : "\u001b[?1049h\u001b[?25l").append("\u001b[H");
        } else {
            frame.append("----\n");
        }
        started = true;
        frame.append(clip(style.bold(header) + " · rev " + revision + " · " + legend(), columns)).append(eol());
        int offset = offsetOfLine(lines, first);
        for (int i = first; i < Math.min(lines.size(), first + rows); i++) {
            String number = String.format("%" + gutter + "d ", i + 1);
            frame.append(style.dim(number)).append(render(lines.get(i), offset, columns - number.length())).append(eol());
            offset += lines.get(i).length() + 1;
        }
        frame.append(style.dim(status)).append(eol());
        if (style.enabled()) {
            frame.append("\u001b[J");
        }
        out.print(frame);
        out.flush();
    }

    private String eol() {
        return style.enabled() ? "\u001b[K\n" : "\n";
    }

    private String legend() {
        List<String> names = new ArrayList<>();
        people.values().stream().filter(p -> !p.clientId().equals(self))
                .forEach(p -> names.add(style.background(p.color(), " ") + " " + p.name()));
        return names.isEmpty() ? "nobody else here" : String.join("  ", names);
    }

    private String render(String line, int lineStart, int width) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i <= line.length() && shown < width; i++) {
            Participant caret = caretAt(lineStart + i);
            String ch = i < line.length() ? (line.charAt(i) == '\t' ? "    " : String.valueOf(line.charAt(i))) : "";
            if (caret != null) {
                out.append(style.enabled() ? style.background(caret.color(), ch.isEmpty() ? " " : ch)
                        : "|" + ch);
            } else {
                out.append(ch);
            }
            shown += ch.length();
        }
        return out.toString();
    }

    private Participant caretAt(int offset) {
        for (Participant p : people.values()) {
            if (!p.clientId().equals(self) && p.selection().isPresent()) {
                for (Range r : p.selection().get()) {
                    if (r.head() == offset) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static int offsetOfLine(List<String> lines, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset += lines.get(i).length() + 1;
        }
        return offset;
    }

    private static String clip(String text, int columns) {
        return text.length() <= columns * 3 ? text : text.substring(0, columns * 3);
    }
}
