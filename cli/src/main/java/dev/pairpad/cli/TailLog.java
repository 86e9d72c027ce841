package dev.pairpad.cli;

import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.RunEvent;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The default {@code tail} output: one line per happening. A run of keystrokes by one person at one place
 * becomes one line ({@code ada  +12 "for i in"  L4:7}), printed after a short pause, at the end of a typed line,
 * or when something else happens.
 */
final class TailLog implements TailOutput {
    private static final long PAUSE_MILLIS = 1200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "interview-tail-flush");
        thread.setDaemon(true);
        return thread;
    });

    private final PrintWriter out;
    private final Style style;
    private final Clock clock;
    private String document = "";
    private TypingRun pending;
    private ScheduledFuture<?> flush;
    private boolean interrupted;
    private boolean finished;

    TailLog(PrintWriter out, Style style, Clock clock) {
        this.out = out;
        this.style = style;
        this.clock = clock;
    }

    @Override
    public synchronized void on(SessionEvent event) {
        if (event instanceof SessionEvent.RemoteEdit edit) {
            edit(edit);
            return;
        }
        if (event instanceof SessionEvent.SelectionChanged || event instanceof SessionEvent.Acknowledged) {
            return;
        }
        flushPending();
        switch (event) {
            case SessionEvent.Connected c when c.resumed() -> line(style.green("reconnected") + ", resuming at revision "
                    + c.revision());
            case SessionEvent.Connected c -> connected(c);
            case SessionEvent.Synced s -> {
                if (interrupted) {
                    line("caught up at revision " + s.revision());
                    interrupted = false;
                }
            }
            case SessionEvent.ParticipantJoined j -> line(name(j.participant()) + " joined (" + j.participant().role().wire() + ")");
            case SessionEvent.ParticipantLeft l -> line(name(l.participant()) + " left");
            case SessionEvent.LanguageChanged l -> line(name(l.by()) + " switched the language to " + style.bold(l.language()));
            case SessionEvent.RunUpdate r -> run(r.by(), r.run());
            case SessionEvent.RoomClosed c -> line(style.bold("the room was closed") + "; it is read-only now");
            case SessionEvent.ServerError e -> line(style.red("server error " + e.code().wire() + ": " + e.message()));
            case SessionEvent.Disconnected d -> {
                String retry = String.format("%.1f s", d.retryIn().toMillis() / 1000.0) + " (attempt " + d.attempt() + ")";
                line(interrupted ? "still no connection (" + d.reason() + "); retrying in " + retry
                        : style.yellow("connection lost") + " (" + d.reason() + "); reconnecting in " + retry);
                interrupted = true;
            }
            case SessionEvent.Reloaded r -> line(style.yellow("could not resume") + "; reloaded the room at revision "
                    + r.revision());
            case SessionEvent.Ended e -> line(e.failure().map(f -> style.red("stopped: " + f.getMessage()))
                    .orElse("left the room"));
            default -> { }
        }
    }

    @Override
    public synchronized void finish() {
        if (!finished) {
            finished = true;
            flushPending();
        }
    }

    private void connected(SessionEvent.Connected c) {
        document = c.text();
        line("watching " + style.bold("\"" + c.room().title() + "\"") + " (" + c.room().id() + ", " + c.language()
                + ", revision " + c.revision() + ", " + c.room().state().wire() + ") as " + c.role().wire()
                + "; Ctrl+C to leave");
        List<Participant> others = c.participants().stream().filter(p -> !p.clientId().equals(c.clientId())).toList();
        if (!others.isEmpty()) {
            line("here: " + String.join(", ", others.stream().map(p -> name(p) + " (" + p.role().wire() + ")").toList()));
        }
    }

    private void edit(SessionEvent.RemoteEdit edit) {
        String before = document;
        document = edit.applied().apply(document);
        EditSummary summary = EditSummary.of(edit.applied());
        if (pending != null && pending.continues(edit.author().clientId(), summary)) {
            pending = pending.extend(summary);
        } else {
            flushPending();
            pending = new TypingRun(edit.author(), clock.instant().atZone(clock.getZone()).format(TIME),
                    summary.lineColumn(before), summary);
        }
        if (flush != null) {
            flush.cancel(false);
        }
        flush = TIMER.schedule(this::flushLater, PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void flushLater() {
        flushPending();
    }

    private void flushPending() {
        if (pending != null) {
            TypingRun run = pending;
            pending = null;
            out.println(style.dim(run.time()) + "  " + name(run.author()) + "  "
                    + run.summary().what() + "  " + run.where());
            out.flush();
        }
    }

    private void run(Participant by, RunEvent run) {
        switch (run.event()) {
            case START -> line(name(by) + " ran the code");
            case OUTPUT -> run.text().ifPresent(text -> text.lines().forEach(l -> out.println("          "
                    + (run.stream().orElse(RunEvent.Stream.STDOUT) == RunEvent.Stream.STDERR ? style.red("│ " + l)
                    : style.dim("│ ") + l))));
            case END -> line(name(by) + "'s run ended: " + run.status().map(s -> s == RunEvent.Status.OK
                    ? style.green(s.wire()) : style.red(s.wire())).orElse("?")
                    + run.ms().map(ms -> " in " + ms + " ms").orElse(""));
        }
        out.flush();
    }

    private String name(Participant p) {
        return style.colour(p.color(), p.name());
    }

    private void line(String text) {
        out.println(style.dim(clock.instant().atZone(clock.getZone()).format(TIME)) + "  " + text);
        out.flush();
    }

    /** Consecutive keystrokes of one author, each continuing where the last one ended. */
    private record TypingRun(Participant author, String time, String where, EditSummary summary) {
        boolean continues(String clientId, EditSummary next) {
            return author.clientId().equals(clientId) && summary.continuedBy(next);
        }

        TypingRun extend(EditSummary next) {
            return new TypingRun(author, time, where, summary.then(next));
        }
    }
}
