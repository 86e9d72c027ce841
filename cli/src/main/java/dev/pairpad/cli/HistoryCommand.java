package dev.pairpad.cli;

import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.RestCodec;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview history}: the room's journal of edits, one line each. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print a room's edits, one line each.",
                "Each line: revisions, time (UTC), author, what changed, where. Keystrokes",
                "typed one after another make one line; --every-op prints one line per op.",
                "Places are L<line>:<column> in the document as it was before that edit."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview history 3fk2a9",
                "  interview history 3fk2a9 --from 120 --every-op",
                "  interview history 3fk2a9 --json | jq '.ops | length'"})
final class HistoryCommand implements Callable<Integer> {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Mixin
    RoomOptions roomOptions;

    @Option(names = "--from", paramLabel = "REV", defaultValue = "0",
            description = "Only edits after this revision (default: ${DEFAULT-VALUE}, everything).")
    int from;

    @Option(names = "--json", description = "Print the server's JSON.")
    boolean json;

    @Option(names = "--every-op", description = "One line per op, instead of one per run of typing.")
    boolean everyOp;

    private final CliContext context;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (from < 0) {
            throw new UsageException("--from must be a revision >= 0, got " + from);
        }
        RoomOptions.Target room = roomOptions.resolve(new Connect(context, serverOptions));
        History history = room.client().history(room.id(), room.interviewerKey(), from);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(RestCodec.encode(history));
            out.flush();
            return ExitCodes.OK;
        }
        if (history.ops().isEmpty()) {
            out.println("No edits after revision " + from + " (the room is at revision " + history.rev() + ").");
            out.flush();
            return ExitCodes.OK;
        }
        // The server sends the code at revision `from`; applying each op in turn gives the text it was made in.
        String document = history.code();
        Style style = new Style(context);
        int nameWidth = history.ops().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        Group group = null;
        for (History.Entry entry : history.ops()) {
            EditSummary summary = EditSummary.of(entry.op());
            if (group != null && !everyOp && group.continuedBy(entry, summary)) {
                group = group.then(entry, summary);
            } else {
                if (group != null) {
                    out.println(group.line(style, nameWidth));
                }
                group = new Group(entry, entry, summary, summary.lineColumn(document));
            }
            document = entry.op().apply(document);
        }
        out.println(group.line(style, nameWidth));
        out.flush();
        return ExitCodes.OK;
    }

    /** Edits from {@code first} to {@code last} by one person, typed on one after another (at most 2 s apart). */
    private record Group(History.Entry first, History.Entry last, EditSummary summary, String where) {
        boolean continuedBy(History.Entry next, EditSummary nextSummary) {
            return next.clientId().equals(last.clientId()) && summary.continuedBy(nextSummary)
                    && Duration.between(last.time(), next.time()).compareTo(PAUSE) <= 0;
        }

        Group then(History.Entry next, EditSummary nextSummary) {
            return new Group(first, next, summary.then(nextSummary), where);
        }

        String line(Style style, int nameWidth) {
            String revisions = first == last ? "r" + first.rev() : "r" + first.rev() + "-" + last.rev();
            return String.format("%-12s %s  %s  %s  %s", revisions, TIME.format(first.time()),
                    style.bold(pad(first.name(), nameWidth)), summary.what(), where);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
