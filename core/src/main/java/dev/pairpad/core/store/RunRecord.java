package dev.pairpad.core.store;

import java.time.Instant;
import java.util.Optional;

/** A code run shared in a room: who ran it, its output (truncated to the limit), status and duration. */
public record RunRecord(String roomId, String runId, String clientId, String name, Instant startedAt,
                        String output, boolean truncated, Optional<String> status, Optional<Long> ms) {
}
