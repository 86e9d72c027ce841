package dev.pairpad.core.executors;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExecutorAssetsServiceTests {

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ExecutorRegistry registry = ExecutorRegistry.of(List.of(FakeExecutor.withId("fake")));
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing
                        // Like the server's security filter: strict headers first, which the bundle files replace.
                        .addFilter((chain, request, response) -> {
                            response.header("Cross-Origin-Resource-Policy", "same-origin");
                            response.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
                            chain.proceed();
                        })
                        .register("/executors", new ExecutorAssetsService(registry)))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void servesAModuleAsJavaScriptWithTheSandboxHeaders() throws Exception {
        HttpResponse<String> response = get("/executors/fake/runner.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("createRunner");
        assertThat(header(response, "content-type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(header(response, "access-control-allow-origin")).isEqualTo("*");
        assertThat(response.headers().allValues("cross-origin-resource-policy")).containsExactly("cross-origin");
        assertThat(response.headers().allValues("content-security-policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(header(response, "cross-origin-embedder-policy")).isEqualTo("require-corp");
        assertThat(header(response, "cross-origin-opener-policy")).isEqualTo("same-origin");
        assertThat(header(response, "x-content-type-options")).isEqualTo("nosniff");
        assertThat(header(response, "cache-control")).isEqualTo("no-cache");
    }

    @Test
    void servesWasmUnderAVersionFolderAsImmutable() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(request("/executors/fake/lib/1.2.3/tiny.wasm").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsExactly(0, 'a', 's', 'm', 1, 0, 0, 0);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/wasm");
        assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("content-length")).hasValue("8");
    }

    @Test
    void givesASandboxPageAPolicyNamingOurOriginThatOurPagesMayFrame() throws Exception {
        HttpResponse<String> response = get("/executors/fake/sandbox.html");
        String origin = "http://127.0.0.1:" + server.port();

        assertThat(header(response, "content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(response.headers().allValues("content-security-policy")).hasSize(1);
        assertThat(header(response, "content-security-policy"))
                .contains("script-src " + origin + "/executors/fake/ blob: 'unsafe-eval' 'wasm-unsafe-eval';")
                .contains("connect-src " + origin + "/executors/fake/;")
                .contains("worker-src blob:")
                .contains("frame-ancestors 'self' " + origin + ";")
                .startsWith("default-src 'none'");
    }

    @Test
    void anUnversionedFileIsRevalidatedWithItsEntityTag() throws Exception {
        String tag = header(get("/executors/fake/runner.js"), "etag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");

        HttpResponse<String> unchanged = CLIENT.send(request("/executors/fake/runner.js")
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherTag = CLIENT.send(request("/executors/fake/runner.js")
                .header("If-None-Match", "\"something-else\"").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(header(unchanged, "access-control-allow-origin")).isEqualTo("*");
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).contains("createRunner");
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() throws Exception {
        HttpResponse<String> response = CLIENT.send(request("/executors/fake/runner.js")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "content-type")).isEqualTo("text/javascript; charset=utf-8");
    }

    @Test
    void refusesPathsThatCouldLeaveTheBundle() throws Exception {
        for (String path : List.of("/executors/fake/../outside/other.js", "/executors/fake/%2e%2e/outside/other.js",
                "/executors/fake/lib/..%2f..%2foutside%2fother.js", "/executors/fake/.%2e/outside/other.js",
                "/executors/fake/%2e%2e%2foutside%2fother.js", "/executors/fake/lib%5c..%5c..%5coutside%5cother.js")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("outside");
        }
    }

    @Test
    void answersNotFoundForUnknownLanguagesFilesFoldersAndTypes() throws Exception {
        for (String path : List.of("/executors/nope/runner.js", "/executors/fake/missing.js", "/executors/fake/lib",
                "/executors/fake/lib/1.2.3", "/executors/fake/folder.js", "/executors/fake/notes.secret",
                "/executors/fake/")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(header(response, "content-type")).as(path).isEqualTo("application/problem+json");
        }
    }

    @Test
    void answersACorsPreflight() throws Exception {
        HttpResponse<String> response = CLIENT.send(request("/executors/fake/runner.js")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(header(response, "access-control-allow-origin")).isEqualTo("*");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(absent)");
    }
}
