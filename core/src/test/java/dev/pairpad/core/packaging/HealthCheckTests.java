package dev.pairpad.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker/HealthCheck.java, the image's HEALTHCHECK, compiled as the Dockerfile does and run against real HTTP. */
class HealthCheckTests {
    @TempDir
    Path classes;

    private HttpServer server;
    private volatile int status;
    private Method check;
    private Method defaultUri;

    @BeforeEach
    void compileAndStartAServer() throws Exception {
        Path source = Repository.current().path("docker/HealthCheck.java");
        int exit = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "--release", "21", "-d", classes.toString(), source.toString());
        assertThat(exit).as("javac docker/HealthCheck.java").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        Class<?> type = loader.loadClass("HealthCheck");
        check = type.getDeclaredMethod("check", URI.class);
        defaultUri = type.getDeclaredMethod("defaultUri", String.class);
        check.setAccessible(true);
        defaultUri.setAccessible(true);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private int probe(URI uri) throws Exception {
        return (int) check.invoke(null, uri);
    }

    private URI health() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
    }

    @Test
    void healthyWhenHealthAnswers200() throws Exception {
        status = 200;
        assertThat(probe(health())).isZero();
    }

    @Test
    void unhealthyWhenHealthAnswersAnythingElse() throws Exception {
        status = 503;
        assertThat(probe(health())).isEqualTo(1);
        status = 404;
        assertThat(probe(health())).isEqualTo(1);
    }

    @Test
    void unhealthyWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(probe(URI.create("http://127.0.0.1:" + closedPort + "/health"))).isEqualTo(1);
    }

    @Test
    void probesPairpadPortOnLoopbackOrTheDefaultPort() throws Exception {
        assertThat(defaultUri.invoke(null, "9090")).isEqualTo(URI.create("http://127.0.0.1:9090/health"));
        assertThat(defaultUri.invoke(null, (Object) null))
                .isEqualTo(URI.create("http://127.0.0.1:" + ServerSettings.defaultPort() + "/health"));
        assertThat(defaultUri.invoke(null, " ")).isEqualTo(defaultUri.invoke(null, (Object) null));
    }

    @Test
    void theHealthCheckClassIsTheOneTheDockerfileCompiles() throws IOException {
        String dockerfile = Repository.current().read(PackagingFiles.PRODUCTION);
        assertThat(dockerfile).contains("javac --release 21 -d /out/health docker/HealthCheck.java")
                .contains("\"-cp\", \"/opt/pairpad/health\", \"HealthCheck\"]");
    }
}
