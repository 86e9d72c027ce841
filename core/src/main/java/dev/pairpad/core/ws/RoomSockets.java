package dev.pairpad.core.ws;

import dev.pairpad.core.metrics.ServerMetrics;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.room.RoomRegistry;
import io.helidon.webserver.websocket.WsRouting;

/** The WebSocket routing of the server: {@code /ws/rooms/{id}}, one {@link RoomSocket} per connection. */
public final class RoomSockets {

    private RoomSockets() {
    }

    /** Routing for every room's socket endpoint. */
    public static WsRouting.Builder routing(RoomRegistry rooms, Limits limits, ServerMetrics metrics) {
        ConnectionWatch watch = new ConnectionWatch();
        return WsRouting.builder().endpoint("/ws/rooms/{id}", () -> new RoomSocket(rooms, limits, metrics, watch));
    }
}
