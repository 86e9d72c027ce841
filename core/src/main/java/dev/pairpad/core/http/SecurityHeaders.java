package dev.pairpad.core.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Set;

/**
 * Puts the security headers on every response and answers CORS only for the configured origins.
 *
 * <p>Set before the handler runs, so a handler (such as the executor bundles under {@code /executors/}) may
 * replace them with its own.
 */
final class SecurityHeaders implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' "
            + "blob:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private static final HeaderName CSP_HEADER = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName COOP = HeaderNames.create("Cross-Origin-Opener-Policy");
    private static final HeaderName COEP = HeaderNames.create("Cross-Origin-Embedder-Policy");
    private static final HeaderName REFERRER = HeaderNames.create("Referrer-Policy");
    private static final HeaderName CORP = HeaderNames.create("Cross-Origin-Resource-Policy");

    private final Set<String> corsOrigins;

    SecurityHeaders(Set<String> corsOrigins) {
        this.corsOrigins = Set.copyOf(corsOrigins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.header(CSP_HEADER, CSP);
        res.header(COOP, "same-origin");
        res.header(COEP, "require-corp");
        res.header(CORP, "same-origin");
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header(REFERRER, "no-referrer");
        String origin = req.headers().first(HeaderNames.ORIGIN).orElse("");
        if (!origin.isEmpty() && corsOrigins.contains(origin) && req.path().path().startsWith("/api/")) {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            res.header(HeaderNames.VARY, "Origin");
            res.header(CORP, "cross-origin");
            if (req.prologue().method() == Method.OPTIONS) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, DELETE");
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
                res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
                res.status(Status.NO_CONTENT_204).send();
                return;
            }
        }
        chain.proceed();
    }
}
