package dev.pairpad.core.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How far an acknowledged op survives: what "durable" means for the SQLite journal.
 *
 * <p>Both keep the promise that a client is acknowledged only after its op is in the journal file; they differ in
 * whether that file is also forced to the disk before the acknowledgement.
 */
public enum JournalSync {

    /** Every group commit is fsynced before its ops are acknowledged: an acknowledged op survives a power cut. */
    FULL("full", "FULL"),

    /**
     * Commits are written to the journal (the operating system's cache) before the acknowledgement and fsynced at
     * checkpoints: an acknowledged op survives a crash or kill of the server; a power cut or kernel crash may lose
     * the last commits.
     */
    NORMAL("normal", "NORMAL");

    private final String wire;
    private final String pragma;

    JournalSync(String wire, String pragma) {
        this.wire = wire;
        this.pragma = pragma;
    }

    /** The name used in settings: {@code full} or {@code normal}. */
    public String wire() {
        return wire;
    }

    String pragma() {
        return pragma;
    }

    /** The mode named {@code name}; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
    public static JournalSync of(String name) {
        for (JournalSync sync : values()) {
            if (sync.wire.equals(name)) {
                return sync;
            }
        }
        throw new IllegalArgumentException("journal sync must be one of "
                + Arrays.stream(values()).map(JournalSync::wire).collect(Collectors.joining(", ")) + ", got \""
                + name + "\"");
    }
}
