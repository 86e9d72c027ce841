package dev.pairpad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview delete}: removes a room and all its data, after confirmation. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete a room and every trace of it.",
                "Code, history, notes and runs are gone. Asks for confirmation on a",
                "terminal; scripts must pass --yes."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview delete 3fk2a9",
                "  interview delete 3fk2a9 --yes"})
final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Mixin
    RoomOptions roomOptions;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    private final CliContext context;

    DeleteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Connect connect = new Connect(context, serverOptions);
        RoomOptions.Target room = roomOptions.resolve(connect);
        PrintWriter out = spec.commandLine().getOut();
        if (!yes) {
            if (!context.terminal()) {
                throw new UsageException("refusing to delete room " + room.id()
                        + " without confirmation; pass --yes when not on a terminal");
            }
            out.print("Delete room " + room.id() + " and all its data? This cannot be undone. [y/N] ");
            out.flush();
            if (!confirmed()) {
                out.println("Not deleted.");
                out.flush();
                return ExitCodes.OK;
            }
        }
        room.client().delete(room.id(), room.interviewerKey());
        connect.config().forgetRoom(room.id());
        out.println("Deleted room " + room.id() + ".");
        out.flush();
        return ExitCodes.OK;
    }

    private boolean confirmed() {
        try {
            String answer = new BufferedReader(new InputStreamReader(context.input(), StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.strip().toLowerCase(Locale.ROOT).equals("y")
                    || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confirmation: " + e.getMessage(), e);
        }
    }
}
