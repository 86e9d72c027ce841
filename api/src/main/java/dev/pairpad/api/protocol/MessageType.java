package dev.pairpad.api.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The one table of WebSocket message kinds of protocol version {@value Protocol#VERSION}, with their directions. */
public enum MessageType implements Wire {
    HELLO("hello", true, false),
    OP("op", true, true),
    SELECTION("selection", true, true),
    LANGUAGE("language", true, true),
    RUN("run", true, true),
    PING("ping", true, false),
    WELCOME("welcome", false, true),
    ACK("ack", false, true),
    JOINED("joined", false, true),
    LEFT("left", false, true),
    CLOSED("closed", false, true),
    ERROR("error", false, true),
    SYNCED("synced", false, true),
    PONG("pong", false, true);

    private static final Map<String, MessageType> BY_WIRE = new HashMap<>();

    static {
        for (MessageType type : values()) {
            BY_WIRE.put(type.wire, type);
        }
    }

    private final String wire;
    private final boolean fromClient;
    private final boolean fromServer;

    MessageType(String wire, boolean fromClient, boolean fromServer) {
        this.wire = wire;
        this.fromClient = fromClient;
        this.fromServer = fromServer;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** True when clients may send this kind. */
    public boolean fromClient() {
        return fromClient;
    }

    /** True when the server sends this kind. */
    public boolean fromServer() {
        return fromServer;
    }

    /** The kind spelled {@code wire}, if there is one. */
    public static Optional<MessageType> find(String wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
