package dev.pairpad.core.http;

import dev.pairpad.core.executors.ExecutorAssetsService;
import dev.pairpad.core.executors.ExecutorRegistry;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.room.RoomRegistry;
import dev.pairpad.core.store.RoomStore;
import io.helidon.http.media.MediaContext;
import io.helidon.webserver.http.HttpRouting;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The HTTP routing of the server: security headers, REST API, executor bundles, OpenAPI and the web app. */
public final class HttpSetup {

    private final CreationLimiter creations;

    /** Creates the routing state (the per-address creation limiter) for one server. */
    public HttpSetup(int roomsPerMinute) {
        this.creations = new CreationLimiter(roomsPerMinute);
    }

    /** The server's media: Helidon's JSON-B support (Yasson) for the REST bodies, then Helidon's defaults. */
    public static MediaContext mediaContext() {
        return RestMedia.context();
    }

    /** Adds every route to {@code routing}. */
    public void configure(HttpRouting.Builder routing, RoomRegistry rooms, RoomStore store, ExecutorRegistry languages,
                          Limits limits, Supplier<String> publicUrl, Optional<String> adminToken,
                          boolean createRequiresAdmin, Set<String> corsOrigins) {
        routing.addFilter(new SecurityHeaders(corsOrigins))
                .register("/api/rooms", new RoomsApi(rooms, store, languages, limits, publicUrl, adminToken,
                        createRequiresAdmin, creations))
                .register("/api/languages", new LanguagesApi(languages))
                .register("/executors", new ExecutorAssetsService(languages));
        ObserveApi.register(routing);
        routing.any("/api/*", (req, res) -> Problems.send(res, 404, "no API resource "
                + req.prologue().method().text() + " " + req.path().path()));
        WebApp.register(routing);
    }

    /** Forgets per-address state that is no longer needed. */
    public void sweep() {
        creations.sweep();
    }
}
