package dev.pairpad.core.room;

import dev.pairpad.api.protocol.RunEvent;
import dev.pairpad.core.store.RunRecord;
import dev.pairpad.core.store.StoreWrite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the events of each run into a run record (output truncated to the limit); called under the room lock. */
final class RunRecorder {

    private static final int MAX_OPEN_RUNS = 16;

    private final String roomId;
    private final RoomContext context;
    private final Map<String, Open> open = new LinkedHashMap<>();

    private static final class Open {
        final String runId;
        final String clientId;
        final String name;
        final java.time.Instant startedAt;
        final StringBuilder output = new StringBuilder();
        boolean truncated;

        Open(String runId, String clientId, String name, java.time.Instant startedAt) {
            this.runId = runId;
            this.clientId = clientId;
            this.name = name;
            this.startedAt = startedAt;
        }
    }

    RunRecorder(String roomId, RoomContext context) {
        this.roomId = roomId;
        this.context = context;
    }

    void record(String clientId, String name, RunEvent event) {
        if (event.runId().isEmpty() || event.runId().length() > 100) {
            throw new dev.pairpad.api.protocol.ProtocolException(dev.pairpad.api.protocol.ErrorCode.BAD_MESSAGE,
                    "runId must be 1 to 100 characters");
        }
        String key = clientId + "\u0000" + event.runId();
        Open run = open.get(key);
        if (run == null) {
            if (open.size() >= MAX_OPEN_RUNS) {
                String oldest = open.keySet().iterator().next();
                save(open.remove(oldest), Optional.empty(), Optional.empty());
            }
            run = new Open(event.runId(), clientId, name, context.clock().instant());
            open.put(key, run);
        }
        if (event.event() == RunEvent.Phase.OUTPUT && event.text().isPresent()) {
            int room = context.limits().maxRunOutputBytes() - run.output.length();
            String text = event.text().get();
            if (text.length() > room) {
                run.output.append(text, 0, Math.max(0, room));
                run.truncated = true;
            } else {
                run.output.append(text);
            }
        }
        if (event.event() == RunEvent.Phase.END) {
            open.remove(key);
            save(run, event.status().map(RunEvent.Status::wire), event.ms());
        }
    }

    void flush() {
        for (Open run : open.values()) {
            save(run, Optional.empty(), Optional.empty());
        }
        open.clear();
    }

    private void save(Open run, Optional<String> status, Optional<Long> ms) {
        RunRecord record = new RunRecord(roomId, run.runId, run.clientId, run.name, run.startedAt,
                run.output.toString(), run.truncated, status, ms);
        context.writer().submit(List.of(new StoreWrite.Run(record)), () -> { });
    }
}
