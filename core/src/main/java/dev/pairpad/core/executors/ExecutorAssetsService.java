package dev.pairpad.core.executors;

import dev.pairpad.executors.spi.LanguageExecutor;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves each executor's browser bundle at {@code /executors/{id}/{path}} when registered at {@code /executors}.
 *
 * <p>Guarantees: only files inside the bundle's classpath folder with a known type are served (anything else is
 * 404, including {@code ..} segments and folders); every response carries the headers a sandboxed,
 * cross-origin-isolated iframe needs ({@code Access-Control-Allow-Origin: *},
 * {@code Cross-Origin-Resource-Policy: cross-origin}, {@code Cross-Origin-Embedder-Policy: require-corp},
 * {@code Cross-Origin-Opener-Policy: same-origin}); pages get their own Content-Security-Policy that may be
 * framed by our origin; files under a version-numbered folder are cached for a year, the rest revalidated.
 */
public final class ExecutorAssetsService implements HttpService {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private final ExecutorRegistry registry;

    /** Serves the bundles of every executor in the registry. */
    public ExecutorAssetsService(ExecutorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/{+path}", this::serve)
                .head("/{id}/{+path}", this::serve)
                .options("/{id}/{+path}", this::preflight)
                .any((request, response) -> notFound(response));
    }

    private void serve(ServerRequest request, ServerResponse response) {
        Optional<LanguageExecutor> executor = registry.find(request.path().pathParameters().get("id"));
        Optional<BundleFile> file = BundleFile.parse(request.path().pathParameters().get("path"));
        Optional<URL> resource = executor.flatMap(e -> file.flatMap(f -> resource(e, f)));
        if (resource.isEmpty()) {
            notFound(response);
            return;
        }
        crossOriginHeaders(response);
        BundleFile bundleFile = file.orElseThrow();
        response.header(HeaderNames.CONTENT_TYPE, bundleFile.contentType());
        response.header(HeaderNames.CACHE_CONTROL, bundleFile.versioned() ? IMMUTABLE : REVALIDATE);
        response.header("Content-Security-Policy", bundleFile.isPage()
                ? SandboxHeaders.pagePolicy(request, executor.orElseThrow().id())
                : SandboxHeaders.filePolicy());
        boolean head = request.prologue().method().text().equals("HEAD");
        try {
            URLConnection connection = resource.orElseThrow().openConnection();
            connection.setUseCaches(false); // a cached JarURLConnection would keep the plugin jar open forever
            try (InputStream in = connection.getInputStream()) {
                if (bundleFile.versioned()) {
                    sendStream(response, in, connection.getContentLengthLong(), head);
                } else {
                    sendValidated(request, response, in.readAllBytes(), head);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle file " + bundleFile.path(), e);
        }
    }

    /** Large runtime files under a version folder: streamed, never revalidated. */
    private static void sendStream(ServerResponse response, InputStream in, long length, boolean head)
            throws IOException {
        if (length >= 0) {
            response.contentLength(length);
        }
        if (head) {
            response.send();
            return;
        }
        try (OutputStream out = response.outputStream()) {
            in.transferTo(out);
        }
    }

    /** Small unversioned files: revalidated on every use, so they carry an ETag and may answer 304. */
    private static void sendValidated(ServerRequest request, ServerResponse response, byte[] body, boolean head) {
        String tag = EntityTag.of(body);
        response.header(HeaderNames.ETAG, tag);
        if (EntityTag.matches(request.headers().first(HeaderNames.IF_NONE_MATCH).orElse(""), tag)) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        response.contentLength(body.length);
        if (head) {
            response.send();
        } else {
            response.send(body);
        }
    }

    private void preflight(ServerRequest request, ServerResponse response) {
        crossOriginHeaders(response);
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
        response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "86400");
        response.status(Status.NO_CONTENT_204).send();
    }

    private static Optional<URL> resource(LanguageExecutor executor, BundleFile file) {
        ClassLoader loader = executor.getClass().getClassLoader();
        URL url = loader.getResource(executor.bundleRoot() + "/" + file.path());
        // A folder on the file system or in a jar has no known type, so BundleFile already refused it; a
        // file: URL must still be a regular file (a directory named like "x.js" would list its contents).
        if (url != null && url.getProtocol().equals("file") && !Files.isRegularFile(fileOf(url))) {
            return Optional.empty();
        }
        return Optional.ofNullable(url);
    }

    private static Path fileOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class loader returned an unusable file URL " + url, e);
        }
    }

    private static void crossOriginHeaders(ServerResponse response) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.header("Cross-Origin-Resource-Policy", "cross-origin");
        response.header("Cross-Origin-Embedder-Policy", "require-corp");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    }

    private static void notFound(ServerResponse response) {
        response.status(Status.NOT_FOUND_404);
        response.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
        response.send("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"no such file in any language bundle\"}");
    }
}
