package dev.pairpad.core;

import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Real HTTP calls to a test server. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public TestHttp(String base) {
        this.base = base;
    }

    public TestHttp(PairpadServer server) {
        this(server.url());
    }

    public HttpResponse<String> get(String path, Optional<String> bearer) {
        return send(request(path, bearer).GET());
    }

    public HttpResponse<String> post(String path, String body, Optional<String> bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path, Optional<String> bearer) {
        return send(request(path, bearer).DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, Optional<String> bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        bearer.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder;
    }

    /** Creates a room with {@code starterCode}, failing unless the answer is 201. */
    public RoomCreated createRoom(String starterCode) {
        HttpResponse<String> response = post("/api/rooms", "{\"title\":\"Test\",\"language\":\"python\","
                + "\"starterCode\":" + quote(starterCode) + "}", Optional.empty());
        if (response.statusCode() != 201) {
            throw new AssertionError("creating a room answered " + response.statusCode() + ": " + response.body());
        }
        return RestCodec.decodeRoomCreated(response.body());
    }

    /** The room as its interviewer sees it through {@code GET /api/rooms/{id}}. */
    public RoomView view(RoomCreated room) {
        return RestCodec.decodeRoomView(get("/api/rooms/" + room.id(), Optional.of(room.interviewerKey())).body());
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
