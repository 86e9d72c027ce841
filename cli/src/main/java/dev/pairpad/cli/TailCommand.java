package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadClientException;
import dev.pairpad.api.client.RoomSession;
import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.client.SessionListener;
import dev.pairpad.api.protocol.RoomState;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview tail}: watches a room live as an observer until it closes or the user presses Ctrl+C. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Watch a room live from the terminal.",
                "Read-only: who joins and leaves, each edit (who, what, where), language",
                "switches, runs with their output, the room closing. Reconnects by itself.",
                "Ends when the room is closed, or on Ctrl+C."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview tail 3fk2a9",
                "  interview tail 3fk2a9 --code     (the code, redrawn live, cursors in colour)",
                "  interview tail 3fk2a9 --json | jq -c 'select(.type == \"run\")'"})
final class TailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Mixin
    RoomOptions roomOptions;

    @Option(names = "--name", paramLabel = "NAME", description = "Name the others see (default: USER (tail)).")
    String name;

    @Option(names = "--code", description = "Keep the whole current code on screen, redrawn in place.")
    boolean code;

    @Option(names = "--json", description = "One JSON object per event and line, for scripts.")
    boolean json;

    private final CliContext context;

    TailCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (code && json) {
            throw new UsageException("--code and --json cannot be combined; pick one");
        }
        RoomOptions.Target room = roomOptions.resolve(new Connect(context, serverOptions));
        PrintWriter out = spec.commandLine().getOut();
        CompletableFuture<Void> roomClosed = new CompletableFuture<>();
        TailOutput output = json ? new TailJson(out, Clock.systemUTC())
                : code ? new TailCodeView(out, new Style(context), context)
                : new TailLog(out, new Style(context), Clock.systemDefaultZone());
        SessionListener listener = event -> {
            output.on(event);
            if (event instanceof SessionEvent.RoomClosed) {
                roomClosed.complete(null);
            }
            if (event instanceof SessionEvent.Connected connected
                    && connected.room().state() == RoomState.CLOSED) {
                roomClosed.complete(null);
            }
        };
        RoomSession session = room.client().session(room.id(), room.interviewerKey())
                .name(name != null ? name : System.getProperty("user.name", "someone") + " (tail)")
                .observe()
                .listener(listener)
                .open();
        Thread leaveOnCtrlC = new Thread(() -> {
            session.close();
            output.finish();
        }, "interview-tail-leave");
        Runtime.getRuntime().addShutdownHook(leaveOnCtrlC);
        try {
            CompletableFuture.anyOf(roomClosed, session.ended()).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("tail failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(leaveOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already and leaves the room itself
            }
        }
        session.close();
        output.finish();
        Optional<PairpadClientException> failure = session.ended().getNow(Optional.empty());
        if (failure.isPresent()) {
            throw failure.get();
        }
        return ExitCodes.OK;
    }
}
