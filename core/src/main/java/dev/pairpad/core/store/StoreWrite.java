package dev.pairpad.core.store;

/** One item of an atomic batch written by {@link RoomStore#write}. */
public sealed interface StoreWrite {

    /** Append an op to the journal. */
    record Append(JournalEntry entry) implements StoreWrite {
    }

    /** Record a snapshot. */
    record Snap(Snapshot snapshot) implements StoreWrite {
    }

    /** Insert or replace a run record. */
    record Run(RunRecord run) implements StoreWrite {
    }
}
