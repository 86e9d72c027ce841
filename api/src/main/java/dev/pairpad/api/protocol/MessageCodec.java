package dev.pairpad.api.protocol;

/**
 * Converts WebSocket messages between JSON text and records; decoding failures are {@link ProtocolException}s.
 *
 * <p>Decoding is strict about what it needs and lenient about the rest: unknown fields are ignored
 * (forward compatibility), a missing or ill-typed field is {@code bad-message} naming the field, an
 * operation that is an array but not a valid operation is {@code bad-op}. Encoding always writes
 * {@code type} first and omits absent optional fields.
 */
public final class MessageCodec {

    private MessageCodec() {
    }

    /** Reads a client message; throws {@link ProtocolException} ({@code bad-message} or {@code bad-op}). */
    public static ClientMessage decodeClient(String json) {
        Fields fields = Fields.parseObject(json, "the message");
        MessageType type = type(fields);
        if (!type.fromClient()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "message type \"" + type.wire() + "\" is sent by the server, not by clients");
        }
        return ClientMessages.decode(type, fields.withContext(type.wire() + " message"));
    }

    /** Reads a server message; throws {@link ProtocolException} when it is malformed. */
    public static ServerMessage decodeServer(String json) {
        Fields fields = Fields.parseObject(json, "the message");
        MessageType type = type(fields);
        if (!type.fromServer()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "message type \"" + type.wire() + "\" is sent by clients, not by the server");
        }
        return ServerMessages.decode(type, fields.withContext(type.wire() + " message"));
    }

    /** Writes a client message as one JSON object. */
    public static String encode(ClientMessage message) {
        return ClientMessages.encode(message);
    }

    /** Writes a server message as one JSON object. */
    public static String encode(ServerMessage message) {
        return ServerMessages.encode(message);
    }

    private static MessageType type(Fields fields) {
        String type = fields.string("type");
        return MessageType.find(type).orElseThrow(() -> new ProtocolException(ErrorCode.BAD_MESSAGE,
                "unknown message type \"" + (type.length() > 40 ? type.substring(0, 40) + "…" : type) + "\""));
    }
}
