package dev.pairpad.core.config;

/**
 * The one table of Pairpad server settings: command-line option, environment variable, default, description.
 *
 * <p>Each value is read from the command line, else the environment, else {@code application.yaml}
 * (key {@code pairpad.<option>}, such as {@code pairpad.max-document-bytes}), else the default
 * ({@link Settings#resolve}). An empty default means unset.
 */
public enum Setting {
    HOST("host", "PAIRPAD_HOST", "127.0.0.1", "Address to listen on; 0.0.0.0 for containers."),
    PORT("port", "PAIRPAD_PORT", "8080", "Port to listen on; 0 picks a free one."),
    DATA("data", "PAIRPAD_DATA", "./data", "Directory holding the SQLite journal."),
    PUBLIC_URL("public-url", "PAIRPAD_PUBLIC_URL", "", "Base URL of the links minted for rooms (default http://HOST:PORT)."),
    STORE("store", "PAIRPAD_STORE", "sqlite", "Where rooms live: sqlite (durable) or memory (lost on exit)."),
    JOURNAL_SYNC("journal-sync", "PAIRPAD_JOURNAL_SYNC", "full", "full: fsync every commit before acknowledging"
            + " (survives power loss); normal: write before acknowledging, fsync at checkpoints (survives a server"
            + " crash, a power cut may lose the last commits)."),
    ADMIN_TOKEN("admin-token", "PAIRPAD_ADMIN_TOKEN", "", "Bearer token for GET /api/rooms (unset: loopback clients only)."),
    CREATE_REQUIRES_ADMIN("create-requires-admin", "PAIRPAD_CREATE_REQUIRES_ADMIN", "false",
            "Require the admin token (Authorization: Bearer) to create rooms."),
    MAX_DOCUMENT_BYTES("max-document-bytes", "PAIRPAD_MAX_DOCUMENT_BYTES", "1048576", "Largest document, in UTF-8 bytes."),
    MAX_MESSAGE_BYTES("max-message-bytes", "PAIRPAD_MAX_MESSAGE_BYTES", "1048576", "Largest WebSocket message or REST body, in bytes."),
    OPS_PER_SECOND("ops-per-second", "PAIRPAD_OPS_PER_SECOND", "200", "Sustained ops per second per connection."),
    OPS_BURST("ops-burst", "PAIRPAD_OPS_BURST", "400", "Burst of ops a connection may send at once."),
    ROOMS_PER_MINUTE("rooms-per-minute", "PAIRPAD_ROOMS_PER_MINUTE", "60", "Rooms one client address may create per minute."),
    MAX_PARTICIPANTS("max-participants", "PAIRPAD_MAX_PARTICIPANTS", "32", "Connections per room."),
    MAX_RUN_OUTPUT_BYTES("max-run-output-bytes", "PAIRPAD_MAX_RUN_OUTPUT_BYTES", "65536", "Output kept per run record."),
    IDLE_UNLOAD_SECONDS("idle-unload-seconds", "PAIRPAD_IDLE_UNLOAD_SECONDS", "300", "Seconds without connections before a room leaves memory."),
    ROOM_TTL_DAYS("room-ttl-days", "PAIRPAD_ROOM_TTL_DAYS", "30", "Days after creation when a room expires and is deleted."),
    SNAPSHOT_EVERY("snapshot-every", "PAIRPAD_SNAPSHOT_EVERY", "500", "Ops between document snapshots in the journal."),
    CORS_ORIGINS("cors-origins", "PAIRPAD_CORS_ORIGINS", "", "Comma-separated origins allowed by CORS (unset: CORS off).");

    private final String option;
    private final String environmentVariable;
    private final String defaultValue;
    private final String description;

    Setting(String option, String environmentVariable, String defaultValue, String description) {
        this.option = option;
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The long option name without dashes, such as {@code max-document-bytes}; also the YAML key under {@code pairpad}. */
    public String option() {
        return option;
    }

    /** The environment variable, such as {@code PAIRPAD_PORT}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The default as text; empty when the setting is unset by default. */
    public String defaultValue() {
        return defaultValue;
    }

    /** One sentence for help output. */
    public String description() {
        return description;
    }
}
