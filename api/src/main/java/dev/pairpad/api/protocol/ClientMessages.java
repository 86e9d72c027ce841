package dev.pairpad.api.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON form of each {@link ClientMessage}. */
final class ClientMessages {

    private ClientMessages() {
    }

    static ClientMessage decode(MessageType type, Fields f) {
        return switch (type) {
            case HELLO -> hello(f);
            case OP -> {
                long seq = f.longAtLeast("seq", 1);
                int rev = f.nonNegativeInt("rev");
                yield new ClientMessage.Op(rev, seq, f.operation("op", Optional.of(seq)), doc(f));
            }
            case SELECTION -> new ClientMessage.Selection(f.nonNegativeInt("rev"), ranges(f, "ranges"));
            case LANGUAGE -> new ClientMessage.Language(f.string("language"));
            case RUN -> new ClientMessage.Run(runEvent(f));
            case PING -> new ClientMessage.Ping();
            default -> throw new IllegalStateException("not a client message type: " + type);
        };
    }

    private static ClientMessage.Hello hello(Fields f) {
        int protocol = (int) f.optionalLong("protocol", Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer")
                .orElseThrow(() -> new ProtocolException(ErrorCode.BAD_MESSAGE,
                        "field \"protocol\" is missing in hello message"))
                .longValue();
        Optional<String> mode = f.optionalString("mode");
        if (mode.isPresent() && !mode.get().equals("observe")) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "field \"mode\" of hello message must be \"observe\" when present");
        }
        return new ClientMessage.Hello(protocol, f.string("key"), f.string("name"), f.optionalString("clientId"),
                f.optionalNonNegativeInt("rev"), f.optionalNonNegativeInt("notesRev"), mode.isPresent());
    }

    static List<Range> ranges(Fields f, String name) {
        List<Fields> items = f.objects(name);
        List<Range> ranges = new ArrayList<>(items.size());
        for (Fields item : items) {
            ranges.add(new Range(item.nonNegativeInt("anchor"), item.nonNegativeInt("head")));
        }
        return ranges;
    }

    static RunEvent runEvent(Fields f) {
        return new RunEvent(f.string("runId"), f.enumValue("event", RunEvent.Phase.class),
                f.optionalEnum("stream", RunEvent.Stream.class), f.optionalString("text"),
                f.optionalEnum("status", RunEvent.Status.class),
                f.optionalLong("ms", 0, Long.MAX_VALUE, "an integer >= 0"));
    }

    static String encode(ClientMessage message) {
        JsonWriter w = JsonWriter.object().string("type", message.type().wire());
        switch (message) {
            case ClientMessage.Hello h -> {
                w.number("protocol", h.protocol()).string("key", h.key()).string("name", h.name());
                h.clientId().ifPresent(id -> w.string("clientId", id));
                h.rev().ifPresent(rev -> w.number("rev", rev));
                h.notesRev().ifPresent(rev -> w.number("notesRev", rev));
                if (h.observe()) {
                    w.string("mode", "observe");
                }
            }
            case ClientMessage.Op op -> {
                w.number("rev", op.rev()).number("seq", op.seq()).operation("op", op.op());
                writeDoc(w, op.doc());
            }
            case ClientMessage.Selection s -> writeRanges(w.number("rev", s.rev()), s.ranges());
            case ClientMessage.Language l -> w.string("language", l.language());
            case ClientMessage.Run r -> writeRun(w, r.run());
            case ClientMessage.Ping p -> { }
        }
        return w.end();
    }

    /** The document an op or ack is about; absent means the code. */
    static DocumentKind doc(Fields f) {
        return f.optionalEnum("doc", DocumentKind.class).orElse(DocumentKind.CODE);
    }

    static void writeDoc(JsonWriter w, DocumentKind doc) {
        if (doc != DocumentKind.CODE) {
            w.string("doc", doc.wire());
        }
    }

    static void writeRanges(JsonWriter w, List<Range> ranges) {
        writeRanges(w, "ranges", ranges);
    }

    static void writeRanges(JsonWriter w, String name, List<Range> ranges) {
        StringBuilder out = w.field(name);
        out.append('[');
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            out.append(i == 0 ? "" : ",").append("{\"anchor\":").append(r.anchor())
                    .append(",\"head\":").append(r.head()).append('}');
        }
        out.append(']');
    }

    static void writeRun(JsonWriter w, RunEvent run) {
        w.string("runId", run.runId()).string("event", run.event().wire());
        run.stream().ifPresent(s -> w.string("stream", s.wire()));
        run.text().ifPresent(t -> w.string("text", t));
        run.status().ifPresent(s -> w.string("status", s.wire()));
        run.ms().ifPresent(ms -> w.number("ms", ms));
    }
}
