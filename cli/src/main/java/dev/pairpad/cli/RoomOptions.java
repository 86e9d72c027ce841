package dev.pairpad.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The ROOM argument and {@code --key} of every command about one room. */
final class RoomOptions {
    @Parameters(index = "0", paramLabel = "ROOM", description = "Room id, or a room link (https://host/r/ID#k=KEY).")
    String room;

    @Option(names = "--key", paramLabel = "KEY",
            description = "Interviewer key (default: the key in the link, else the one remembered by 'create').")
    String key;

    RoomRef ref() {
        return RoomRef.parse(room);
    }

    /** The interviewer key to send: {@code --key}, the link's, or the remembered one. */
    String interviewerKey(Connect connect) {
        return connect.interviewerKey(ref(), key);
    }
}
