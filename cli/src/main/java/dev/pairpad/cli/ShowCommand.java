package dev.pairpad.cli;

import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview show}: a room's details, or its current code. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a room, or print its code.", "Title, language, state, revision and who is connected; --code prints", "only the current code, exactly."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview show 3fk2a9",
                "  interview show 3fk2a9 --code > solution.py",
                "  interview show 'https://interviews.acme.dev/r/3fk2a9#k=KEY'"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Mixin
    RoomOptions roomOptions;

    @Option(names = "--code", description = "Print only the current code, exactly.")
    boolean code;

    @Option(names = "--json", description = "Print the server's JSON.")
    boolean json;

    private final CliContext context;

    ShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RoomOptions.Target room = roomOptions.resolve(new Connect(context, serverOptions));
        RoomView view = room.client().room(room.id(), room.interviewerKey());
        PrintWriter out = spec.commandLine().getOut();
        if (code) {
            out.print(view.code());
        } else if (json) {
            out.println(RestCodec.encode(view));
        } else {
            Style style = new Style(context);
            out.println(style.bold(view.id()) + "  \"" + view.title() + "\"");
            out.println("  language:  " + view.language());
            out.println("  state:     " + view.state().wire());
            out.println("  revision:  " + view.rev() + "  (" + view.code().lines().count() + " lines, "
                    + view.code().length() + " characters)");
            out.println("  created:   " + view.createdAt());
            out.println("  updated:   " + view.updatedAt());
            if (view.participants().isEmpty()) {
                out.println("  nobody connected");
            } else {
                out.println("  connected:");
                for (Participant p : view.participants()) {
                    out.println("    " + style.colour(p.color(), p.name()) + "  (" + p.role().wire() + ")");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
