package dev.pairpad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code interview close}: makes a room read-only for everyone. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close a room: read-only for everyone from now on.", "Its code and history stay; delete removes them."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview close 3fk2a9"})
final class CloseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Mixin
    RoomOptions roomOptions;

    private final CliContext context;

    CloseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RoomOptions.Target room = roomOptions.resolve(new Connect(context, serverOptions));
        room.client().close(room.id(), room.interviewerKey());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Closed room " + room.id() + "; it is read-only now.");
        out.flush();
        return ExitCodes.OK;
    }
}
