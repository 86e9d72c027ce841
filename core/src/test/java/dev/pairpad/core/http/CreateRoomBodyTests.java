package dev.pairpad.core.http;

import static dev.pairpad.core.http.RestApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.room.Limits;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/rooms} bodies go through the JSON-B media yet keep the hand-written codec's strictness. */
class CreateRoomBodyTests {

    static PairpadServer server;
    static TestHttp http;

    @BeforeAll
    static void start() {
        Limits d = Limits.defaults();
        Limits limits = new Limits(d.maxDocumentBytes(), 1000, d.opsPerSecond(), d.opsBurst(), d.roomsPerMinute(),
                d.maxParticipants(), d.maxRunOutputBytes(), d.idleUnload(), d.roomTtl(), d.snapshotEvery(),
                d.outboundQueueMessages(), d.slowConsumerGrace());
        server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore().limits(limits).build().start();
        http = new TestHttp(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBlankBodyMeansEveryDefault() {
        HttpResponse<String> response = http.post("/api/rooms", " \n\t ", Optional.empty());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RestCodec.decodeRoomCreated(response.body()).title()).isEqualTo("Interview");
    }

    @Test
    void nullFieldsAreAbsentFieldsAndUnknownFieldsAreIgnored() {
        HttpResponse<String> response = http.post("/api/rooms",
                "{\"title\":null,\"language\":\"python\",\"theme\":{\"dark\":true}}", Optional.empty());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        RoomCreated room = RestCodec.decodeRoomCreated(response.body());
        assertThat(room.title()).isEqualTo("Interview");
        assertThat(room.language()).isEqualTo("python");
    }

    @Test
    void aBodyIsReadAsUtf8JsonWhateverItsContentTypeSays() {
        HttpResponse<String> response = http.send(http.request("/api/rooms", Optional.empty())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Plain ü\"}", StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RestCodec.decodeRoomCreated(response.body()).title()).isEqualTo("Plain ü");
        for (String contentType : List.of("application/json; charset=ISO-8859-1", "application/json; charset=nope",
                "application/json; charset=\"@@\"")) {
            HttpResponse<String> utf8 = http.send(http.request("/api/rooms", Optional.empty())
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"UTF-8 ü\"}", StandardCharsets.UTF_8)));
            assertThat(utf8.statusCode()).as(contentType + ": " + utf8.body()).isEqualTo(201);
            assertThat(RestCodec.decodeRoomCreated(utf8.body()).title()).isEqualTo("UTF-8 ü");
        }
    }

    @Test
    void bodiesOfTheWrongShapeAre400sSayingWhatIsWrong() {
        assertProblem(http.post("/api/rooms", "null", Optional.empty()), 400, "must be a JSON object, got null");
        assertProblem(http.post("/api/rooms", "\"room\"", Optional.empty()), 400, "JSON object");
        assertProblem(http.post("/api/rooms", "[1,2]", Optional.empty()), 400, "JSON object, got an array");
        assertProblem(http.post("/api/rooms", "{\"title\":true}", Optional.empty()), 400,
                "field \"title\" of the request body must be a string, got true");
        assertProblem(http.post("/api/rooms", "{\"starterCode\":[\"x\"]}", Optional.empty()), 400,
                "\"starterCode\"");
        assertProblem(http.post("/api/rooms", "{\"language\":7}", Optional.empty()), 400, "got the number 7");
        assertProblem(http.post("/api/rooms", "{\"title\":\"x\",}", Optional.empty()), 400, "not JSON");
        assertProblem(http.post("/api/rooms", "{\"title\":\"unterminated", Optional.empty()), 400, "not JSON");
    }

    @Test
    void bodiesTheHandWrittenCodecRefusedAreStill400s() {
        assertProblem(http.post("/api/rooms", "{\"title\":\"a\"} {}", Optional.empty()), 400, "not JSON");
        assertProblem(http.post("/api/rooms", "{\"title\":\"a\"} x", Optional.empty()), 400, "not JSON");
        assertProblem(http.post("/api/rooms", "{\"title\":\"a\",\"title\":\"b\"}", Optional.empty()), 400,
                "'title'");
        assertProblem(http.post("/api/rooms", "{\"x\":" + "[".repeat(64) + "]".repeat(64) + "}",
                Optional.empty()), 400, "not JSON");
        assertThat(http.post("/api/rooms", "{\"x\":" + "[".repeat(63) + "]".repeat(63) + "}", Optional.empty())
                .statusCode()).isEqualTo(201);
    }

    @Test
    void textWithALoneSurrogateIsRefusedBecauseItCouldNotBeEditedNorSentBack() {
        assertProblem(http.post("/api/rooms", "{\"starterCode\":\"ok \\ud83d\"}", Optional.empty()), 400,
                "field \"starterCode\" of the request body has a lone surrogate at index 3");
        HttpResponse<String> pair = http.post("/api/rooms", "{\"starterCode\":\"ok \\ud83d\\ude00\"}",
                Optional.empty());
        assertThat(pair.statusCode()).as(pair.body()).isEqualTo(201);
        RoomCreated room = RestCodec.decodeRoomCreated(pair.body());
        assertThat(http.view(room).code()).isEqualTo("ok \ud83d\ude00");
    }

    @Test
    void aStreamedBodyOverTheMessageLimitIs413() {
        byte[] body = ("{\"title\":\"" + "t".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length: the body is sent chunked, so only counting its bytes can stop it.
        HttpResponse<String> response = http.send(http.request("/api/rooms", Optional.empty())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertProblem(response, 413, "over the limit of 1000 bytes");
        assertThat(http.post("/api/rooms", "{\"title\":\"" + "t".repeat(900) + "\"}", Optional.empty())
                .statusCode()).isEqualTo(400);
    }
}
