package dev.pairpad.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.api.protocol.Problem;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomSummary;
import dev.pairpad.api.protocol.RoomView;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.PairpadServer;
import dev.pairpad.core.TestHttp;
import dev.pairpad.core.TestSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestApiTests {

    static PairpadServer server;
    static TestHttp http;

    @BeforeAll
    static void start() {
        server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore()
                .publicUrl("https://pairpad.example/").build().start();
        http = new TestHttp(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void creatingARoomMintsTwoLongUrlSafeKeysAndAbsoluteLinks() {
        HttpResponse<String> response = http.post("/api/rooms",
                "{\"title\":\"Backend\",\"language\":\"javascript\",\"starterCode\":\"let x = 1;\\n\"}", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        RoomCreated room = RestCodec.decodeRoomCreated(response.body());
        assertThat(room.title()).isEqualTo("Backend");
        assertThat(room.language()).isEqualTo("javascript");
        assertThat(room.state()).isEqualTo(RoomState.OPEN);
        for (String key : List.of(room.candidateKey(), room.interviewerKey())) {
            assertThat(key).matches("[A-Za-z0-9_-]{22,}"); // >= 128 bits in URL-safe base64
        }
        assertThat(room.candidateKey()).isNotEqualTo(room.interviewerKey());
        assertThat(room.candidateUrl()).isEqualTo("https://pairpad.example/r/" + room.id() + "#k=" + room.candidateKey());
        assertThat(room.interviewerUrl()).isEqualTo("https://pairpad.example/r/" + room.id() + "#k="
                + room.interviewerKey());
        assertThat(room.expiresAt()).isAfter(room.createdAt().plus(Duration.ofDays(29)));
        RoomView view = http.view(room);
        assertThat(view.code()).isEqualTo("let x = 1;\n");
        assertThat(view.rev()).isZero();
    }

    @Test
    void anEmptyBodyCreatesARoomWithTheFirstLanguageAndItsStarterCode() {
        HttpResponse<String> response = http.post("/api/rooms", "", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(201);
        RoomCreated room = RestCodec.decodeRoomCreated(response.body());
        assertThat(room.language()).isIn("python", "javascript");
        assertThat(room.title()).isEqualTo("Interview");
    }

    @Test
    void badCreateBodiesAre400ProblemsNamingTheField() {
        assertProblem(http.post("/api/rooms", "{not json", Optional.empty()), 400, "not JSON");
        assertProblem(http.post("/api/rooms", "{\"title\":7}", Optional.empty()), 400, "\"title\"");
        assertProblem(http.post("/api/rooms", "{\"language\":\"cobol\"}", Optional.empty()), 400, "unknown language");
        assertProblem(http.post("/api/rooms", "[]", Optional.empty()), 400, "JSON object");
        assertProblem(http.post("/api/rooms", "{\"title\":\"" + "t".repeat(201) + "\"}", Optional.empty()), 400,
                "title");
    }

    @Test
    void readingARoomNeedsTheInterviewerKey() {
        RoomCreated room = http.createRoom("x");
        String path = "/api/rooms/" + room.id();
        assertProblem(http.get(path, Optional.empty()), 401, "interviewer key");
        assertProblem(http.get(path, Optional.of("wrong")), 401, "does not open");
        assertProblem(http.get(path, Optional.of(room.candidateKey())), 403, "candidate key");
        assertProblem(http.get("/api/rooms/nosuchroom123", Optional.of(room.interviewerKey())), 404, "no room");
        assertProblem(http.get("/api/rooms/bad%20id!", Optional.of(room.interviewerKey())), 404, "no room");
        assertThat(http.get(path, Optional.of(room.interviewerKey())).statusCode()).isEqualTo(200);
    }

    @Test
    void historyListsTheJournalAfterARevisionWithAuthorNames() {
        RoomCreated room = http.createRoom("");
        try (TestSocket ada = TestSocket.joined(server, room.id(), room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Op(0, 1, TextOperation.builder().insert("ab").build(), DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
            ada.send(new ClientMessage.Op(1, 2, TextOperation.builder().retain(2).insert("c").build(), DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
        }
        String path = "/api/rooms/" + room.id() + "/history";
        History all = RestCodec.decodeHistory(http.get(path, Optional.of(room.interviewerKey())).body());
        assertThat(all.rev()).isEqualTo(2);
        assertThat(all.ops()).extracting(History.Entry::rev).containsExactly(1, 2);
        assertThat(all.ops()).extracting(History.Entry::name).containsOnly("Ada");
        assertThat(all.ops().get(1).op().apply(all.ops().get(0).op().apply(""))).isEqualTo("abc");
        History later = RestCodec.decodeHistory(http.get(path + "?from=1", Optional.of(room.interviewerKey())).body());
        assertThat(later.ops()).extracting(History.Entry::rev).containsExactly(2);
        assertProblem(http.get(path + "?from=x", Optional.of(room.interviewerKey())), 400, "from");
        assertProblem(http.get(path + "?from=-1", Optional.of(room.interviewerKey())), 400, "from");
        assertProblem(http.get(path, Optional.of(room.candidateKey())), 403, "candidate");
    }

    @Test
    void historyCarriesTheCodeAtTheRequestedRevisionSoDeletedStarterCodeCanBePlayedBack() {
        RoomCreated room = http.createRoom("old()\n");
        try (TestSocket ada = TestSocket.joined(server, room.id(), room.candidateKey(), "Ada")) {
            ada.send(new ClientMessage.Op(0, 1, TextOperation.builder().delete(6).insert("new()").build(),
                    DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
            ada.send(new ClientMessage.Op(1, 2, TextOperation.builder().retain(5).insert("\n").build(),
                    DocumentKind.CODE));
            ada.next(ServerMessage.Ack.class);
        }
        String path = "/api/rooms/" + room.id() + "/history";
        History all = RestCodec.decodeHistory(http.get(path, Optional.of(room.interviewerKey())).body());
        assertThat(all.from()).isZero();
        assertThat(all.code()).isEqualTo("old()\n");
        String replayed = all.code();
        for (History.Entry entry : all.ops()) {
            replayed = entry.op().apply(replayed);
        }
        assertThat(replayed).isEqualTo("new()\n");
        History later = RestCodec.decodeHistory(http.get(path + "?from=1", Optional.of(room.interviewerKey())).body());
        assertThat(later.from()).isEqualTo(1);
        assertThat(later.code()).isEqualTo("new()");
        assertThat(later.ops()).extracting(History.Entry::rev).containsExactly(2);
        History beyond = RestCodec.decodeHistory(http.get(path + "?from=99", Optional.of(room.interviewerKey())).body());
        assertThat(beyond.from()).isEqualTo(2);
        assertThat(beyond.code()).isEqualTo("new()\n");
        assertThat(beyond.ops()).isEmpty();
    }

    @Test
    void closingIsAllowedOnceAndTellsConnectedClients() {
        RoomCreated room = http.createRoom("x");
        try (TestSocket bob = TestSocket.joined(server, room.id(), room.candidateKey(), "Bob")) {
            String path = "/api/rooms/" + room.id() + "/close";
            assertProblem(http.post(path, "", Optional.of(room.candidateKey())), 403, "candidate");
            assertThat(http.post(path, "", Optional.of(room.interviewerKey())).statusCode()).isEqualTo(204);
            bob.next(ServerMessage.Closed.class);
            assertProblem(http.post(path, "", Optional.of(room.interviewerKey())), 409, "already closed");
        }
        RoomView view = http.view(room);
        assertThat(view.state()).isEqualTo(RoomState.CLOSED);
    }

    @Test
    void deletingRemovesTheRoomAndDisconnectsEveryone() {
        RoomCreated room = http.createRoom("secret");
        try (TestSocket bob = TestSocket.joined(server, room.id(), room.candidateKey(), "Bob")) {
            assertProblem(http.delete("/api/rooms/" + room.id(), Optional.of(room.candidateKey())), 403, "candidate");
            assertThat(http.delete("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).statusCode())
                    .isEqualTo(204);
            assertThat(bob.awaitClose()).isEqualTo(4004);
        }
        assertProblem(http.get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())), 404, "no room");
        assertProblem(http.delete("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())), 404, "no room");
        assertThat(RestCodec.decodeSummaries(http.get("/api/rooms", Optional.empty()).body()))
                .extracting(RoomSummary::id).doesNotContain(room.id());
    }

    @Test
    void listingRoomsWithoutAnAdminTokenIsAllowedFromLoopback() {
        RoomCreated room = http.createRoom("x");
        HttpResponse<String> response = http.get("/api/rooms", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RestCodec.decodeSummaries(response.body())).extracting(RoomSummary::id).contains(room.id());
    }

    @Test
    void withAnAdminTokenListingRoomsNeedsIt() {
        PairpadServer guarded = PairpadServer.builder().port(0).inMemoryStore().adminToken("s3cret-admin").build().start();
        try {
            TestHttp guardedHttp = new TestHttp(guarded);
            assertProblem(guardedHttp.get("/api/rooms", Optional.empty()), 401, "admin token");
            assertProblem(guardedHttp.get("/api/rooms", Optional.of("wrong")), 403, "admin token");
            assertThat(guardedHttp.get("/api/rooms", Optional.of("s3cret-admin")).statusCode()).isEqualTo(200);
        } finally {
            guarded.stop();
        }
    }

    @Test
    void languagesComeFromTheExecutorRegistryWithAbsolutePaths() {
        HttpResponse<String> response = http.get("/api/languages", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(200);
        List<LanguageInfo> languages = RestCodec.decodeLanguages(response.body());
        assertThat(languages).extracting(LanguageInfo::id).contains("python", "javascript");
        for (LanguageInfo language : languages) {
            assertThat(language.assetsUrl()).isEqualTo("/executors/" + language.id() + "/");
            assertThat(language.entry()).startsWith("/executors/" + language.id() + "/");
            assertThat(http.get(language.entry(), Optional.empty()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/r/abc", "/api/languages", "/api/rooms/none", "/api/nothing", "/health",
                "/metrics", "/openapi")) {
            HttpResponse<String> response = http.get(path, Optional.empty());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
                            .contains("frame-ancestors 'none'").contains("connect-src 'self'")
                            .contains("'wasm-unsafe-eval'").doesNotContain("unsafe-inline' 'self'; script"));
            assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Cross-Origin-Embedder-Policy")).as(path).contains("require-corp");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void corsIsOffUnlessConfigured() {
        HttpResponse<String> response = http.send(http.request("/api/languages", Optional.empty())
                .header("Origin", "https://evil.example").GET());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        PairpadServer cors = PairpadServer.builder().port(0).inMemoryStore()
                .corsOrigins(java.util.Set.of("https://app.example")).build().start();
        try {
            TestHttp corsHttp = new TestHttp(cors);
            assertThat(corsHttp.send(corsHttp.request("/api/languages", Optional.empty())
                    .header("Origin", "https://app.example").GET()).headers()
                    .firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
            assertThat(corsHttp.send(corsHttp.request("/api/languages", Optional.empty())
                    .header("Origin", "https://evil.example").GET()).headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> preflight = corsHttp.send(corsHttp.request("/api/rooms", Optional.empty())
                    .header("Origin", "https://app.example").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isPresent();
        } finally {
            cors.stop();
        }
    }

    @Test
    void roomPagesServeTheAppOrAClearFallback() {
        HttpResponse<String> page = http.get("/r/someRoom", Optional.empty());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.body()).containsIgnoringCase("<html");
        assertThat(http.get("/", Optional.empty()).body()).isEqualTo(page.body());
        assertThat(http.get("/r/someRoom/playback", Optional.empty()).body()).isEqualTo(page.body());
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        HttpResponse<String> health = http.get("/health", Optional.empty());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(http.get("/health/ready", Optional.empty()).statusCode()).isEqualTo(200);
        String metrics = http.get("/metrics", Optional.empty()).body();
        assertThat(metrics).contains("pairpad_rooms_loaded", "pairpad_connections", "pairpad_ops_total",
                "pairpad_ops_per_second", "pairpad_slow_consumers_dropped_total",
                "pairpad_op_broadcast_latency_seconds_bucket{scope=\"application\",le=\"+Inf\",}");
        String openapi = http.get("/openapi", Optional.empty()).body();
        assertThat(openapi).contains("openapi: 3", "/api/rooms/{id}/history", "/api/languages");
    }

    @Test
    void unknownApiPathsAreProblems() {
        assertProblem(http.get("/api/nothing", Optional.empty()), 404, "no API resource");
    }

    static Problem assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        Problem problem = RestCodec.decodeProblem(response.body());
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).contains(detail);
        return problem;
    }

}
