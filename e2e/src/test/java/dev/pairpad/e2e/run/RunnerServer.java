package dev.pairpad.e2e.run;

import dev.pairpad.core.executors.ExecutorAssetsService;
import dev.pairpad.core.executors.ExecutorRegistry;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real Helidon server on 127.0.0.1 (any port) with the executor bundles at {@code /executors} and a test page
 * at {@code /harness/harness.html} that has the app's own security headers; it remembers every path it served.
 */
final class RunnerServer implements AutoCloseable {

    /** The web app's policy (BRIEF contract 4), so the runners are tested under the page they will live in. */
    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'; object-src 'none'";

    private final WebServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    RunnerServer() {
        ExecutorRegistry registry = ExecutorRegistry.load();
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing
                        .addFilter((chain, request, response) -> {
                            paths.add(request.path().path());
                            chain.proceed();
                        })
                        .register("/executors", new ExecutorAssetsService(registry))
                        .get("/harness/{file}", RunnerServer::harnessFile))
                .build().start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every path requested so far, in order. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private static void harnessFile(ServerRequest request, ServerResponse response) {
        String file = request.path().pathParameters().get("file");
        if (!file.equals("harness.html") && !file.equals("harness.js")) {
            response.status(Status.NOT_FOUND_404).send();
            return;
        }
        try (InputStream in = RunnerServer.class.getResourceAsStream(file)) {
            response.header(HeaderNames.CONTENT_TYPE, file.endsWith(".html") ? "text/html; charset=utf-8"
                    : "text/javascript; charset=utf-8");
            response.header("Content-Security-Policy", APP_POLICY);
            response.header("Cross-Origin-Opener-Policy", "same-origin");
            response.header("Cross-Origin-Embedder-Policy", "require-corp");
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
            response.send(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
