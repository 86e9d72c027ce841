package dev.pairpad.core.room;

import java.time.Duration;

/**
 * Every configurable limit of the server, with the PROTOCOL.md defaults in {@link #defaults()}.
 *
 * @param maxDocumentBytes     largest document; ops are checked in UTF-16 code units (bytes for ASCII), REST bodies in UTF-8 bytes
 * @param maxMessageBytes      largest WebSocket message or REST body
 * @param opsPerSecond         sustained op and selection messages per second per connection
 * @param opsBurst             how many of them a connection may send at once
 * @param roomsPerMinute       rooms one client address may create per minute
 * @param maxParticipants      connections per room
 * @param maxRunOutputBytes    output kept per run record (UTF-16 code units)
 * @param idleUnload           how long a room without connections stays in memory
 * @param roomTtl              how long after creation a room is deleted
 * @param snapshotEvery        ops between snapshots
 * @param outboundQueueMessages messages a connection may have waiting before it counts as a slow consumer
 * @param slowConsumerGrace    how long a slow consumer gets to take its close frame before its socket is cut
 */
public record Limits(int maxDocumentBytes, int maxMessageBytes, int opsPerSecond, int opsBurst, int roomsPerMinute,
                     int maxParticipants, int maxRunOutputBytes, Duration idleUnload, Duration roomTtl,
                     int snapshotEvery, int outboundQueueMessages, Duration slowConsumerGrace) {

    /** Every limit positive. */
    public Limits {
        requirePositive("maxDocumentBytes", maxDocumentBytes);
        requirePositive("maxMessageBytes", maxMessageBytes);
        requirePositive("opsPerSecond", opsPerSecond);
        requirePositive("opsBurst", opsBurst);
        requirePositive("roomsPerMinute", roomsPerMinute);
        requirePositive("maxParticipants", maxParticipants);
        requirePositive("maxRunOutputBytes", maxRunOutputBytes);
        requirePositive("snapshotEvery", snapshotEvery);
        requirePositive("outboundQueueMessages", outboundQueueMessages);
        if (idleUnload.isNegative() || roomTtl.isNegative() || roomTtl.isZero() || slowConsumerGrace.isNegative()) {
            throw new IllegalArgumentException("durations must be positive: idleUnload " + idleUnload + ", roomTtl "
                    + roomTtl + ", slowConsumerGrace " + slowConsumerGrace);
        }
    }

    /** The defaults of the settings table. */
    public static Limits defaults() {
        return new Limits(1_048_576, 1_048_576, 200, 400, 60, 32, 65_536, Duration.ofSeconds(300),
                Duration.ofDays(30), 500, 8192, Duration.ofSeconds(5));
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
