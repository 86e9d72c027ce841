package dev.pairpad.api.client;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomSummary;
import dev.pairpad.api.protocol.RoomView;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Pairpad server's REST API over {@code java.net.http}: every call of PROTOCOL.md, typed results.
 *
 * <p>Every method either returns the server's answer or throws a {@link PairpadClientException}:
 * {@link PairpadApiException} with the problem+json of an error status, {@link PairpadUnreachableException}
 * when nothing answered, {@link PairpadProtocolException} when the answer was not what PROTOCOL.md says.
 * Instances are thread-safe; {@link #session} opens WebSocket sessions that share this client's connection pool.
 */
public final class PairpadClient {
    private final Optional<String> adminToken;
    private final HttpTransport http;

    private PairpadClient(URI server, Optional<String> adminToken, HttpClient httpClient, Duration timeout) {
        this.adminToken = adminToken;
        this.http = new HttpTransport(server, httpClient, timeout);
    }

    /** A client for the server at {@code server} ({@code http://host:port}, trailing slash ignored); no I/O yet. */
    public static PairpadClient of(URI server) {
        return builder(server).build();
    }

    public static Builder builder(URI server) {
        return new Builder(server);
    }

    /** The server's base address, without trailing slash. */
    public URI server() {
        return http.server();
    }

    /** {@code POST /api/rooms}: a new room with its two keys and links. */
    public RoomCreated createRoom(CreateRoomRequest request) {
        HttpRequest.Builder post = http.request("/api/rooms")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RestCodec.encode(request), StandardCharsets.UTF_8));
        adminToken.ifPresent(token -> post.header("Authorization", "Bearer " + token));
        return http.send("create room", post, 201, RestCodec::decodeRoomCreated);
    }

    /** {@code GET /api/rooms/{id}} with the interviewer key: the code and who is connected. */
    public RoomView room(String roomId, String key) {
        String call = "show room " + roomId;
        return http.send(call, authorized(roomPath(roomId), key).GET(), 200, RestCodec::decodeRoomView);
    }

    /** {@code GET /api/rooms/{id}/history?from=R}: the ops that became revisions after {@code fromRevision}. */
    public History history(String roomId, String key, int fromRevision) {
        if (fromRevision < 0) {
            throw new IllegalArgumentException("fromRevision must be >= 0, got " + fromRevision);
        }
        String call = "history of room " + roomId;
        return http.send(call, authorized(roomPath(roomId) + "/history?from=" + fromRevision, key).GET(), 200,
                RestCodec::decodeHistory);
    }

    /** {@code POST /api/rooms/{id}/close}: the room is read-only for everyone from now on. */
    public void close(String roomId, String key) {
        http.send("close room " + roomId,
                authorized(roomPath(roomId) + "/close", key).POST(HttpRequest.BodyPublishers.noBody()), 204);
    }

    /** {@code DELETE /api/rooms/{id}}: the room and all its data are gone. */
    public void delete(String roomId, String key) {
        http.send("delete room " + roomId, authorized(roomPath(roomId), key).DELETE(), 204);
    }

    /** {@code GET /api/rooms} with the admin token, if this client has one (else the server decides). */
    public List<RoomSummary> rooms() {
        HttpRequest.Builder get = http.request("/api/rooms").GET();
        adminToken.ifPresent(token -> get.header("Authorization", "Bearer " + token));
        return http.send("list rooms", get, 200, RestCodec::decodeSummaries);
    }

    /** {@code GET /api/languages}: the languages rooms may use. */
    public List<LanguageInfo> languages() {
        return http.send("list languages", http.request("/api/languages").GET(), 200, RestCodec::decodeLanguages);
    }

    /** {@code GET /health}: returns when the server answers 200, else throws. */
    public void health() {
        http.send("health check", http.request("/health").GET(), 200);
    }

    /** A WebSocket session on room {@code roomId}, configured by the returned builder and opened by it. */
    public RoomSessionBuilder session(String roomId, String key) {
        return new RoomSessionBuilder(this, roomId, key);
    }

    HttpTransport transport() {
        return http;
    }

    private HttpRequest.Builder authorized(String path, String key) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        return http.request(path).header("Authorization", "Bearer " + key);
    }

    static String roomPath(String roomId) {
        if (roomId.isBlank()) {
            throw new IllegalArgumentException("room id must not be blank");
        }
        return "/api/rooms/" + URLEncoder.encode(roomId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Options of a {@link PairpadClient}. */
    public static final class Builder {
        private final URI server;
        private Optional<String> adminToken = Optional.empty();
        private Duration timeout = Duration.ofSeconds(10);
        private HttpClient httpClient;

        private Builder(URI server) {
            String text = Objects.requireNonNull(server, "server").toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            this.server = URI.create(text);
            if (!"http".equals(this.server.getScheme()) && !"https".equals(this.server.getScheme())) {
                throw new IllegalArgumentException("server must be an http:// or https:// URL, got " + server);
            }
        }

        /** The admin token sent with {@code GET /api/rooms} and {@code POST /api/rooms}. */
        public Builder adminToken(String token) {
            this.adminToken = Optional.of(token).filter(t -> !t.isBlank());
            return this;
        }

        /** How long to wait for connecting and for each answer (default 10 s). */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The {@link HttpClient} to use (default: a new one with this builder's connect timeout). */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        public PairpadClient build() {
            HttpClient client = httpClient != null ? httpClient
                    : HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
            return new PairpadClient(server, adminToken, client, timeout);
        }
    }
}
