package dev.pairpad.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pairpad.api.ot.TextOperation;
import dev.pairpad.api.protocol.CreateRoomRequest;
import dev.pairpad.api.protocol.History;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Problem;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.RestCodec;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomState;
import dev.pairpad.api.protocol.RoomView;
import io.helidon.common.GenericType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.MediaSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's media context hands every REST body to Helidon's JSON-B support, bound to PROTOCOL.md. */
class RestMediaTests {

    private static final Instant T = Instant.parse("2026-11-29T21:30:00.123Z");

    private final MediaContext media = HttpSetup.mediaContext();

    @Test
    void theFirstMediaSupportOfTheServerIsJsonb() {
        assertThat(media.prototype().mediaSupports()).first().extracting(MediaSupport::type).isEqualTo("jsonb");
    }

    @Test
    void aRoomViewIsWrittenByJsonbInProtocolSpelling() {
        RoomView view = new RoomView("r1", "T", "python", RoomState.CLOSED, 3, "x\n",
                List.of(new Participant("c1", "Ada", Role.CANDIDATE, "#123456", Optional.of(List.of(new Range(0, 2)))),
                        new Participant("c2", "Bob", Role.OBSERVER, "#654321", Optional.empty())),
                T, T.plusSeconds(1));
        assertThat(write(view, "application/json")).isEqualTo("{\"code\":\"x\\n\",\"createdAt\":\"2026-11-29T21:30:00.123Z\","
                + "\"id\":\"r1\",\"language\":\"python\",\"participants\":["
                + "{\"clientId\":\"c1\",\"color\":\"#123456\",\"name\":\"Ada\",\"role\":\"candidate\","
                + "\"selection\":[{\"anchor\":0,\"head\":2}]},"
                + "{\"clientId\":\"c2\",\"color\":\"#654321\",\"name\":\"Bob\",\"role\":\"observer\"}],"
                + "\"rev\":3,\"state\":\"closed\",\"title\":\"T\",\"updatedAt\":\"2026-11-29T21:30:01.123Z\"}");
    }

    @Test
    void historyOperationsAreWireArrays() {
        History history = new History(1, 0, "0123456789ABCD", List.of(new History.Entry(1, "c1", "Ada",
                TextOperation.fromWire(List.of(5, "x", -2, 7)), T)));
        assertThat(write(history, "application/json")).isEqualTo("{\"code\":\"0123456789ABCD\",\"from\":0,"
                + "\"ops\":[{\"clientId\":\"c1\",\"name\":\"Ada\",\"op\":[5,\"x\",-2,7],\"rev\":1,"
                + "\"time\":\"2026-11-29T21:30:00.123Z\"}],\"rev\":1}");
    }

    @Test
    void problemsAreWrittenAsProblemJsonToAClientAcceptingOnlyJson() {
        assertThat(write(new Problem("about:blank", "Not Found", 404, "no room \"x\""), "application/problem+json"))
                .isEqualTo("{\"detail\":\"no room \\\"x\\\"\",\"status\":404,\"title\":\"Not Found\","
                        + "\"type\":\"about:blank\"}");
    }

    @Test
    void loneSurrogatesAndLineSeparatorsAreEscapedAsTheHandWrittenCodecDid() {
        History history = new History(1, 0, "a\u2028b", List.of(new History.Entry(1, "c1", "Ad\ud800",
                TextOperation.fromWire(List.of(3, "\ud83d\ude00")), T)));
        assertThat(write(history, "application/json")).isEqualTo("{\"code\":\"a\\u2028b\",\"from\":0,"
                + "\"ops\":[{\"clientId\":\"c1\",\"name\":\"Ad\\ud800\",\"op\":[3,\"\ud83d\ude00\"],\"rev\":1,"
                + "\"time\":\"2026-11-29T21:30:00.123Z\"}],\"rev\":1}");
    }

    @Test
    void theClientCodecReadsBackEveryStringJsonbWrites() {
        StringBuilder tricky = new StringBuilder("\"quoted\" back\\slash / é \ud83d\ude00 \ud800 \udc00 \u2028\u2029 \u007f");
        for (char c = 0; c < 0x20; c++) {
            tricky.append(c);
        }
        Problem problem = new Problem("about:blank", "Bad Request", 400, tricky.toString());
        assertThat(RestCodec.decodeProblem(write(problem, "application/problem+json"))).isEqualTo(problem);
        RoomView view = new RoomView("r1", tricky.toString(), "python", RoomState.OPEN, 0, tricky.toString(),
                List.of(new Participant("c1", tricky.toString(), Role.INTERVIEWER, "#000000", Optional.empty())),
                T, T);
        assertThat(RestCodec.decodeRoomView(write(view, "application/json"))).isEqualTo(view);
    }

    @Test
    void aCreateRequestIsReadWhateverItsContentType() {
        WritableHeaders<?> headers = WritableHeaders.create().contentType(MediaTypes.TEXT_PLAIN);
        GenericType<CreateRoomRequest> type = GenericType.create(CreateRoomRequest.class);
        CreateRoomRequest request = media.reader(type, headers).read(type,
                new ByteArrayInputStream("{\"language\":\"python\",\"x\":1}".getBytes(StandardCharsets.UTF_8)), headers);
        assertThat(request).isEqualTo(new CreateRoomRequest(Optional.empty(), Optional.of("python"), Optional.empty()));
    }

    private String write(Object body, String contentType) {
        WritableHeaders<?> request = WritableHeaders.create().set(HeaderNames.ACCEPT, "application/json");
        WritableHeaders<?> response = WritableHeaders.create().set(HeaderNames.CONTENT_TYPE, contentType);
        @SuppressWarnings("unchecked")
        GenericType<Object> type = (GenericType<Object>) GenericType.create(body.getClass());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        media.writer(type, request, response).write(type, body, out, request, response);
        return out.toString(StandardCharsets.UTF_8);
    }
}
