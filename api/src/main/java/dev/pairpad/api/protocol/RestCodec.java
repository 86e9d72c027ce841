package dev.pairpad.api.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts the REST bodies of PROTOCOL.md between JSON and records.
 *
 * <p>Decoding failures are {@link ProtocolException}s with code {@code bad-message} whose message names the
 * field; the server answers them with {@code 400}. Unknown fields are ignored.
 */
public final class RestCodec {

    private RestCodec() {
    }

    public static String encode(CreateRoomRequest request) {
        JsonWriter w = JsonWriter.object();
        request.title().ifPresent(v -> w.string("title", v));
        request.language().ifPresent(v -> w.string("language", v));
        request.starterCode().ifPresent(v -> w.string("starterCode", v));
        return w.end();
    }

    public static String encode(RoomCreated r) {
        return JsonWriter.object().string("id", r.id()).string("title", r.title()).string("language", r.language())
                .string("state", r.state().wire()).string("candidateKey", r.candidateKey())
                .string("interviewerKey", r.interviewerKey()).string("candidateUrl", r.candidateUrl())
                .string("interviewerUrl", r.interviewerUrl()).time("createdAt", r.createdAt())
                .time("expiresAt", r.expiresAt()).end();
    }

    public static RoomCreated decodeRoomCreated(String json) {
        Fields f = Fields.parseObject(json, "the room");
        return new RoomCreated(f.string("id"), f.string("title"), f.string("language"),
                f.enumValue("state", RoomState.class), f.string("candidateKey"), f.string("interviewerKey"),
                f.string("candidateUrl"), f.string("interviewerUrl"), f.time("createdAt"), f.time("expiresAt"));
    }

    public static String encode(RoomView r) {
        JsonWriter w = JsonWriter.object().string("id", r.id()).string("title", r.title())
                .string("language", r.language()).string("state", r.state().wire()).number("rev", r.rev())
                .string("code", r.code());
        ServerMessages.writeParticipants(w.field("participants"), r.participants());
        return w.time("createdAt", r.createdAt()).time("updatedAt", r.updatedAt()).end();
    }

    public static RoomView decodeRoomView(String json) {
        Fields f = Fields.parseObject(json, "the room");
        List<Participant> participants = ServerMessages.participants(f);
        return new RoomView(f.string("id"), f.string("title"), f.string("language"),
                f.enumValue("state", RoomState.class), f.nonNegativeInt("rev"), f.string("code"), participants,
                f.time("createdAt"), f.time("updatedAt"));
    }

    public static String encode(History h) {
        JsonWriter w = JsonWriter.object().number("rev", h.rev()).number("from", h.from()).string("code", h.code());
        StringBuilder out = w.field("ops");
        out.append('[');
        for (int i = 0; i < h.ops().size(); i++) {
            History.Entry e = h.ops().get(i);
            if (i > 0) {
                out.append(',');
            }
            JsonWriter.object(out).number("rev", e.rev()).string("clientId", e.clientId()).string("name", e.name())
                    .operation("op", e.op()).time("time", e.time()).close();
        }
        out.append(']');
        return w.end();
    }

    public static History decodeHistory(String json) {
        Fields f = Fields.parseObject(json, "the history");
        List<History.Entry> entries = new ArrayList<>();
        for (Fields e : f.objects("ops")) {
            entries.add(new History.Entry(e.nonNegativeInt("rev"), e.string("clientId"), e.string("name"),
                    e.operation("op", java.util.Optional.empty()), e.time("time")));
        }
        return new History(f.nonNegativeInt("rev"), f.nonNegativeInt("from"), f.string("code"), entries);
    }

    public static String encodeSummaries(List<RoomSummary> rooms) {
        return array(rooms, r -> JsonWriter.object().string("id", r.id()).string("title", r.title())
                .string("language", r.language()).string("state", r.state().wire())
                .number("participants", r.participants()).time("createdAt", r.createdAt())
                .time("updatedAt", r.updatedAt()).end());
    }

    public static List<RoomSummary> decodeSummaries(String json) {
        return parseArray(json, "the room list", f -> new RoomSummary(f.string("id"), f.string("title"),
                f.string("language"), f.enumValue("state", RoomState.class), f.nonNegativeInt("participants"),
                f.time("createdAt"), f.time("updatedAt")));
    }

    public static String encodeLanguages(List<LanguageInfo> languages) {
        return array(languages, l -> JsonWriter.object().string("id", l.id()).string("name", l.name())
                .string("editorLanguage", l.editorLanguage()).string("fileName", l.fileName())
                .string("entry", l.entry()).string("assetsUrl", l.assetsUrl()).end());
    }

    public static List<LanguageInfo> decodeLanguages(String json) {
        return parseArray(json, "the language list", f -> new LanguageInfo(f.string("id"), f.string("name"),
                f.string("editorLanguage"), f.string("fileName"), f.string("entry"), f.string("assetsUrl")));
    }

    public static String encode(Problem p) {
        return JsonWriter.object().string("type", p.type()).string("title", p.title()).number("status", p.status())
                .string("detail", p.detail()).end();
    }

    public static Problem decodeProblem(String json) {
        Fields f = Fields.parseObject(json, "the problem");
        return new Problem(f.string("type"), f.string("title"),
                (int) f.longAtLeast("status", 100), f.string("detail"));
    }

    private static <T> String array(List<T> items, Function<T, String> encoder) {
        StringBuilder out = new StringBuilder().append('[');
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(encoder.apply(items.get(i)));
        }
        return out.append(']').toString();
    }

    private static <T> List<T> parseArray(String json, String context, Function<Fields, T> decoder) {
        List<?> list = Fields.parseArray(json, context);
        List<T> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String itemContext = context + "[" + i + "]";
            Map<String, Object> map = Fields.asObject(list.get(i), itemContext);
            result.add(decoder.apply(new Fields(map, itemContext)));
        }
        return result;
    }
}
