package dev.pairpad.core.room;

import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.core.metrics.ServerMetrics;
import dev.pairpad.core.store.GroupCommitWriter;
import dev.pairpad.core.store.RoomStore;
import java.time.InstantSource;

/** What every room of one server shares. */
record RoomContext(RoomStore store, GroupCommitWriter writer, Limits limits, ServerMetrics metrics,
                   ExecutorRegistry languages, InstantSource clock) {
}
