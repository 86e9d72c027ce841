package dev.pairpad.cli;

/** The server broke the WebSocket protocol (RFC 6455) or refused the upgrade; the message says how. */
final class WsProtocolException extends RuntimeException {
    WsProtocolException(String message) {
        super(message);
    }
}
