package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadClient;
import java.net.URI;
import java.util.Optional;

/** Builds the client and finds keys the same way for every command: flags, then environment, then config. */
final class Connect {
    private static final String ADMIN_TOKEN_VARIABLE = "PAIRPAD_ADMIN_TOKEN";

    private final CliContext context;
    private final ServerOptions serverOptions;

    Connect(CliContext context, ServerOptions serverOptions) {
        this.context = context;
        this.serverOptions = serverOptions;
    }

    URI server() {
        return serverOptions.resolve(context);
    }

    PairpadClient client() {
        return PairpadClient.of(server());
    }

    /** A client for the room: the server in its link if it was given as one, else the usual server. */
    PairpadClient client(RoomRef room) {
        return PairpadClient.of(room.server().orElseGet(this::server));
    }

    /** A client that sends the admin token from {@code --admin-token} or {@code PAIRPAD_ADMIN_TOKEN}, if any. */
    PairpadClient adminClient(String adminTokenOption) {
        PairpadClient.Builder builder = PairpadClient.builder(server());
        adminToken(context, adminTokenOption).ifPresent(builder::adminToken);
        return builder.build();
    }

    /** The admin token: {@code --admin-token}, else {@code PAIRPAD_ADMIN_TOKEN}, else none. */
    static Optional<String> adminToken(CliContext context, String adminTokenOption) {
        return Optional.ofNullable(adminTokenOption).filter(t -> !t.isBlank())
                .or(() -> context.variable(ADMIN_TOKEN_VARIABLE));
    }

    /** The interviewer key: {@code --key}, else the link's, else the one remembered when the room was created. */
    String interviewerKey(RoomRef room, String keyOption) {
        return Optional.ofNullable(keyOption).filter(k -> !k.isBlank())
                .or(room::key)
                .or(() -> config().interviewerKey(room.id()))
                .orElseThrow(() -> new UsageException("no key known for room " + room.id()
                        + "; pass --key KEY (the part after #k= of the interviewer link)"));
    }

    CliConfig config() {
        return new CliConfig(context.configDirectory());
    }

    boolean verbose() {
        return serverOptions.verbose;
    }
}
