package dev.pairpad.core.executors;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.regex.Pattern;

/** The headers that let a bundle's files load inside a sandboxed, opaque-origin, cross-origin-isolated iframe. */
final class SandboxHeaders {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    private SandboxHeaders() {
    }

    /**
     * The Content-Security-Policy of a bundle's page. The page runs in an opaque origin, where {@code 'self'}
     * matches nothing, so our origin is named explicitly: scripts and fetches may only reach this bundle.
     * A page may tighten it further with a {@code <meta>} policy (the JavaScript sandbox forbids all fetches).
     * {@code 'unsafe-eval'} gives user code nothing it lacks (it is arbitrary code already, in an origin that
     * holds nothing) and lets it use {@code eval} and {@code new Function} as it would anywhere else.
     */
    static String pagePolicy(ServerRequest request, String executorId) {
        String bundle = origin(request) + "/executors/" + executorId + "/";
        return "default-src 'none'; script-src " + bundle + " blob: 'unsafe-eval' 'wasm-unsafe-eval'; "
                + "worker-src blob:; "
                + "connect-src " + bundle + "; frame-ancestors 'self' " + origin(request)
                + "; base-uri 'none'; form-action 'none'";
    }

    /** The policy of every non-page file: nothing may load from it as a document. */
    static String filePolicy() {
        return "default-src 'none'; frame-ancestors 'none'";
    }

    /** Our own origin as the browser saw it: the Host header, and https when TLS or a proxy says so. */
    static String origin(ServerRequest request) {
        String host = request.headers().first(HeaderNames.HOST).orElse("");
        if (!HOST.matcher(host).matches()) {
            host = request.localPeer().host() + ":" + request.localPeer().port();
        }
        String forwarded = request.headers().first(HeaderNames.X_FORWARDED_PROTO).orElse("");
        boolean secure = request.isSecure() || forwarded.equalsIgnoreCase("https");
        return (secure ? "https://" : "http://") + host;
    }
}
