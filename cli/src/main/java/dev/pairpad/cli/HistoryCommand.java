package dev.pairpad.cli;

import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.RestCodec;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interview history}: the room's journal of edits, one line each. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print a room's edits after a revision: revision, time (UTC), author, what changed, where.",
                "Positions are line:column when the document can be rebuilt from the history, else offsets."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview history 3fk2a9",
                "  interview history 3fk2a9 --from 120",
                "  interview history 3fk2a9 --json | jq '.ops | length'"})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Parameters(index = "0", paramLabel = "ROOM", description = "Room id or interviewer link.")
    String room;

    @Option(names = "--key", paramLabel = "KEY", description = "Interviewer key (default: the remembered one).")
    String key;

    @Option(names = "--from", paramLabel = "REV", defaultValue = "0",
            description = "Only edits after this revision (default: ${DEFAULT-VALUE}, everything).")
    int from;

    @Option(names = "--json", description = "Print the server's JSON.")
    boolean json;

    private final CliContext context;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (from < 0) {
            throw new UsageException("--from must be a revision >= 0, got " + from);
        }
        RoomRef ref = RoomRef.parse(room);
        Connect connect = new Connect(context, serverOptions);
        History history = connect.client(ref).history(ref.id(), connect.interviewerKey(ref, key), from);
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
        // From an empty document every state can be rebuilt; after starter code or --from only offsets are known.
        Optional<String> document = history.ops().get(0).op().baseLength() == 0 ? Optional.of("") : Optional.empty();
        Style style = new Style(context);
        int nameWidth = history.ops().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (History.Entry entry : history.ops()) {
            EditSummary summary = EditSummary.of(entry.op());
            out.println(String.format("r%-5d %s  %s  %s", entry.rev(), TIME.format(entry.time()),
                    style.bold(pad(entry.name(), nameWidth)), summary.describe(document)));
            document = document.map(text -> entry.op().apply(text));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
