package dev.pairpad.api.protocol;

import java.util.Objects;
import java.util.Optional;

/** One event of a shared code run: its start, a chunk of output, or its end with a status and duration. */
public record RunEvent(String runId, Phase event, Optional<Stream> stream, Optional<String> text,
                       Optional<Status> status, Optional<Long> ms) {

    /** Required fields present. */
    public RunEvent {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(event, "event");
    }

    /** The event kind. */
    public enum Phase implements Wire {
        START("start"), OUTPUT("output"), END("end");

        private final String wire;

        Phase(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    /** Which output stream a chunk came from. */
    public enum Stream implements Wire {
        STDOUT("stdout"), STDERR("stderr");

        private final String wire;

        Stream(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    /** How a run ended. */
    public enum Status implements Wire {
        OK("ok"), ERROR("error"), TIMEOUT("timeout"), STOPPED("stopped");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }
}
