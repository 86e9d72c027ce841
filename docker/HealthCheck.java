import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health probe: exits 0 only when {@code GET /health} on this container answers 200.
 *
 * <p>The runtime image is a bare JRE without curl or wget, so the Dockerfile compiles this one file and
 * its {@code HEALTHCHECK} runs it. The port is {@code PAIRPAD_PORT} (default 8080), the same variable the
 * server reads; an optional first argument replaces the whole URL (used by the packaging tests).
 */
final class HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    private HealthCheck() {
    }

    public static void main(String[] args) {
        URI uri = args.length > 0 ? URI.create(args[0]) : defaultUri(System.getenv("PAIRPAD_PORT"));
        int code = check(uri);
        if (code != 0) {
            System.err.println("health check failed: " + uri);
        }
        System.exit(code);
    }

    /** The health URL on the loopback interface for the given port setting (blank means 8080). */
    static URI defaultUri(String port) {
        String value = port == null || port.isBlank() ? "8080" : port.strip();
        return URI.create("http://127.0.0.1:" + Integer.parseInt(value) + "/health");
    }

    /** Returns 0 when the URL answers 200, 1 for any other status, a timeout or a refused connection. */
    static int check(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
