package dev.pairpad.cli;

import dev.pairpad.api.client.PairpadClient;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The ROOM argument and {@code --key} of every command about one room. */
final class RoomOptions {
    @Parameters(index = "0", paramLabel = "ROOM", description = "Room id, or a room link (https://host/r/ID#k=KEY).")
    String room;

    @Option(names = "--key", paramLabel = "KEY",
            description = "Interviewer key (default: the key in the link, else the one remembered by 'create').")
    String key;

    /** The room named, resolved once: its id, a client for its server, and the interviewer key to send. */
    record Target(String id, PairpadClient client, String interviewerKey) {
    }

    /** Parses ROOM; the server is the link's, else the usual one; the key is {@code --key}, the link's, or the remembered one. */
    Target resolve(Connect connect) {
        RoomRef ref = RoomRef.parse(room);
        PairpadClient client = connect.client(ref);
        return new Target(ref.id(), client, connect.interviewerKey(ref, key));
    }
}
