package dev.pairpad.core.http;

import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.LanguageInfo;
import dev.pairpad.api.protocol.Problem;
import dev.pairpad.api.protocol.RoomCreated;
import dev.pairpad.api.protocol.RoomSummary;
import dev.pairpad.api.protocol.RoomView;
import io.helidon.common.GenericType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpMediaType;
import io.helidon.http.WritableHeaders;
import io.helidon.http.media.EntityReader;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.MediaSupport;
import io.helidon.http.media.jsonb.JsonbSupport;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.bind.Jsonb;
import java.io.InputStream;
import java.util.Set;

/**
 * Helidon's JSON-B media support (Yasson, bound by {@link RestJsonb}) for the REST bodies of PROTOCOL.md, chosen
 * for them whatever the request's {@code Accept} and {@code Content-Type} headers say.
 *
 * <p>The protocol has one representation per call: a client sending {@code Accept: application/json} still gets
 * its errors as {@code application/problem+json}, and a body posted as {@code text/plain} is still read as JSON
 * in UTF-8 whatever charset it names (as the hand-written codec did). Other types are left to the rest of the
 * media context.
 */
final class RestMedia implements MediaSupport {

    static final HttpMediaType PROBLEM_JSON = HttpMediaType.create(Problems.PROBLEM_JSON);

    private static final Set<Class<?>> BODIES = Set.of(CreateRoomRequest.class, RoomCreated.class, RoomView.class,
            History.class, RoomSummary[].class, LanguageInfo[].class, Problem.class);
    private static final Headers JSON_REQUEST = WritableHeaders.create().contentType(MediaTypes.APPLICATION_JSON);
    private static final Headers ACCEPTING_ANYTHING = WritableHeaders.create();

    private final MediaSupport jsonb;

    RestMedia(Jsonb binding) {
        this.jsonb = JsonbSupport.builder()
                .jsonb(binding)
                .addAcceptedMediaType(MediaTypes.APPLICATION_JSON)
                .addAcceptedMediaType(PROBLEM_JSON)
                .build();
    }

    /**
     * Sends {@code body} as {@code contentType} through the server's media context (so through this support for
     * the REST body types), in one piece with a {@code Content-Length}.
     */
    static void send(ServerResponse res, String contentType, Object body) {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        res.streamFilter(WholeBody::new);
        res.send(body);
    }

    /** The server's media: this support first, then Helidon's defaults and discovered supports. */
    static MediaContext context() {
        return MediaContext.builder().addMediaSupport(new RestMedia(RestJsonb.create())).build();
    }

    @Override
    public void init(MediaContext context) {
        jsonb.init(context);
    }

    @Override
    public String name() {
        return "pairpad-rest";
    }

    @Override
    public String type() {
        return jsonb.type();
    }

    @Override
    public <T> ReaderResponse<T> reader(GenericType<T> type, Headers requestHeaders) {
        if (!isBody(type)) {
            return ReaderResponse.unsupported();
        }
        ReaderResponse<T> response = jsonb.reader(type, JSON_REQUEST);
        if (response.support() == SupportLevel.NOT_SUPPORTED) {
            return response;
        }
        return new ReaderResponse<>(SupportLevel.SUPPORTED, () -> new Utf8<>(response.supplier().get()));
    }

    @Override
    public <T> WriterResponse<T> writer(GenericType<T> type, Headers requestHeaders,
                                        WritableHeaders<?> responseHeaders) {
        if (!isBody(type)) {
            return WriterResponse.unsupported();
        }
        WriterResponse<T> response = jsonb.writer(type, ACCEPTING_ANYTHING, responseHeaders);
        return response.support() == SupportLevel.NOT_SUPPORTED ? response
                : new WriterResponse<>(SupportLevel.SUPPORTED, response.supplier());
    }

    /** JSON is UTF-8 (RFC 8259): a body is read as UTF-8 whatever charset its Content-Type names, as before. */
    private record Utf8<T>(EntityReader<T> reader) implements EntityReader<T> {
        @Override
        public T read(GenericType<T> type, InputStream stream, Headers headers) {
            return reader.read(type, stream, JSON_REQUEST);
        }

        @Override
        public T read(GenericType<T> type, InputStream stream, Headers requestHeaders, Headers responseHeaders) {
            return reader.read(type, stream, JSON_REQUEST, JSON_REQUEST);
        }
    }

    private static boolean isBody(GenericType<?> type) {
        return type.isClass() && BODIES.contains(type.rawType());
    }
}
