package dev.pairpad.e2e;

import dev.pairpad.core.PairpadServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A page open while its server goes away and comes back restored from an older backup. */
@ExtendWith(Pairpad.class)
class RecoveryTests {

    @Test
    void aServerRestoredFromAnOlderBackupIsJoinedAfreshAndThePersonIsTold(Pairpad pairpad, @TempDir Path temp)
            throws IOException {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("backup");
        int port = freePort();
        PairpadServer server = start(data, port);
        String origin = server.url();
        Pairpad.Room room = Pairpad.createRoom(origin, "Restored", "python", "");
        try (Person ada = new Person(pairpad.browser(), origin, "Ada").join(room.interviewerUrl())) {
            ada.caretAtStart();
            ada.type("one\n");
            ada.awaitConnected();
            server.stop();
            copy(data, backup); // the backup: revision 4, "one\n"

            server = start(data, port);
            ada.awaitConnected(); // resumed
            ada.type("two\n");
            ada.awaitText("one\ntwo\n");
            ada.awaitConnected();
            server.stop();

            delete(data);
            copy(backup, data);
            server = start(data, port);
            assertThat(ada.page().getByTestId("error-message")).containsText("older copy of this interview");
            ada.awaitText("one\n");
            ada.awaitConnected();
            ada.type("three\n"); // the caret stays where it was, as far as the older text allows
            ada.awaitConnected();
            assertThat(ada.text()).isEqualTo("one\nthree\n");
            assertThat(Pairpad.serverCode(origin, room)).isEqualTo("one\nthree\n");
        } finally {
            server.stop();
        }
    }

    private static PairpadServer start(Path data, int port) {
        return PairpadServer.builder().host("127.0.0.1").port(port).dataDirectory(data).build().start();
    }

    /** A port of the web helper's range (18300-18399) that is free now: the server must come back on it. */
    private static int freePort() {
        for (int port = 18300; port < 18400; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException busy) {
                // next
            }
        }
        throw new IllegalStateException("no free port in 18300-18399");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
