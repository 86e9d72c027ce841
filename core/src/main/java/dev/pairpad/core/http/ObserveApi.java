package dev.pairpad.core.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;

/** {@code GET /openapi} (the REST API); {@code /metrics} and {@code /health} are Helidon observers (PairpadServer). */
final class ObserveApi {

    private ObserveApi() {
    }

    static void register(HttpRouting.Builder routing) {
        byte[] openapi = WebApp.resource("pairpad/openapi.yaml").orElseThrow(() -> new IllegalStateException(
                "pairpad/openapi.yaml is missing from pairpad-core"));
        routing.get("/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
            res.send(openapi);
        });
    }
}
