package dev.pairpad.core.http;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomSummary;
import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.core.room.Keys;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.room.Room;
import dev.pairpad.core.room.RoomRegistry;
import dev.pairpad.core.store.JournalEntry;
import dev.pairpad.core.store.KeyHash;
import dev.pairpad.core.store.RoomRecord;
import dev.pairpad.core.store.RoomStore;
import dev.pairpad.core.store.Snapshot;
import dev.pairpad.executors.spi.LanguageExecutor;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The REST API of PROTOCOL.md under {@code /api/rooms}; every failure is a problem document. */
final class RoomsApi implements HttpService {

    static final String JSON = "application/json";

    private final RoomRegistry rooms;
    private final RoomStore store;
    private final ExecutorRegistry languages;
    private final Limits limits;
    private final Supplier<String> publicUrl;
    private final Optional<String> adminToken;
    private final boolean createRequiresAdmin;
    private final CreationLimiter creations;

    RoomsApi(RoomRegistry rooms, RoomStore store, ExecutorRegistry languages, Limits limits, Supplier<String> publicUrl,
             Optional<String> adminToken, boolean createRequiresAdmin, CreationLimiter creations) {
        this.rooms = rooms;
        this.store = store;
        this.languages = languages;
        this.limits = limits;
        this.publicUrl = publicUrl;
        this.adminToken = adminToken;
        this.createRequiresAdmin = createRequiresAdmin;
        this.creations = creations;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", guarded(this::create))
                .get("/", guarded(this::list))
                .get("/{id}", guarded(this::view))
                .get("/{id}/history", guarded(this::history))
                .post("/{id}/close", guarded(this::close))
                .delete("/{id}", guarded(this::delete));
    }

    interface Handler {
        void handle(ServerRequest req, ServerResponse res);
    }

    static io.helidon.webserver.http.Handler guarded(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (Problems.HttpProblem e) {
                Problems.handle(res, e);
            }
        };
    }

    private void create(ServerRequest req, ServerResponse res) {
        if (createRequiresAdmin) {
            String token = bearer(req).orElseThrow(() -> new Problems.HttpProblem(401,
                    "creating rooms needs the admin token as Authorization: Bearer <token>"));
            if (adminToken.isEmpty() || !KeyHash.matches(token, KeyHash.of(adminToken.get()))) {
                throw new Problems.HttpProblem(401, "creating rooms needs the admin token; that is not it");
            }
        }
        long wait = creations.tryCreate(clientAddress(req));
        if (wait > 0) {
            throw new Problems.HttpProblem(429, "more than " + limits.roomsPerMinute()
                    + " rooms per minute from this address; retry after " + wait + " s", wait);
        }
        CreateRoomRequest request = createRequest(req);
        String title = request.title().map(String::strip).orElse("Interview");
        if (title.isEmpty() || title.length() > 200) {
            throw new Problems.HttpProblem(400, "title must be 1 to 200 characters, got " + title.length());
        }
        LanguageExecutor language = request.language().isPresent()
                ? languages.find(request.language().get()).orElseThrow(() -> new Problems.HttpProblem(400,
                        "unknown language \"" + request.language().get() + "\"; see GET /api/languages"))
                : languages.all().stream().findFirst().orElseThrow(() -> new Problems.HttpProblem(400,
                        "no language is installed on this server"));
        String starter = request.starterCode().orElse(language.starterCode());
        int starterBytes = starter.getBytes(StandardCharsets.UTF_8).length;
        if (starterBytes > limits.maxDocumentBytes()) {
            throw new Problems.HttpProblem(413, "starterCode is " + starterBytes + " bytes, over the limit of "
                    + limits.maxDocumentBytes());
        }
        RoomRegistry.Created created = rooms.create(title, language.id(), starter);
        RoomRecord r = created.record();
        String url = publicUrl.get();
        String base = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/r/" + r.id() + "#k=";
        res.status(Status.CREATED_201);
        res.header(HeaderNames.LOCATION, "/api/rooms/" + r.id());
        sendJson(res, new RoomCreated(r.id(), r.title(), r.language(), r.state(), created.candidateKey(),
                created.interviewerKey(), base + created.candidateKey(), base + created.interviewerKey(),
                r.createdAt(), r.expiresAt()));
    }

    private void view(ServerRequest req, ServerResponse res) {
        Room room = authorizedRoom(req);
        sendJson(res, room.view());
    }

    private void history(ServerRequest req, ServerResponse res) {
        Room room = authorizedRoom(req);
        String fromText = req.query().first("from").orElse("0");
        int from;
        try {
            from = Integer.parseInt(fromText);
        } catch (NumberFormatException e) {
            throw new Problems.HttpProblem(400, "from must be a revision number, got \"" + fromText + "\"");
        }
        if (from < 0) {
            throw new Problems.HttpProblem(400, "from must be >= 0, got " + from);
        }
        int start = Math.min(from, room.view().rev());
        Snapshot snapshot = store.snapshotAtOrBefore(room.id(), DocumentKind.CODE, start)
                .orElseThrow(() -> new Problems.HttpProblem(404, "room " + room.id() + " has no stored document"));
        String code = snapshot.text();
        List<History.Entry> ops = new ArrayList<>();
        int rev = start;
        for (JournalEntry e : store.journal(room.id(), DocumentKind.CODE, snapshot.rev())) {
            if (e.rev() <= start) {
                code = e.op().apply(code);
            } else {
                ops.add(new History.Entry(e.rev(), e.clientId(), e.name(), e.op(), e.time()));
                rev = e.rev();
            }
        }
        sendJson(res, new History(rev, start, code, ops));
    }

    private void close(ServerRequest req, ServerResponse res) {
        Room room = authorizedRoom(req);
        if (!room.close()) {
            throw new Problems.HttpProblem(409, "room " + room.id() + " is already closed");
        }
        res.status(Status.NO_CONTENT_204).send();
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Room room = authorizedRoom(req);
        rooms.delete(room.id());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void list(ServerRequest req, ServerResponse res) {
        if (adminToken.isPresent()) {
            String token = bearer(req).orElseThrow(() -> new Problems.HttpProblem(401,
                    "listing rooms needs the admin token as Authorization: Bearer <token>"));
            if (!KeyHash.matches(token, KeyHash.of(adminToken.get()))) {
                throw new Problems.HttpProblem(403, "that is not the admin token");
            }
        } else if (!isLoopback(req)) {
            throw new Problems.HttpProblem(403, "without PAIRPAD_ADMIN_TOKEN, rooms are listed only to loopback "
                    + "clients");
        }
        sendJson(res, rooms.summaries().toArray(RoomSummary[]::new));
    }

    /** The room when the request carries its interviewer key: 404, 401 or 403 otherwise. */
    private Room authorizedRoom(ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        Optional<Room> room = Keys.plausible(id) ? rooms.find(id) : Optional.empty();
        if (room.isEmpty()) {
            throw new Problems.HttpProblem(404, "no room " + (id.length() > 64 ? id.substring(0, 64) : id));
        }
        String key = bearer(req).orElseThrow(() -> new Problems.HttpProblem(401,
                "send the interviewer key as Authorization: Bearer <key>"));
        RoomRecord record = room.get().record();
        if (KeyHash.matches(key, record.interviewerKeyHash())) {
            return room.get();
        }
        if (KeyHash.matches(key, record.candidateKeyHash())) {
            throw new Problems.HttpProblem(403, "the candidate key may not do this; use the interviewer key");
        }
        throw new Problems.HttpProblem(401, "the key does not open room " + id);
    }

    private static Optional<String> bearer(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip())
                .filter(value -> !value.isEmpty());
    }

    /**
     * The {@code POST /api/rooms} body, read through the JSON-B media; no body or a blank one means all defaults.
     * Over the message limit it is a 413, malformed or of the wrong shape a 400 naming what is wrong.
     */
    private CreateRoomRequest createRequest(ServerRequest req) {
        BodyLimit limit = new BodyLimit(limits.maxMessageBytes());
        req.streamFilter(limit::wrap);
        if (!req.content().hasEntity()) {
            return CreateRoomRequest.defaults();
        }
        CreateRoomRequest request;
        try {
            request = req.content().as(CreateRoomRequest.class);
        } catch (JsonException | JsonbException | UncheckedIOException e) {
            if (cause(e, BodyLimit.TooLarge.class) != null) {
                throw new Problems.HttpProblem(413, cause(e, BodyLimit.TooLarge.class).getMessage());
            }
            if (cause(e, CreateRoomReader.BadBody.class) != null) {
                throw new Problems.HttpProblem(400, cause(e, CreateRoomReader.BadBody.class).getMessage());
            }
            if (limit.blank()) {
                return CreateRoomRequest.defaults();
            }
            if (e instanceof UncheckedIOException) {
                throw e;
            }
            throw new Problems.HttpProblem(400, "the request body is not JSON: " + innermostMessage(e));
        }
        if (request == null) {
            throw new Problems.HttpProblem(400, "the request body must be a JSON object, got null");
        }
        return request;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The parser's own words (position, expected tokens, duplicate name) rather than JSON-B's wrapping of them. */
    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    static String clientAddress(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress address && address.getAddress() != null) {
            return address.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }

    private static boolean isLoopback(ServerRequest req) {
        return req.remotePeer().address() instanceof InetSocketAddress address && address.getAddress() != null
                && address.getAddress().isLoopbackAddress();
    }

    /** Sends {@code body} as {@code application/json} through the server's JSON-B media ({@link RestMedia}). */
    static void sendJson(ServerResponse res, Object body) {
        RestMedia.send(res, JSON, body);
    }
}
