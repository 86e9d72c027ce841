package dev.pairpad.core.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The browser app from classpath folder {@code pairpad/web} at {@code /}, with {@code /r/{id}} and
 * {@code /r/{id}/playback} answered by its {@code index.html}; without the web jar, a page saying how to get it.
 */
final class WebApp {

    static final String ROOT = "pairpad/web";

    private WebApp() {
    }

    static void register(HttpRouting.Builder routing) {
        Optional<byte[]> index = resource(ROOT + "/index.html");
        byte[] page = index.orElseGet(WebApp::fallbackPage);
        routing.get("/r/{id}", (req, res) -> html(res, page));
        routing.get("/r/{id}/playback", (req, res) -> html(res, page));
        if (index.isPresent()) {
            routing.register("/", StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                    .location(ROOT).welcome("index.html").build()));
        } else {
            routing.get("/", (req, res) -> html(res, page));
        }
    }

    private static void html(ServerResponse res, byte[] page) {
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(page);
    }

    private static byte[] fallbackPage() {
        return resource("pairpad/fallback.html").orElseThrow(() -> new IllegalStateException(
                "pairpad/fallback.html is missing from pairpad-core"));
    }

    static Optional<byte[]> resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : WebApp.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }

}
