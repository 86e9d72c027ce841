package dev.pairpad.e2e.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandboxed JavaScript runner in real Chromium, loaded from a real server the way the web app loads it. */
class JavaScriptRunnerTests {

    private static RunnerServer server;
    private static Chromium chromium;
    private static RunnerPage javascript;

    @BeforeAll
    static void loadJavaScript() {
        server = new RunnerServer();
        chromium = new Chromium();
        javascript = new RunnerPage(chromium.browser(), server, "javascript");
    }

    @AfterAll
    static void close() {
        javascript.close();
        chromium.close();
        server.close();
    }

    @AfterEach
    void noRunLeftBehindAndNoRequestLeftTheOrigin() {
        if (javascript.running()) {
            javascript.stop();
            javascript.awaitResult();
        }
        assertThat(javascript.requests()).isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(" + server.origin() + "/|blob:).*"));
    }

    @Test
    void consoleOutputIsCapturedWithObjectsFormattedReadably() {
        RunnerPage.Result result = javascript.run("""
                console.log('hello', 42, {name: 'Ada', tags: ['x', 'y'], nested: {deep: true}});
                console.info([1, 'two', null, undefined]);
                console.warn('careful');
                console.error(new Map([['a', 1]]), new Set([2]));
                """, 10_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout()).isEqualTo("""
                hello 42 { name: "Ada", tags: [ "x", "y" ], nested: { deep: true } }
                [ 1, "two", null, undefined ]
                """);
        assertThat(result.stderr()).isEqualTo("careful\nMap(1) { \"a\" => 1 } Set(1) { 2 }\n");
    }

    @Test
    void outputArrivesWhileAnEndlessLoopStillRuns() {
        javascript.start("console.log('first');\nconsole.log('second');\nwhile (true) {}\n", 60_000);

        javascript.page().waitForFunction("() => harness.text('stdout') === 'first\\nsecond\\n'");
        assertThat(javascript.running()).isTrue();
    }

    @Test
    void aFloodOfOutputArrivesInOrderAndComplete() {
        RunnerPage.Result result = javascript.run("for (let i = 0; i < 20000; i++) console.log(i);", 30_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout().split("\n")).hasSize(20000).startsWith("0", "1").endsWith("19999");
        int messages = ((Number) javascript.page().evaluate("() => harness.output.length")).intValue();
        assertThat(messages).as("output messages for 20,000 writes").isLessThan(2000);
    }

    @Test
    void outputFromTimersIsWaitedFor() {
        RunnerPage.Result result = javascript.run("""
                setTimeout(() => console.log('later'), 50);
                Promise.resolve().then(() => console.log('soon'));
                console.log('now');
                """, 10_000);

        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.stdout()).isEqualTo("now\nsoon\nlater\n");
    }

    @Test
    void aThrownErrorIsReportedWithItsLine() {
        RunnerPage.Result result = javascript.run("""
                function check(n) {
                  if (n > 1) {
                    throw new Error('too big: ' + n);
                  }
                }
                check(2);
                """, 10_000);

        assertThat(result.status()).isEqualTo("error");
        assertThat(result.stderr()).contains("Error: too big: 2").contains("main.js:3").contains("main.js:6")
                .doesNotContain("blob:");
    }

    @Test
    void aTopLevelErrorThatIsASyntaxErrorAtRunTimeKeepsItsStack() {
        RunnerPage.Result result = javascript.run("const text = '{';\nJSON.parse(text);\n", 10_000);

        assertThat(result.status()).isEqualTo("error");
        assertThat(result.stderr()).startsWith("Uncaught SyntaxError").contains("main.js:2");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() {
        RunnerPage.Result result = javascript.run("const a = 1;\nconst b = ;\n", 10_000);

        assertThat(result.status()).isEqualTo("error");
        assertThat(result.stderr()).isEqualTo("Uncaught SyntaxError: Unexpected token ';'\n    at main.js:2\n");
        assertThat(javascript.run("console.log('fine')", 10_000).stdout()).isEqualTo("fine\n");
    }

    @Test
    void stopEndsAnEndlessLoopWhileThePageKeepsResponding() {
        javascript.start("console.log('looping');\nwhile (true) {}\n", 60_000);
        javascript.page().waitForFunction("() => harness.text('stdout') === 'looping\\n'");
        javascript.awaitTicks(10);
        javascript.page().click("#click");
        javascript.page().waitForFunction("() => harness.clicks > 0");
        assertThat(javascript.running()).isTrue();

        javascript.stop();

        assertThat(javascript.awaitResult().status()).isEqualTo("stopped");
        assertThat(javascript.run("console.log(1 + 1)", 10_000).stdout()).isEqualTo("2\n");
    }

    @Test
    void theTimeLimitEndsAnEndlessLoop() {
        javascript.start("for (;;) {}", 1_000);
        javascript.awaitTicks(10);

        RunnerPage.Result result = javascript.awaitResult();

        assertThat(result.status()).isEqualTo("timeout");
        assertThat(result.stderr()).contains("Time limit of 1 s reached");
        assertThat(javascript.run("console.log('again')", 10_000).stdout()).isEqualTo("again\n");
    }

    @Test
    void fetchToOurOwnServerIsBlocked() {
        String url = server.origin() + "/harness/from-sandbox.js";
        RunnerPage.Result result = javascript.run("""
                fetch('%s').then(() => console.log('reached'), (error) => console.log('blocked:', error.name));
                """.formatted(url), 10_000);

        assertThat(result.stdout()).isEqualTo("blocked: TypeError\n");
        assertThat(javascript.requests()).doesNotContain(url);
        assertThat(server.paths()).contains("/executors/javascript/sandbox.html").doesNotContain("/harness/from-sandbox.js");
    }

    @Test
    void evalAndNewFunctionWorkAsAnywhereElse() {
        RunnerPage.Result result = javascript.run("console.log(eval('6 * 7'), new Function('a', 'return a + 1')(1));",
                10_000);

        assertThat(result.stdout()).isEqualTo("42 2\n");
    }

    @Test
    void theCodeCannotSeeThePageItsCookiesOrItsStorage() {
        RunnerPage.Result result = javascript.run("""
                try { console.log(parent.document.title); } catch (error) { console.log('parent:', error.name); }
                console.log(typeof document, typeof localStorage, typeof top);
                """, 10_000);

        assertThat(result.stdout()).isEqualTo("parent: ReferenceError\nundefined undefined undefined\n");
    }

    @Test
    void disposingRemovesTheSandboxAndEndsARunawayRunAtOnce() {
        try (RunnerPage page = new RunnerPage(chromium.browser(), server, "javascript")) {
            page.start("while (true) {}", 60_000);
            page.awaitTicks(5);
            assertThat(page.page().locator("iframe").count()).isEqualTo(1);

            page.page().evaluate("() => harness.runner.dispose()");

            assertThat(page.awaitResult().status()).isEqualTo("stopped");
            assertThat(page.page().locator("iframe").count()).isZero();
            page.awaitTicks(5);
        }
    }
}
