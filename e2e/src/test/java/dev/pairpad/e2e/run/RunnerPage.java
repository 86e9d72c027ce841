package dev.pairpad.e2e.run;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** One browser page on the harness with one language runner loaded, and every request the page made. */
final class RunnerPage implements AutoCloseable {

    record Result(String status, double ms, String stdout, String stderr) {
    }

    private final BrowserContext context;
    private final Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RunnerPage(Browser browser, RunnerServer server, String languageId) {
        context = browser.newContext();
        context.onRequest(request -> requests.add(request.url()));
        page = context.newPage();
        if (System.getenv("PAIRPAD_E2E_CONSOLE") != null) {
            page.onConsoleMessage(message -> System.err.println("[browser] " + message.type() + ": " + message.text()));
        }
        page.setDefaultTimeout(120_000);
        page.navigate(server.origin() + "/harness/harness.html");
        page.waitForSelector("body[data-harness=ready]");
        page.evaluate("id => harness.load(id)", languageId);
        page.setDefaultTimeout(30_000);
    }

    Page page() {
        return page;
    }

    /** Runs to the end and returns what the runner reported. */
    Result run(String code, int timeoutMs) {
        start(code, timeoutMs);
        return awaitResult();
    }

    void start(String code, int timeoutMs) {
        page.evaluate("([code, timeoutMs]) => harness.start(code, timeoutMs)", List.of(code, timeoutMs));
    }

    boolean running() {
        return (Boolean) page.evaluate("() => harness.result === null");
    }

    Result awaitResult() {
        page.waitForFunction("() => harness.result !== null");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(
                "() => ({status: harness.result.status, ms: harness.result.ms ?? -1,"
                        + " stdout: harness.text('stdout'), stderr: harness.text('stderr')})");
        return new Result((String) result.get("status"), ((Number) result.get("ms")).doubleValue(),
                (String) result.get("stdout"), (String) result.get("stderr"));
    }

    void stop() {
        page.evaluate("() => harness.runner.stop()");
    }

    void answerStdin(String... answers) {
        page.evaluate("answers => { harness.answers = answers; harness.prompts = []; }", List.of(answers));
    }

    @SuppressWarnings("unchecked")
    List<String> prompts() {
        return (List<String>) page.evaluate("() => harness.prompts");
    }

    /** Waits until the page's own 20 ms timer has ticked {@code count} more times. */
    void awaitTicks(int count) {
        int now = ((Number) page.evaluate("() => harness.ticks")).intValue();
        page.waitForFunction("target => harness.ticks >= target", now + count);
    }

    int clicks() {
        return ((Number) page.evaluate("() => harness.clicks")).intValue();
    }

    /** Every URL this page (its frames and workers included) asked for. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        context.close();
    }
}
