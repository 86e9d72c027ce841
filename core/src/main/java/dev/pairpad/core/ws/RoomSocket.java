package dev.pairpad.core.ws;

import dev.pairpad.api.protocol.ClientMessage;
import dev.pairpad.api.protocol.ErrorCode;
import dev.pairpad.api.protocol.MessageCodec;
import dev.pairpad.api.protocol.Protocol;
import dev.pairpad.api.protocol.ProtocolException;
import dev.pairpad.api.protocol.ServerMessage;
import dev.pairpad.core.metrics.ServerMetrics;
import dev.pairpad.core.room.Limits;
import dev.pairpad.core.room.Room;
import dev.pairpad.core.room.RoomGoneException;
import dev.pairpad.core.room.RoomRegistry;
import dev.pairpad.core.room.Session;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * One WebSocket connection to {@code /ws/rooms/{id}}: reads messages, turns refusals into {@code error} messages,
 * and hands everything else to the room. Never logs message contents.
 */
final class RoomSocket implements WsListener {

    private static final System.Logger LOG = System.getLogger(RoomSocket.class.getName());
    private static final PathMatcher PATH = PathMatchers.create("/ws/rooms/{id}");

    private final RoomRegistry rooms;
    private final Limits limits;
    private final ServerMetrics metrics;
    private final ConnectionWatch watch;
    private final StringBuilder partial = new StringBuilder();
    private boolean partialTooLarge;
    private String roomId = "";
    private SocketOutbound out;
    private Room room;
    private Session session;
    private boolean closed;
    private boolean finished;

    RoomSocket(RoomRegistry rooms, Limits limits, ServerMetrics metrics, ConnectionWatch watch) {
        this.rooms = rooms;
        this.watch = watch;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public void onOpen(WsSession ws) {
        metrics.connectionOpened();
        PathMatchers.MatchResult match = PATH.match(ws.prologue().uriPath());
        roomId = match.accepted() ? match.path().pathParameters().first("id").orElse("") : "";
        out = new SocketOutbound(ws, limits.outboundQueueMessages(), limits.slowConsumerGrace());
        // Helidon calls no listener method when the peer vanishes without a close frame; the connection's
        // own thread ends then, so its end is how a lost network becomes a "left".
        watch.watch(Thread.currentThread(), this::finish);
    }

    @Override
    public synchronized void onMessage(WsSession ws, String text, boolean last) {
        if (closed) {
            return;
        }
        if (!last || !partial.isEmpty()) {
            if (!partialTooLarge && partial.length() + text.length() <= limits.maxMessageBytes()) {
                partial.append(text);
            } else {
                partialTooLarge = true;
                partial.setLength(0);
            }
            if (!last) {
                return;
            }
            text = partial.toString();
            partial.setLength(0);
        }
        int limit = limits.maxMessageBytes();
        boolean tooLarge = partialTooLarge || text.length() > limit
                || (text.length() * 3L > limit && utf8Length(text) > limit);
        partialTooLarge = false;
        long received = System.nanoTime();
        try {
            if (tooLarge) {
                throw new ProtocolException(ErrorCode.TOO_LARGE, "message is over the limit of " + limit + " bytes");
            }
            ClientMessage message = MessageCodec.decodeClient(text);
            if (session == null) {
                hello(message);
            } else {
                room.handle(session, message, received);
            }
        } catch (ProtocolException e) {
            refuse(e);
        } catch (RoomGoneException e) {
            refuse(new ProtocolException(ErrorCode.NOT_FOUND, "room " + roomId + " is gone"));
        }
    }

    @Override
    public void onMessage(WsSession ws, BufferData buffer, boolean last) {
        if (last && !closed) {
            refuse(new ProtocolException(ErrorCode.BAD_MESSAGE, "binary frames are not part of the protocol: "
                    + "send JSON text frames"));
        }
    }

    private void hello(ClientMessage message) {
        if (!(message instanceof ClientMessage.Hello hello)) {
            throw new ProtocolException(ErrorCode.PROTOCOL, "the first message must be hello, got "
                    + message.type().wire());
        }
        Optional<Session> joined = rooms.withRoom(roomId, r -> {
            Session s = r.join(hello, out);
            room = r;
            return s;
        });
        session = joined.orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no room " + roomId));
    }

    private void refuse(ProtocolException e) {
        out.send(MessageCodec.encode(new ServerMessage.Error(e.code(), e.getMessage(), e.seq())));
        if (e.code().closesConnection()) {
            closed = true;
            leave();
            out.close(Protocol.CLOSE_ERROR, e.code().wire());
        }
    }

    @Override
    public void onClose(WsSession ws, int status, String reason) {
        finish();
    }

    @Override
    public void onError(WsSession ws, Throwable t) {
        LOG.log(Level.DEBUG, "WebSocket error in room " + roomId + ": " + t.getClass().getSimpleName());
        finish();
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (!closed) {
            closed = true;
            leave();
        }
        if (out != null) {
            out.abandon();
        }
        metrics.connectionClosed();
    }

    private void leave() {
        if (room != null && session != null) {
            room.leave(session);
        }
    }

    private static int utf8Length(String text) {
        int length = text.length();
        int bytes = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
