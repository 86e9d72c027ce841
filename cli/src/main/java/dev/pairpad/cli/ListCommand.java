package dev.pairpad.cli;

import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview list}: every room on the server (admin token, or from the server's own machine). */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the rooms on the server.",
                "Needs the admin token, unless run on the server's own machine and the",
                "server has no token configured."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview list",
                "  PAIRPAD_ADMIN_TOKEN=... interview list --server https://pairpad.acme.dev"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Admin token (default: $PAIRPAD_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--json", description = "Print the server's JSON array.")
    boolean json;

    private final CliContext context;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<RoomSummary> rooms = new Connect(context, serverOptions).adminClient(adminToken).rooms();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(RestCodec.encodeSummaries(rooms));
            out.flush();
            return ExitCodes.OK;
        }
        if (rooms.isEmpty()) {
            out.println("No rooms yet; create one with 'interview create'.");
            out.flush();
            return ExitCodes.OK;
        }
        Table table = new Table("ID", "TITLE", "LANGUAGE", "STATE", "PEOPLE", "UPDATED");
        for (RoomSummary room : rooms) {
            table.row(room.id(), room.title(), room.language(), room.state().wire(),
                    Integer.toString(room.participants()), room.updatedAt().toString());
        }
        table.print(out);
        return ExitCodes.OK;
    }
}
