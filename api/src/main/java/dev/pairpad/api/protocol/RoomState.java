package dev.pairpad.api.protocol;

/** A room is open for edits or closed (read-only for everyone). */
public enum RoomState implements Wire {
    OPEN("open"),
    CLOSED("closed");

    private final String wire;

    RoomState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The state spelled {@code wire}; throws {@link ProtocolException} otherwise. */
    public static RoomState fromWire(String wire) {
        return Wire.parse(RoomState.class, wire, "state");
    }
}
