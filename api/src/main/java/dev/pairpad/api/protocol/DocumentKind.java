package dev.pairpad.api.protocol;

/** The two documents of a room: the shared code and the interviewers' private notes. */
public enum DocumentKind implements Wire {
    CODE("code"),
    NOTES("notes");

    private final String wire;

    DocumentKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The document spelled {@code wire}; throws {@link ProtocolException} otherwise. */
    public static DocumentKind fromWire(String wire) {
        return Wire.parse(DocumentKind.class, wire, "doc");
    }
}
