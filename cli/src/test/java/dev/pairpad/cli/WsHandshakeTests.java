package dev.pairpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client upgrade accepts only a 101 with the Sec-WebSocket-Accept that belongs to its key. */
class WsHandshakeTests {
    private static final String RFC_KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    private static final String RFC_ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    @Test
    void theAcceptValueOfTheRfcExampleKeyIsAccepted() {
        WsHandshake handshake = WsHandshake.withKey(RFC_KEY);
        assertThat(handshake.expectedAccept()).isEqualTo(RFC_ACCEPT);
        handshake.check(response(RFC_ACCEPT));
        assertThat(new String(handshake.request("127.0.0.1:1", "/ws/rooms/abc"), StandardCharsets.US_ASCII))
                .startsWith("GET /ws/rooms/abc HTTP/1.1\r\n").contains("Sec-WebSocket-Key: " + RFC_KEY + "\r\n")
                .contains("Sec-WebSocket-Version: 13\r\n").endsWith("\r\n\r\n");
    }

    @Test
    void aWrongAcceptValueIsRefused() {
        assertThatThrownBy(() -> WsHandshake.withKey(RFC_KEY).check(response("AAAAAAAAAAAAAAAAAAAAAAAAAAA=")))
                .isInstanceOf(WsProtocolException.class).hasMessageContaining("Sec-WebSocket-Accept")
                .hasMessageContaining(RFC_ACCEPT);
        assertThatThrownBy(() -> WsHandshake.withKey(RFC_KEY).check("HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n")).hasMessageContaining("Sec-WebSocket-Accept");
    }

    @Test
    void aRefusedUpgradeIsReportedWithItsStatus() {
        assertThatThrownBy(() -> WsHandshake.withKey(RFC_KEY).check("HTTP/1.1 404 Not Found\r\n\r\n"))
                .isInstanceOf(WsProtocolException.class).hasMessageContaining("404 Not Found");
    }

    @Test
    void aServerAnsweringTheWrongAcceptNeverOpensTheConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             WsReactor reactor = new WsReactor("test-reader")) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> answerWithWrongAccept(listener));
            CompletableFuture<String> closed = new CompletableFuture<>();
            CompletableFuture<Boolean> opened = new CompletableFuture<>();
            WsConnection.open(reactor, new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()),
                    "127.0.0.1", "/ws/rooms/x", new WsConnection.Listener() {
                        @Override
                        public void opened(WsConnection connection) {
                            opened.complete(true);
                        }

                        @Override
                        public void text(byte[] data, int offset, int length, long now) {
                        }

                        @Override
                        public void closed(String reason, boolean requested) {
                            closed.complete(reason);
                        }
                    }, 1 << 20);
            assertThat(closed.get(10, TimeUnit.SECONDS)).contains("Sec-WebSocket-Accept");
            assertThat(opened).isNotDone();
            served.get(10, TimeUnit.SECONDS);
        }
    }

    private static void answerWithWrongAccept(ServerSocket listener) {
        try (Socket socket = listener.accept()) {
            InputStream in = socket.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            }
            OutputStream out = socket.getOutputStream();
            out.write(response("AAAAAAAAAAAAAAAAAAAAAAAAAAA=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Keep the socket open until the client drops it, so the refusal is the client's own decision.
            while (in.read() >= 0) {
                continue;
            }
        } catch (IOException e) {
            // the client closing its side ends the exchange
        }
    }

    private static String response(String accept) {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                + accept + "\r\n\r\n";
    }
}
