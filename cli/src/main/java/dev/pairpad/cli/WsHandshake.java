package dev.pairpad.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The client side of the HTTP/1.1 WebSocket upgrade (RFC 6455 4.1): the request, and the check of the answer. */
final class WsHandshake {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private final String key;

    private WsHandshake(String key) {
        this.key = key;
    }

    /** A handshake with a fresh random {@code Sec-WebSocket-Key}. */
    static WsHandshake random() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return new WsHandshake(Base64.getEncoder().encodeToString(nonce));
    }

    static WsHandshake withKey(String key) {
        return new WsHandshake(key);
    }

    String key() {
        return key;
    }

    /** The upgrade request for {@code path} on {@code hostAndPort}. */
    byte[] request(String hostAndPort, String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + hostAndPort + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\nUser-Agent: pairpad-loadtest\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The {@code Sec-WebSocket-Accept} the server must answer for this key. */
    String expectedAccept() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** Where the response head ends ({@code \r\n\r\n} included) in {@code data[from, to)}, or -1 while incomplete. */
    static int headEnd(byte[] data, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    /**
     * Accepts a response head that switches to WebSocket with the right accept value.
     *
     * @throws WsProtocolException naming what is wrong: status, Upgrade, Connection or Sec-WebSocket-Accept
     */
    void check(String head) {
        String[] lines = head.split("\r\n");
        String status = lines[0];
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new WsProtocolException("the server refused the WebSocket upgrade: " + status);
        }
        String upgrade = null;
        String connection = null;
        String accept = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "upgrade" -> upgrade = value;
                case "connection" -> connection = value;
                case "sec-websocket-accept" -> accept = value;
                default -> { }
            }
        }
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            throw new WsProtocolException("upgrade response without Upgrade: websocket (got " + upgrade + ")");
        }
        if (connection == null || !connection.toLowerCase(Locale.ROOT).contains("upgrade")) {
            throw new WsProtocolException("upgrade response without Connection: upgrade (got " + connection + ")");
        }
        if (!expectedAccept().equals(accept)) {
            throw new WsProtocolException("upgrade response has Sec-WebSocket-Accept " + accept + ", expected "
                    + expectedAccept() + " for the key sent");
        }
    }
}
