package dev.pairpad.api.protocol;

/** What a participant may do: interviewers everything, candidates edit and run, observers only watch. */
public enum Role implements Wire {
    INTERVIEWER("interviewer"),
    CANDIDATE("candidate"),
    OBSERVER("observer");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** True for roles that may edit the code and share runs. */
    public boolean mayEdit() {
        return this != OBSERVER;
    }

    /** True for the only role that sees and edits the notes. */
    public boolean seesNotes() {
        return this == INTERVIEWER;
    }

    /** The role spelled {@code wire}; throws {@link ProtocolException} otherwise. */
    public static Role fromWire(String wire) {
        return Wire.parse(Role.class, wire, "role");
    }
}
