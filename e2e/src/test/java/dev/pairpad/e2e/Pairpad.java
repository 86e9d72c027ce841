package dev.pairpad.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.pairpad.core.PairpadServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PairpadServer (in-process, in-memory store, 127.0.0.1, any port) and one headless Chromium,
 * shared by every e2e test class and closed when the test run ends; test methods get it as a parameter.
 * With env {@code PAIRPAD_E2E_URL} set, the tests run against that server instead (e.g. a container).
 */
final class Pairpad implements ParameterResolver, AutoCloseable {

    private PairpadServer server;
    private String url;
    private Playwright playwright;
    private Browser browser;

    /** Used by JUnit (extension) and then by the tests. */
    public Pairpad() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Pairpad.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(Pairpad.class))
                .getOrComputeIfAbsent("pairpad", key -> new Pairpad().start(), Pairpad.class);
    }

    private Pairpad start() {
        String external = System.getenv("PAIRPAD_E2E_URL");
        if (external != null && !external.isBlank()) {
            url = external.replaceAll("/+$", "");
        } else {
            server = PairpadServer.builder().host("127.0.0.1").port(0).inMemoryStore().build().start();
            url = server.url().replaceAll("/+$", "");
        }
        // The CI machine has two cores for everything: give the page time before calling it broken.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = BrowserSetup.playwright();
        browser = BrowserSetup.chromium(playwright);
        return this;
    }

    /** The server's base URL, without a trailing slash. */
    String url() {
        return url;
    }

    /** A new person with a browser context of their own. */
    Person person(String name) {
        return new Person(this, name);
    }

    Browser browser() {
        return browser;
    }

    /** Creates a room over REST: its id and the candidate and interviewer links. */
    Room createRoom(String title, String language, String starterCode) {
        return createRoom(url, title, language, starterCode);
    }

    /** Creates a room over REST on the server at {@code url}. */
    static Room createRoom(String url, String title, String language, String starterCode) {
        String body = Json.createObjectBuilder().add("title", title).add("language", language)
                .add("starterCode", starterCode).build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/api/rooms"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/rooms answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject room = parse(response.body());
        return new Room(room.getString("id"), room.getString("candidateUrl"), room.getString("interviewerUrl"));
    }

    /** The code document as the server holds it (GET /api/rooms/{id} with the interviewer key). */
    String serverCode(Room room) {
        return serverCode(url, room);
    }

    /** The code document as the server at {@code url} holds it. */
    static String serverCode(String url, Room room) {
        String key = room.interviewerUrl().substring(room.interviewerUrl().indexOf("#k=") + 3);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/api/rooms/" + room.id()))
                .header("Authorization", "Bearer " + key).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/rooms/{id} answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body()).getString("code");
    }

    /** Where screenshots go: e2e/target/screenshots (system property set by the pom). */
    static Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("pairpad.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name + ".png");
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the server", e);
        }
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** A room as created: its id and both links. */
    record Room(String id, String candidateUrl, String interviewerUrl) {
    }
}
