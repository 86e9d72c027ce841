package dev.pairpad.api.client;

import dev.pairpad.api.protocol.Problem;
import dev.pairpad.api.protocol.ProtocolException;
import dev.pairpad.api.protocol.RestCodec;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** Sends requests and maps every failure to one of the client's exceptions. */
final class HttpTransport {
    private final URI server;
    private final HttpClient client;
    private final Duration timeout;

    HttpTransport(URI server, HttpClient client, Duration timeout) {
        this.server = server;
        this.client = client;
        this.timeout = timeout;
    }

    HttpClient client() {
        return client;
    }

    URI server() {
        return server;
    }

    Duration timeout() {
        return timeout;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).timeout(timeout).header("Accept", "application/json");
    }

    /** The body of a response with status {@code expected}; any other status becomes a {@link PairpadApiException}. */
    String send(String call, HttpRequest.Builder request, int expected) {
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PairpadUnreachableException(server, "interrupted while waiting for " + call, e);
        } catch (IOException | UnresolvedAddressException e) {
            throw unreachable(server, e);
        } catch (IllegalArgumentException e) {
            throw new PairpadUnreachableException(server, e.getMessage(), e);
        }
        if (response.statusCode() == expected) {
            return response.body();
        }
        throw failure(call, response);
    }

    /** The decoded body of a response with status {@code expected}; an undecodable body is a protocol failure. */
    <T> T send(String call, HttpRequest.Builder request, int expected, Function<String, T> decoder) {
        String body = send(call, request, expected);
        try {
            return decoder.apply(body);
        } catch (ProtocolException e) {
            throw new PairpadProtocolException(call + ": unexpected answer from " + server + ": " + e.getMessage(), e);
        }
    }

    static PairpadUnreachableException unreachable(URI server, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof ConnectException) && !(root instanceof HttpTimeoutException)
                && (root.getMessage() == null || root instanceof CompletionException)) {
            root = root.getCause();
        }
        String reason = switch (root) {
            case HttpConnectTimeoutException t -> "connection timed out";
            case HttpTimeoutException t -> "no answer in time";
            case ConnectException c -> "connection refused";
            case UnresolvedAddressException u -> "unknown host";
            default -> root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        };
        return new PairpadUnreachableException(server, reason, e);
    }

    private static PairpadApiException failure(String call, HttpResponse<String> response) {
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(HttpTransport::seconds);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.startsWith("application/problem+json") || contentType.startsWith("application/json")) {
            try {
                Problem problem = RestCodec.decodeProblem(response.body());
                return new PairpadApiException(call, response.statusCode(), problem.type(), problem.title(),
                        problem.detail(), retryAfter);
            } catch (ProtocolException notAProblem) {
                // fall through: report the raw body
            }
        }
        String body = response.body() == null ? "" : response.body().strip();
        String firstLine = body.lines().findFirst().orElse("");
        return new PairpadApiException(call, response.statusCode(), "about:blank", "",
                firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine, retryAfter);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
