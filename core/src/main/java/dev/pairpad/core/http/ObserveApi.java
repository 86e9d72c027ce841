package dev.pairpad.core.http;

import dev.pairpad.core.metrics.ServerMetrics;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;

/** {@code GET /metrics} (Prometheus text of {@link ServerMetrics}) and {@code GET /openapi} (the REST API). */
final class ObserveApi {

    private ObserveApi() {
    }

    static void register(HttpRouting.Builder routing, ServerMetrics metrics) {
        byte[] openapi = WebApp.resource("pairpad/openapi.yaml").orElseThrow(() -> new IllegalStateException(
                "pairpad/openapi.yaml is missing from pairpad-core"));
        routing.get("/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            res.send(metrics.prometheus());
        });
        routing.get("/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
            res.send(openapi);
        });
    }
}
