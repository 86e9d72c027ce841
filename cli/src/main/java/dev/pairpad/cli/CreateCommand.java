package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadClient;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview create}: makes one or more rooms and prints their links; remembers the keys. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create interview rooms and print their links.",
                "Prints the candidate and the interviewer link of each room. The keys are",
                "remembered in the config folder, so later commands need only the room id."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview create --title \"Backend, Ada\" --language python",
                "  interview create --starter warmup.js --language javascript --json",
                "  interview create --title \"Onsite\" --count 5        (Onsite 1 ... Onsite 5)"})
final class CreateCommand implements Callable<Integer> {
    private static final int MAX_COUNT = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions serverOptions;

    @Option(names = "--title", paramLabel = "TITLE", description = "Room title (default: chosen by the server).")
    String title;

    @Option(names = "--language", paramLabel = "ID", description = "Language id, see 'interview languages'.")
    String language;

    @Option(names = "--starter", paramLabel = "FILE", description = "File whose text the room starts with.")
    Path starter;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1",
            description = "How many rooms to create, titled \"TITLE 1\" ... \"TITLE N\" (1-" + MAX_COUNT + ").")
    int count;

    @Option(names = "--json", description = "Print the server's answer as JSON, keys included (an array for --count > 1).")
    boolean json;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Admin token, when the server requires one to create rooms (default: $PAIRPAD_ADMIN_TOKEN).")
    String adminToken;

    private final CliContext context;

    CreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (count < 1 || count > MAX_COUNT) {
            throw new UsageException("--count must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        Optional<String> starterCode = Optional.ofNullable(starter).map(CreateCommand::read);
        Connect connect = new Connect(context, serverOptions);
        PairpadClient client = connect.adminClient(adminToken);
        List<RoomCreated> rooms = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Optional<String> roomTitle = count == 1 ? Optional.ofNullable(title)
                    : Optional.of((title == null ? "Interview" : title) + " " + i);
            RoomCreated room = client.createRoom(new CreateRoomRequest(roomTitle, Optional.ofNullable(language), starterCode));
            connect.config().rememberRoom(room.id(), client.server().toString(), room.interviewerKey(), room.candidateKey());
            rooms.add(room);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(count == 1 ? RestCodec.encode(rooms.get(0))
                    : "[" + String.join(",", rooms.stream().map(RestCodec::encode).toList()) + "]");
        } else {
            Style style = new Style(context);
            for (RoomCreated room : rooms) {
                out.println("Created " + style.bold(room.id()) + "  \"" + room.title() + "\"  (" + room.language()
                        + ", expires " + room.expiresAt() + ")");
                out.println("  candidate:    " + room.candidateUrl());
                out.println("  interviewer:  " + room.interviewerUrl());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read starter file " + file + ": " + e.getMessage());
        }
    }
}
