package dev.pairpad.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TestSocket;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bytes of every REST response are PROTOCOL.md's: field names, lower-case enum values, ISO-8601 UTC times,
 * absent empty optionals, operations as wire arrays. Objects come out with their keys in JSON-B's default
 * lexicographic order, which is how these tests know the server's JSON-B media wrote them (the hand-written
 * codec starts every room with {@code "id"}).
 */
class RestWireFormTests {

    private static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z";

    static PairpadServer server;
    static TestHttp http;

    @BeforeAll
    static void start() {
        server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore()
                .publicUrl("https://pairpad.example").build().start();
        http = new TestHttp(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aCreatedRoomHasEveryProtocolFieldInJsonbOrderWithStateOpenAndUtcTimes() {
        HttpResponse<String> response = http.post("/api/rooms", "{\"title\":\"Wire\",\"language\":\"python\"}",
                Optional.empty());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(keys(response.body())).containsExactly("candidateKey", "candidateUrl", "createdAt", "expiresAt",
                "id", "interviewerKey", "interviewerUrl", "language", "state", "title");
        JsonObject room = object(response.body());
        assertThat(room.getString("state")).isEqualTo("open");
        assertThat(room.getString("title")).isEqualTo("Wire");
        assertThat(room.getString("candidateUrl")).isEqualTo("https://pairpad.example/r/" + room.getString("id")
                + "#k=" + room.getString("candidateKey"));
        for (String time : List.of("createdAt", "expiresAt")) {
            assertThat(room.getString(time)).matches(ISO_UTC);
        }
        RoomCreated decoded = RestCodec.decodeRoomCreated(response.body());
        assertThat(room.getString("createdAt")).isEqualTo(decoded.createdAt().toString());
    }

    @Test
    void aRoomViewHasLowerCaseStateAndRolesAndLeavesOutSelectionsNobodyMade() {
        RoomCreated room = http.createRoom("hello");
        try (TestSocket ada = TestSocket.joined(server, room.id(), room.candidateKey(), "Ada");
             TestSocket bob = TestSocket.joined(server, room.id(), room.interviewerKey(), "Bob")) {
            ada.send(new ClientMessage.Selection(0, List.of(new Range(1, 3))));
            String selector = bob.next(ServerMessage.Selection.class).clientId();
            String body = http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).body();
            assertThat(keys(body)).containsExactly("code", "createdAt", "id", "language", "participants", "rev",
                    "state", "title", "updatedAt");
            JsonObject view = object(body);
            assertThat(view.getString("state")).isEqualTo("open");
            assertThat(view.getInt("rev")).isZero();
            assertThat(view.getString("updatedAt")).matches(ISO_UTC);
            JsonArray participants = view.getJsonArray("participants");
            assertThat(participants).hasSize(2);
            for (JsonValue value : participants) {
                JsonObject p = value.asJsonObject();
                if (p.getString("clientId").equals(selector)) {
                    assertThat(p.getString("role")).isEqualTo("candidate");
                    assertThat(p.keySet()).containsExactlyInAnyOrder("clientId", "color", "name", "role", "selection");
                    assertThat(p.getJsonArray("selection").toString()).isEqualTo("[{\"anchor\":1,\"head\":3}]");
                } else {
                    assertThat(p.getString("role")).isEqualTo("interviewer");
                    assertThat(p.keySet()).containsExactlyInAnyOrder("clientId", "color", "name", "role");
                }
            }
        }
        assertThat(http.post("/api/rooms/" + room.id() + "/close", "", Optional.of(room.interviewerKey()))
                .statusCode()).isEqualTo(204);
        assertThat(object(http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).body())
                .getString("state")).isEqualTo("closed");
    }

    @Test
    void historyWritesOperationsAsWireArrays() {
        RoomCreated room = http.createRoom("0123456789ABCD");
        try (TestSocket ada = TestSocket.joined(server, room.id(), room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Op(0, 1, TextOperation.fromWire(List.of(5, "x", -2, 7)), DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
        }
        String body = http.get("/api/rooms/" + room.id() + "/history?from=0", Optional.of(room.interviewerKey()))
                .body();
        assertThat(keys(body)).containsExactly("code", "from", "ops", "rev");
        assertThat(body).contains("\"op\":[5,\"x\",-2,7]");
        JsonObject entry = object(body).getJsonArray("ops").getJsonObject(0);
        assertThat(entry.keySet()).containsExactlyInAnyOrder("clientId", "name", "op", "rev", "time");
        assertThat(entry.getString("name")).isEqualTo("Ada");
        assertThat(entry.getString("time")).matches(ISO_UTC);
        assertThat(Instant.parse(entry.getString("time"))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void roomListAndLanguagesAreArraysOfProtocolObjects() {
        RoomCreated room = http.createRoom("");
        JsonArray rooms = array(http.get("/api/rooms", Optional.empty()).body());
        JsonObject row = rooms.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals(room.id())).findFirst().orElseThrow();
        assertThat(row.keySet()).containsExactlyInAnyOrder("createdAt", "id", "language", "participants", "state",
                "title", "updatedAt");
        assertThat(row.getString("state")).isEqualTo("open");
        assertThat(row.getInt("participants")).isZero();

        HttpResponse<String> languages = http.get("/api/languages", Optional.empty());
        assertThat(languages.headers().firstValue("Content-Type")).contains("application/json");
        for (JsonValue value : array(languages.body())) {
            assertThat(keys(value.toString())).containsExactly("assetsUrl", "editorLanguage", "entry", "fileName",
                    "id", "name");
        }
        assertThat(languages.body()).startsWith("[{\"assetsUrl\":\"/executors/");
    }

    @Test
    void problemsAreProblemJsonEvenWhenTheClientAcceptsOnlyJson() {
        HttpResponse<String> response = http.send(http.request("/api/rooms/nosuchroom123", Optional.of("k"))
                .header("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(keys(response.body())).containsExactly("detail", "status", "title", "type");
        JsonObject problem = object(response.body());
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("title")).isEqualTo("Not Found");
    }

    @Test
    void jsonBodiesAreServedWhateverTheAcceptHeader() {
        HttpResponse<String> response = http.send(http.request("/api/languages", Optional.empty())
                .header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(array(response.body())).isNotEmpty();
    }

    @Test
    void everyJsonBodyIsSentWithItsContentLengthNotChunked() {
        RoomCreated room = http.createRoom("x".repeat(20_000));
        List<HttpResponse<String>> responses = List.of(
                http.post("/api/rooms", "{}", Optional.empty()),
                http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())),
                http.get("/api/rooms/" + room.id() + "/history", Optional.of(room.interviewerKey())),
                http.get("/api/rooms", Optional.empty()),
                http.get("/api/languages", Optional.empty()),
                http.get("/api/rooms/" + room.id(), Optional.empty()));
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("Transfer-Encoding")).as(response.uri().toString()).isEmpty();
            assertThat(response.headers().firstValueAsLong("Content-Length")).as(response.uri().toString())
                    .hasValue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    /** The keys of the top-level object of {@code json}, in the order they were written. */
    static List<String> keys(String json) {
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        if (depth == 1) {
                            keys.add(parser.getString());
                        }
                    }
                    default -> { }
                }
            }
        }
        return keys;
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
