package dev.pairpad.cli;

import dev.pairpad.api.client.SessionEvent;
import dev.pairpad.api.protocol.Participant;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * {@code tail --json}: one JSON object per event and line, each with {@code type} and {@code time} first.
 * Edits carry the op as applied, what it inserted and deleted, and where (line and column, from 1).
 */
final class TailJson implements TailOutput {
    private final PrintWriter out;
    private final Clock clock;
    private String document = "";

    TailJson(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void on(SessionEvent event) {
        JsonLine line = switch (event) {
            case SessionEvent.Connected c -> {
                document = c.text();
                JsonLine json = start("connected").string("room", c.room().id()).string("title", c.room().title())
                        .string("state", c.room().state().wire()).string("clientId", c.clientId())
                        .string("role", c.role().wire()).bool("resumed", c.resumed()).number("rev", c.revision())
                        .string("language", c.language());
                StringBuilder people = new StringBuilder("[");
                for (Participant p : c.participants()) {
                    people.append(people.length() > 1 ? "," : "").append(participant(new JsonLine(), p));
                }
                yield json.raw("participants", people.append(']').toString());
            }
            case SessionEvent.RemoteEdit e -> {
                EditSummary summary = EditSummary.of(e.applied());
                String where = summary.lineColumn(document);
                document = e.applied().apply(document);
                int colon = where.indexOf(':');
                yield author(start("edit").number("rev", e.revision()), e.author())
                        .items("op", e.applied().toWire()).number("inserted", summary.inserted())
                        .string("text", summary.insertedText()).number("deleted", summary.deleted())
                        .number("line", Integer.parseInt(where.substring(1, colon)))
                        .number("column", Integer.parseInt(where.substring(colon + 1)));
            }
            case SessionEvent.SelectionChanged s -> {
                StringBuilder ranges = new StringBuilder("[");
                s.ranges().forEach(r -> ranges.append(ranges.length() > 1 ? "," : "")
                        .append(new JsonLine().number("anchor", r.anchor()).number("head", r.head())));
                yield author(start("selection"), s.participant()).raw("ranges", ranges.append(']').toString());
            }
            case SessionEvent.ParticipantJoined j -> participant(start("joined"), j.participant());
            case SessionEvent.ParticipantLeft l -> author(start("left"), l.participant());
            case SessionEvent.LanguageChanged l -> author(start("language").string("language", l.language()), l.by());
            case SessionEvent.RunUpdate r -> {
                JsonLine json = author(start("run"), r.by()).string("runId", r.run().runId())
                        .string("event", r.run().event().wire());
                r.run().stream().ifPresent(s -> json.string("stream", s.wire()));
                r.run().text().ifPresent(t -> json.string("text", t));
                r.run().status().ifPresent(s -> json.string("status", s.wire()));
                r.run().ms().ifPresent(ms -> json.number("ms", ms));
                yield json;
            }
            case SessionEvent.RoomClosed c -> start("closed");
            case SessionEvent.ServerError e -> start("error").string("code", e.code().wire()).string("message", e.message());
            case SessionEvent.Disconnected d -> start("disconnected").string("reason", d.reason())
                    .number("attempt", d.attempt()).number("retryInMs", d.retryIn().toMillis());
            case SessionEvent.Synced s -> start("synced").number("rev", s.revision());
            case SessionEvent.Reloaded r -> start("reloaded").number("rev", r.revision()).string("reason", r.reason());
            case SessionEvent.Ended e -> {
                JsonLine json = start("ended");
                e.failure().ifPresent(f -> json.string("error", f.getMessage()));
                yield json;
            }
            case SessionEvent.Acknowledged a -> null;
        };
        if (line != null) {
            out.println(line);
            out.flush();
        }
    }

    @Override
    public void finish() {
        out.flush();
    }

    private JsonLine start(String type) {
        return JsonLine.of(type).string("time", clock.instant().toString());
    }

    private static JsonLine author(JsonLine json, Participant p) {
        return json.string("clientId", p.clientId()).string("name", p.name());
    }

    private static JsonLine participant(JsonLine json, Participant p) {
        return author(json, p).string("role", p.role().wire()).string("color", p.color());
    }
}
