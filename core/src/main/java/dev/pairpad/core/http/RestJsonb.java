package dev.pairpad.core.http;

import dev.pairpad.api.ot.TextOperationJsonb;
import dev.pairpad.api.protocol.Role;
import dev.pairpad.api.protocol.RoomState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * The JSON-B (Yasson) binding of the REST bodies, spelled as PROTOCOL.md says: enums by their lower-case wire
 * names, operations as the wire array ({@code [5,"x",-2,7]}), instants as ISO-8601 UTC, empty optionals absent.
 *
 * <p>The api records are bound as they are (no annotations in api): record components become the fields, and
 * JSON-B's default lexicographic property order applies. {@code POST /api/rooms} bodies are read by
 * {@link CreateRoomReader}, which is stricter than JSON-B's own type coercion, from a {@link StrictJsonProvider}
 * parser (no duplicate names, nothing after the value).
 */
final class RestJsonb {

    private RestJsonb() {
    }

    /** A new binding; thread-safe, one per server. */
    static Jsonb create() {
        return JsonbBuilder.newBuilder()
                .withConfig(new JsonbConfig()
                        .withAdapters(new RoomStateWire(), new RoleWire())
                        .withSerializers(new TextOperationJsonb())
                        .withDeserializers(new CreateRoomReader()))
                .withProvider(new StrictJsonProvider())
                .build();
    }

    /** {@link RoomState} as {@code "open"} / {@code "closed"}. */
    static final class RoomStateWire implements JsonbAdapter<RoomState, String> {
        @Override
        public String adaptToJson(RoomState state) {
            return state.wire();
        }

        @Override
        public RoomState adaptFromJson(String wire) {
            return RoomState.fromWire(wire);
        }
    }

    /** {@link Role} as {@code "interviewer"} / {@code "candidate"} / {@code "observer"}. */
    static final class RoleWire implements JsonbAdapter<Role, String> {
        @Override
        public String adaptToJson(Role role) {
            return role.wire();
        }

        @Override
        public Role adaptFromJson(String wire) {
            return Role.fromWire(wire);
        }
    }
}
