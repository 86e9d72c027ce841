package dev.pairpad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interview close}: makes a room read-only for everyone. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close a room: it becomes read-only for everyone; its history stays.",
        footerHeading = "%nExamples:%n",
        footer = {"  interview close 3fk2a9"})
final class CloseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Parameters(index = "0", paramLabel = "ROOM", description = "Room id or interviewer link.")
    String room;

    @Option(names = "--key", paramLabel = "KEY", description = "Interviewer key (default: the remembered one).")
    String key;

    private final CliContext context;

    CloseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RoomRef ref = RoomRef.parse(room);
        Connect connect = new Connect(context, serverOptions);
        connect.client(ref).close(ref.id(), connect.interviewerKey(ref, key));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Closed room " + ref.id() + "; it is read-only now.");
        out.flush();
        return ExitCodes.OK;
    }
}
